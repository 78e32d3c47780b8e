package dev.shoprules.tmall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.testing.GoldenCases;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Whole-pack invariant over every golden case: the rules chain inferences by salience (out of stock before
 * payouts, breaches before the invoice and card-fee rules, points last) and pick "the first" promise, invoice or
 * parcel by content, so the order of the facts must never show in a verdict.
 */
class TmallProperties {
    private static final RuleBook BOOK = RuleBook.load(Platform.TMALL);
    private static final List<GoldenCases.Golden> GOLDEN = GoldenCases.load(Platform.TMALL).stream()
            .filter(g -> !g.spec().has("parameters")).toList();

    @Property(tries = 15)
    void factOrderDoesNotMatter(@ForAll long seed) {
        for (GoldenCases.Golden g : GOLDEN) {
            CaseFacts c = ((CaseInput.Valid) CaseJson.parse(GoldenCases.caseOf(g).toString(), g.name(), 1)).facts();
            assertThat(BOOK.evaluate(CaseBuilder.shuffled(c, seed))).as(g.name()).isEqualTo(g.verdict());
        }
    }
}
