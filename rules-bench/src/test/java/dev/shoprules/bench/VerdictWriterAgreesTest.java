package dev.shoprules.bench;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.json.VerdictWriting;
import dev.shoprules.generate.CaseGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CaseJson writes verdicts by hand (VerdictWriter) for speed; here the verdicts of many generated cases are written
 * both ways, as UTF-8 (what {@code check} prints) and as text, and must be equal byte for byte. {@link
 * VerdictDigestTest} already holds the text of its cases (seed 2026) to the stored digest; these cases are of
 * another seed, so that together they cover more combinations. The packs' golden suites do the same for every
 * golden case.
 */
class VerdictWriterAgreesTest {
    private static final long SEED = 21;

    @ParameterizedTest(name = "{0}: {1} cases")
    @CsvSource({"TMALL, 10000", "TAOBAO, 3000", "PDD, 3000"})
    void generatedVerdictsAreWrittenAsDatabindWritesThem(Platform platform, int count) {
        RuleBook book = RuleBook.load(platform);
        new CaseGenerator(platform, SEED).cases(count)
                .forEach(c -> VerdictWriting.assertWrittenAsDatabindWrites(book.evaluate(c)));
    }
}
