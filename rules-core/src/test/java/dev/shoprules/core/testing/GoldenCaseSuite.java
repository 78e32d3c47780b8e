package dev.shoprules.core.testing;

import dev.shoprules.core.Platform;
import dev.shoprules.core.json.VerdictWriting;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A pack's golden-case test: extend it with the pack's platform ({@code class TaobaoGoldenTest extends
 * GoldenCaseSuite { TaobaoGoldenTest() { super(Platform.TAOBAO); } }}). Runs every case under
 * {@code src/test/resources/cases} (its own and the shared ones stamped beside them), checks that every rule of
 * the pack, and every DRL rule by name, fires in at least one of them, that every figure its DRL reads is declared
 * with that type, that a book's reused sessions decide every case as a new book does, and that every golden verdict is
 * written as databind writes it.
 */
public abstract class GoldenCaseSuite {
    private final Platform platform;

    protected GoldenCaseSuite(Platform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    @TestFactory
    public Stream<DynamicTest> goldenCases() {
        return GoldenCases.tests(platform);
    }

    @Test
    public void everyRuleFiresInSomeGoldenCase() {
        GoldenCases.assertEveryRuleFires(platform);
    }

    @Test
    public void everyDrlRuleFiresInSomeGoldenCase() {
        GoldenCases.assertEveryDrlRuleFires(platform);
    }

    @Test
    public void everyFigureADrlReadsIsDeclaredWithItsType() throws java.io.IOException {
        DrlFigures.assertDeclared(platform);
    }

    @Test
    public void verdictsDoNotDependOnTheCasesDecidedBefore() throws java.io.IOException {
        GoldenCases.assertVerdictsIndependentOfEarlierCases(platform);
    }

    /** CaseJson writes verdicts by hand (VerdictWriter): every golden verdict exactly as databind writes it. */
    @Test
    public void everyGoldenVerdictIsWrittenAsDatabindWritesIt() {
        GoldenCases.load(platform).forEach(g -> VerdictWriting.assertWrittenAsDatabindWrites(g.verdict()));
    }
}
