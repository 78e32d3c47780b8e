package dev.shoprules.core.json;

import static org.junit.jupiter.api.Assertions.fail;

import dev.shoprules.core.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * For the tests of every module: {@link CaseJson#compactUtf8} and {@link CaseJson#compact} of a verdict, which
 * {@link VerdictWriter} writes, must be exactly what databind ({@link CaseJson#writer()}) writes for it, byte for
 * byte and char for char; a verdict databind cannot write must fail to be written by both.
 */
public final class VerdictWriting {
    private VerdictWriting() {}

    public static void assertWrittenAsDatabindWrites(Verdict verdict) {
        String what = "verdict of " + verdict.caseId();
        assertSameOutcome(what + " as UTF-8", outcome(() -> CaseJson.writer().writeValueAsBytes(verdict)),
                outcome(() -> CaseJson.compactUtf8(verdict)));
        assertSameOutcome(what + " as text", outcome(() -> CaseJson.writer().writeValueAsString(verdict)),
                outcome(() -> CaseJson.compact(verdict)));
    }

    /** Both wrote the same bytes (or text), or both threw. */
    private static void assertSameOutcome(String what, Object databind, Object streaming) {
        boolean databindWrote = !(databind instanceof Exception);
        boolean streamingWrote = !(streaming instanceof Exception);
        if (databindWrote && streamingWrote) {
            if (!Objects.deepEquals(databind, streaming)) {
                fail(what + ": " + firstDifference(text(databind), text(streaming)));
            }
        } else if (databindWrote || streamingWrote) {
            fail(what + ": databind " + describe(databind) + ", VerdictWriter " + describe(streaming));
        }
    }

    /** What writing gave: the bytes or text, or the exception it threw. */
    private static Object outcome(Callable<?> writing) {
        try {
            return writing.call();
        } catch (Exception e) {
            return e;
        }
    }

    private static String describe(Object outcome) {
        return outcome instanceof Exception e ? "threw " + e : "wrote " + text(outcome);
    }

    private static String text(Object written) {
        return written instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(written);
    }

    private static String firstDifference(String expected, String actual) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        if (at == expected.length() && at == actual.length()) {
            return "the bytes differ where they are not valid UTF-8";
        }
        int from = Math.max(0, at - 60);
        return "first difference at char " + at + "\n  databind:      …" + expected.substring(from,
                Math.min(expected.length(), at + 60)) + "\n  VerdictWriter: …" + actual.substring(from,
                Math.min(actual.length(), at + 60));
    }
}
