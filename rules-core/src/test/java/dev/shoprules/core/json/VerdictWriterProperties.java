package dev.shoprules.core.json;

import static dev.shoprules.core.json.VerdictWriting.assertWrittenAsDatabindWrites;

import dev.shoprules.core.Platform;
import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.AdvisoryKind;
import dev.shoprules.core.verdict.CompensationForm;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link VerdictWriter} against databind on any text (every char of the basic plane, surrogate halves included,
 * and pairs of them) in the verdict's fields and evidence keys, and on evidence trees of any shape.
 */
class VerdictWriterProperties {

    @Property(tries = 400)
    void anyTextAndEvidenceIsWrittenAsDatabindWritesIt(@ForAll("texts") String text,
                                                        @ForAll("evidence") Map<String, Object> evidence) {
        assertWrittenAsDatabindWrites(VerdictWriterTest.verdict(text, Platform.TAOBAO,
                List.of(VerdictWriterTest.violation(text, evidence)),
                List.of(VerdictWriterTest.compensation(CompensationForm.TMALL_POINTS, 7L, evidence)),
                List.of(new Advisory(text, text, AdvisoryKind.AFTER_SALES, VerdictWriterTest.AS_OF, text, text, text,
                        Confidence.ASSUMED, evidence)),
                List.of(), List.of(), List.of(), List.of(VerdictWriterTest.notJudged())));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> withEmoji = Arbitraries.strings().withChars("\"\\/\n\u0000\u001f天猫😀\ud83d\ude00")
                .ofMaxLength(20);
        return Arbitraries.oneOf(anyChars, withEmoji);
    }

    @Provide
    Arbitrary<Map<String, Object>> evidence() {
        return Arbitraries.maps(texts(), value(3)).ofMaxSize(6);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> leaf = Arbitraries.<Object>oneOf(texts(), Arbitraries.integers(), Arbitraries.longs(),
                Arbitraries.of(true, false), Arbitraries.doubles(), Arbitraries.of(Severity.class),
                Arbitraries.of(Platform.class),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E12"), new BigDecimal("1E12")).ofScale(2),
                Arbitraries.longs().between(-30_000_000_000L, 250_000_000_000L)
                        .map(seconds -> Instant.ofEpochSecond(seconds, Math.floorMod(seconds, 3) * 1_000_000L)))
                .injectNull(0.1);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(4).map(l -> l);
        Arbitrary<Object> map = Arbitraries.maps(texts(), value(depth - 1)).ofMaxSize(4).map(m -> m);
        return Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(1, list), Tuple.of(1, map));
    }
}
