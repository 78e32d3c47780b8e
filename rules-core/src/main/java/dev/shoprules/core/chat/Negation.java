package dev.shoprules.core.chat;

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
    /**
     * Positions where a before cue ends, and below where a break word ends: the questions walk these small bit
     * sets and read the position arrays (four bytes a character) only where a cue or break word is.
     */
    private final BitSet beforeCueEnds = new BitSet();
    /** Positions where an after cue starts. */
    private final BitSet afterCue = new BitSet();
    /** Position → the latest start of a break word ending there (-1 if none). */
    private final int[] breakStart;
    private final BitSet breakEnds = new BitSet();

    Negation(NormalizedText text, Lexicon.Matches matches, BitSet adjacent, Work work) {
        this.text = text;
        this.adjacent = adjacent;
        this.work = work;
        int n = text.length();
        Lexicon.Group neutrals = matches.of(LIST, "neutral");
        for (int i = 0; i < neutrals.size(); i++) {
            neutral.set(neutrals.start(i), neutrals.end(i));
        }
        beforeCueStart = new int[n + 1];
        Arrays.fill(beforeCueStart, NONE);
        Lexicon.Group before = matches.of(LIST, "before");
        for (int i = 0; i < before.size(); i++) {
            int end = before.end(i);
            if (!isNeutral(before.start(i), end) && (beforeCueStart[end] == NONE || before.start(i) > beforeCueStart[end])) {
                beforeCueStart[end] = before.start(i);
                beforeCueEnds.set(end);
            }
        }
        Lexicon.Group after = matches.of(LIST, "after");
        for (int i = 0; i < after.size(); i++) {
            if (!isNeutral(after.start(i), after.end(i))) {
                afterCue.set(after.start(i));
            }
        }
        breakStart = new int[n + 1];
        Arrays.fill(breakStart, -1);
        Lexicon.Group breaks = matches.of(LIST, "break");
        for (int i = 0; i < breaks.size(); i++) {
            breakStart[breaks.end(i)] = Math.max(breakStart[breaks.end(i)], breaks.start(i));
            breakEnds.set(breaks.end(i));
        }
    }

    private boolean isNeutral(int start, int end) {
        int next = neutral.nextSetBit(start);
        return next >= 0 && next < end;
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
        for (int cueEnd = beforeCueEnds.previousSetBit(start); cueEnd >= Math.max(0, start - BEFORE_GAP);
             cueEnd = beforeCueEnds.previousSetBit(cueEnd - 1)) {
            if (text.clauseOf(beforeCueStart[cueEnd]) == clause && !brokenBetween(cueEnd, start)) {
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
        for (int breakEnd = breakEnds.nextSetBit(from + 1); breakEnd >= 0 && breakEnd <= to;
             breakEnd = breakEnds.nextSetBit(breakEnd + 1)) {
            if (breakStart[breakEnd] >= from) {
                return true;
            }
        }
        return false;
    }
}
