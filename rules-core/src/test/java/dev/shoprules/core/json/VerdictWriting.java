package dev.shoprules.core.json;

import static org.junit.jupiter.api.Assertions.fail;

import dev.shoprules.core.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        Object databind = outcome(() -> CaseJson.writer().writeValueAsBytes(verdict));
        Object streaming = outcome(() -> CaseJson.compactUtf8(verdict));
        if (databind instanceof byte[] expected && streaming instanceof byte[] actual) {
            if (!Arrays.equals(expected, actual)) {
                fail(what + " as UTF-8: " + firstDifference(
                        new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8)));
            }
        } else if (databind instanceof byte[] || streaming instanceof byte[]) {
            fail(what + " as UTF-8: databind " + describe(databind) + ", VerdictWriter " + describe(streaming));
        }
        Object databindText = outcome(() -> CaseJson.writer().writeValueAsString(verdict));
        Object streamingText = outcome(() -> CaseJson.compact(verdict));
        if (databindText instanceof String expected && streamingText instanceof String actual) {
            if (!expected.equals(actual)) {
                fail(what + " as text: " + firstDifference(expected, actual));
            }
        } else if (databindText instanceof String || streamingText instanceof String) {
            fail(what + " as text: databind " + describe(databindText) + ", VerdictWriter " + describe(streamingText));
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
        if (outcome instanceof byte[] bytes) {
            return "wrote " + new String(bytes, StandardCharsets.UTF_8);
        }
        if (outcome instanceof Exception e) {
            return "threw " + e;
        }
        return "wrote " + outcome;
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
