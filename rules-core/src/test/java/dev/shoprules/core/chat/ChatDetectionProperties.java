package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Chat;
import dev.shoprules.core.facts.Message;
import dev.shoprules.core.facts.Sender;
import dev.shoprules.core.testing.CaseBuilder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of chat reading. Evasion: inserting separators (spaces, symbols, zero-width spaces) between the
 * characters of a violating phrase, or writing its ASCII in full width, keeps it detected. Cost: reading is
 * linear in the text length, judged by comparing a text with one eight times as long (a quadratic reader would
 * take about 64 times as long); no absolute time is asserted.
 */
class ChatDetectionProperties {
    private static final List<String> SEPARATORS = List.of(" ", "  ", "-", "_", "*", ".", "·", "~", "|", "/",
            "\u200b", "\u3000", "…", "♪", "😊");

    /** A violating phrase of the table, and how to disguise it. */
    record Disguise(ChatPhrasesTest.Phrase phrase, List<Integer> positions, List<String> separators, long widthMask) {
        String apply() {
            String text = phrase.text();
            StringBuilder b = new StringBuilder();
            int[] cps = text.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                int cp = cps[i];
                boolean wide = (widthMask >>> (i % 64) & 1) == 1;
                if (wide && cp > 0x20 && cp < 0x7F) {
                    b.appendCodePoint(cp - 0x21 + 0xFF01);
                } else {
                    b.appendCodePoint(cp);
                }
                for (int k = 0; k < positions.size(); k++) {
                    if (positions.get(k) == i) {
                        b.append(separators.get(k));
                    }
                }
            }
            return b.toString();
        }
    }

    @Provide
    Arbitrary<Disguise> disguised() {
        // Link and e-mail syntax cannot survive spaces inside it; every other violating phrase must.
        List<ChatPhrasesTest.Phrase> evadable = ChatPhrasesTest.violating()
                .filter(p -> !p.text().contains("@") && !p.text().contains("://")).toList();
        return Arbitraries.of(evadable).flatMap(p -> Combinators.combine(
                Arbitraries.integers().between(0, p.text().length()).list().ofMaxSize(8),
                Arbitraries.of(SEPARATORS).list().ofSize(8),
                Arbitraries.longs()).as((positions, seps, mask) -> new Disguise(p, positions, seps, mask)));
    }

    @Property(tries = 200)
    void separatorsAndFullWidthFormsKeepAViolationDetected(@ForAll("disguised") Disguise d) {
        String text = d.apply();
        assertThat(ChatScanner.standard().read(text, ChatPhrasesTest.CONTEXT).hits(d.phrase().detector()))
                .as("%s disguised as %s", d.phrase(), text).isNotEmpty();
    }

    /** Pieces that exercise every reader: words, negations, digits, ids, e-mail and link syntax, separators. */
    @Provide
    Arbitrary<List<String>> patterns() {
        return Arbitraries.of("微信", "加我微信", "不能", "不", "好评", "返现", "最低价", "顺丰", "今天", "发", "24小时",
                "送您", "1", "13987654321", " ", "-", "a", "abc", "@", "a@b", ".", ".com", "www.", "http://", "qq",
                "，", "？", "吗", "💗", "张三", "收件人").list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 4)
    void readingTimeIsLinearInTextLength(@ForAll("patterns") @Size(min = 1) List<String> pattern) {
        String unit = String.join("", pattern);
        String small = repeat(unit, 256 * 1024);
        String large = repeat(unit, 8 * 256 * 1024);
        read(small);
        long smallNanos = Long.MAX_VALUE;
        long largeNanos = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            smallNanos = Math.min(smallNanos, read(small));
            largeNanos = Math.min(largeNanos, read(large));
        }
        assertThat((double) largeNanos / Math.max(1, smallNanos)).as("2 MB / 256 KB time ratio for %s", unit)
                .isLessThan(24.0);
    }

    private static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        return b.substring(0, length);
    }

    /** Reads one agent message through every detector, the promise reader and the privacy check of a case. */
    private static long read(String text) {
        CaseFacts c = CaseBuilder.of(Platform.TMALL).order("o-1", "800.00", "2026-11-01T10:00+08:00")
                .chat(new Chat("chat-1", "someone-else", List.of("o-1"), List.of(
                        new Message(Sender.AGENT, "xiaomei", CaseBuilder.at("2026-11-02T10:00+08:00"), text))))
                .build();
        long start = System.nanoTime();
        ChatReader.read(c);
        return System.nanoTime() - start;
    }
}
