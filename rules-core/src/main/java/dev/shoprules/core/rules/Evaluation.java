package dev.shoprules.core.rules;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.facts.Shop;
import java.time.Instant;
import org.apiguardian.api.API;

/** The case being evaluated, as one fact: its id, shop, ledger and the evaluation clock {@code asOf}. */
@API(status = INTERNAL, since = "0.1", consumers = "dev.shoprules.*.rules")
public record Evaluation(String caseId, Platform platform, Instant asOf, Shop shop, Ledger ledger) {

    public static Evaluation of(CaseFacts c) {
        return new Evaluation(c.caseId(), c.platform(), c.asOf(), c.shop(), c.ledger());
    }

    /** The natural year of {@code asOf} in Asia/Shanghai: points are counted per such year. */
    public int year() {
        return Times.year(asOf);
    }
}
