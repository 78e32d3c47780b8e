package dev.shoprules.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Whole-pack invariant over every golden case (without parameter overrides): the rules chain inferences over
 * phases and pick "the first" promise, invoice or parcel by content, so the order of the facts must never show in
 * a verdict. A pack's properties class extends this with its platform.
 */
public abstract class GoldenCaseInvariants {

    /** The platform whose golden cases are shuffled. */
    protected abstract Platform platform();

    @Property(tries = 15)
    public void factOrderDoesNotMatter(@ForAll long seed) {
        RuleBook book = RuleBook.load(platform());
        List<GoldenCases.Golden> golden = GoldenCases.load(platform()).stream()
                .filter(g -> !g.spec().has("parameters")).toList();
        for (GoldenCases.Golden g : golden) {
            CaseFacts c = ((CaseInput.Valid) CaseJson.parse(GoldenCases.caseOf(g).toString(), g.name(), 1)).facts();
            // Refund assessments follow the case's order of requests, which the shuffle changes; nothing else may move.
            assertThat(book.evaluate(CaseBuilder.shuffled(c, seed))).as(g.name()).usingRecursiveComparison()
                    .ignoringCollectionOrderInFields("refunds").isEqualTo(g.verdict());
        }
    }
}
