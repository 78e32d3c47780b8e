package dev.shoprules.core.chat;

import dev.shoprules.core.chat.Lexicon.Match;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Whether a span of one message is negated or refused ({@code negation.words}): a {@code before} cue ending at
 * most {@value #BEFORE_GAP} characters ahead of it in the same clause with no {@code break} word between
 * (不能给您私人微信), an {@code adjacent} character right before it (不包邮), or an {@code after} cue starting at
 * most {@value #AFTER_GAP} characters after it (微信支付是不支持的). Cues inside a {@code neutral} word
 * (要不要, 不好意思) negate nothing. The cues are laid out by position once, so each question looks at a fixed
 * window: a message costs linear time.
 */
final class Negation {
    static final String LIST = "negation";
    static final int BEFORE_GAP = 6;
    static final int AFTER_GAP = 4;
    private static final int NONE = Integer.MAX_VALUE;

    private final NormalizedText text;
    /** The adjacent negation characters, one bit per character (never modified). */
    private final BitSet adjacent;
    private final Work work;
    private final BitSet neutral = new BitSet();
    /** Position → the latest start of a before cue ending there (NONE if none). */
    private final int[] beforeCueStart;
    /** Positions where an after cue starts. */
    private final BitSet afterCue = new BitSet();
    /** Position → the latest start of a break word ending there (-1 if none). */
    private final int[] breakStart;

    Negation(NormalizedText text, Lexicon.Matches matches, BitSet adjacent, Work work) {
        this.text = text;
        this.adjacent = adjacent;
        this.work = work;
        int n = text.length();
        for (Match m : matches.of(LIST, "neutral")) {
            neutral.set(m.start(), m.end());
        }
        beforeCueStart = new int[n + 1];
        Arrays.fill(beforeCueStart, NONE);
        for (Match m : matches.of(LIST, "before")) {
            if (!isNeutral(m) && (beforeCueStart[m.end()] == NONE || m.start() > beforeCueStart[m.end()])) {
                beforeCueStart[m.end()] = m.start();
            }
        }
        for (Match m : matches.of(LIST, "after")) {
            if (!isNeutral(m)) {
                afterCue.set(m.start());
            }
        }
        breakStart = new int[n + 1];
        Arrays.fill(breakStart, -1);
        for (Match m : matches.of(LIST, "break")) {
            breakStart[m.end()] = Math.max(breakStart[m.end()], m.start());
        }
    }

    private boolean isNeutral(Match m) {
        int next = neutral.nextSetBit(m.start());
        return next >= 0 && next < m.end();
    }

    /** Whether dense {@code [start, end)} is negated or refused within its clause. */
    boolean negates(int start, int end) {
        work.add(BEFORE_GAP * (BEFORE_GAP + 2) + AFTER_GAP + 2);
        int clause = text.clauseOf(start);
        // The character first: it rules out nearly every span at once.
        if (start > 0 && adjacent.get(text.charAt(start - 1)) && text.clauseOf(start - 1) == clause
                && !neutral.get(start - 1)) {
            return true;
        }
        for (int cueEnd = start; cueEnd >= Math.max(0, start - BEFORE_GAP); cueEnd--) {
            int cueStart = beforeCueStart[cueEnd];
            if (cueStart != NONE && text.clauseOf(cueStart) == clause && !brokenBetween(cueEnd, start)) {
                return true;
            }
        }
        for (int at = afterCue.nextSetBit(end); at >= 0 && at <= end + AFTER_GAP; at = afterCue.nextSetBit(at + 1)) {
            if (text.clauseOf(at) == clause) {
                return true;
            }
        }
        return false;
    }

    /** Whether a break word lies wholly inside {@code [from, to)}. */
    private boolean brokenBetween(int from, int to) {
        for (int breakEnd = from + 1; breakEnd <= to; breakEnd++) {
            if (breakStart[breakEnd] >= from) {
                return true;
            }
        }
        return false;
    }
}
