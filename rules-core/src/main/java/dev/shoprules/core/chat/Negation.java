package dev.shoprules.core.chat;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Whether a span of one message is negated or refused ({@code negation.words}): a {@code before} cue ending at
 * most {@value #BEFORE_GAP} characters ahead of it in the same clause with no {@code break} word between
 * (不能给您私人微信), an {@code adjacent} character right before it (不包邮), or an {@code after} cue starting at
 * most {@value #AFTER_GAP} characters after it (微信支付是不支持的). Cues inside a {@code neutral} word
 * (要不要, 不好意思) negate nothing. The cues' ends are laid out by position once, so each question looks at a
 * fixed window: a message costs linear time.
 */
final class Negation {
    static final String LIST = "negation";
    static final int BEFORE_GAP = 6;
    static final int AFTER_GAP = 4;

    private final NormalizedText text;
    /** The adjacent negation characters, one bit per character (never modified). */
    private final BitSet adjacent;
    private final Work work;
    private final BitSet neutral = new BitSet();
    /** Where before cues (not inside a neutral word) end, with the latest start of one ending there. */
    private final Ends beforeCues;
    /** Positions where an after cue starts. */
    private final BitSet afterCue = new BitSet();
    /** Where break words end, with the latest start of one ending there. */
    private final Ends breaks;

    Negation(NormalizedText text, Lexicon.Matches matches, BitSet adjacent, Work work) {
        this.text = text;
        this.adjacent = adjacent;
        this.work = work;
        Lexicon.Group neutrals = matches.of(LIST, "neutral");
        for (int i = 0; i < neutrals.size(); i++) {
            neutral.set(neutrals.start(i), neutrals.end(i));
        }
        Lexicon.Group before = matches.of(LIST, "before");
        BitSet negating = new BitSet(before.size());
        for (int i = 0; i < before.size(); i++) {
            negating.set(i, !isNeutral(before.start(i), before.end(i)));
        }
        beforeCues = new Ends(before, negating);
        Lexicon.Group after = matches.of(LIST, "after");
        for (int i = 0; i < after.size(); i++) {
            if (!isNeutral(after.start(i), after.end(i))) {
                afterCue.set(after.start(i));
            }
        }
        Lexicon.Group breakWords = matches.of(LIST, "break");
        BitSet every = new BitSet(breakWords.size());
        every.set(0, breakWords.size());
        breaks = new Ends(breakWords, every);
    }

    /**
     * The positions where some of a group's matches end, each with the latest start of one ending there: a bit
     * per position and an int per end, instead of an int per position (a message of a megabyte has few cues,
     * and reading a position array of four bytes a character cost more than the questions asked of it). An end's
     * int is found in constant time: its rank among the ends, from the ends counted before its 64-position word.
     */
    private static final class Ends {
        private final BitSet at = new BitSet();
        private final long[] words;
        /** Per word of {@code words}: the ends in the words before it. */
        private final int[] endsBefore;
        /** Per end, in position order: the latest start of a match ending there. */
        private final int[] latestStart;

        /** The ends of the matches of {@code group} whose index is set in {@code taken}. */
        Ends(Lexicon.Group group, BitSet taken) {
            for (int i = taken.nextSetBit(0); i >= 0; i = taken.nextSetBit(i + 1)) {
                at.set(group.end(i));
            }
            words = at.toLongArray();
            endsBefore = new int[words.length];
            int count = 0;
            for (int w = 0; w < words.length; w++) {
                endsBefore[w] = count;
                count += Long.bitCount(words[w]);
            }
            latestStart = new int[count];
            Arrays.fill(latestStart, -1);
            for (int i = taken.nextSetBit(0); i >= 0; i = taken.nextSetBit(i + 1)) {
                int k = rank(group.end(i));
                latestStart[k] = Math.max(latestStart[k], group.start(i));
            }
        }

        private int rank(int end) {
            int w = end >>> 6;
            return endsBefore[w] + Long.bitCount(words[w] & ((1L << end) - 1));
        }

        /** The last end at or before {@code position}, or -1. */
        int atOrBefore(int position) {
            return at.previousSetBit(position);
        }

        /** The first end at or after {@code position}, or -1. */
        int atOrAfter(int position) {
            return at.nextSetBit(position);
        }

        /** The latest start of a match ending at {@code end}, which must be an end. */
        int latestStart(int end) {
            return latestStart[rank(end)];
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
        for (int cueEnd = beforeCues.atOrBefore(start); cueEnd >= Math.max(0, start - BEFORE_GAP);
             cueEnd = beforeCues.atOrBefore(cueEnd - 1)) {
            if (text.clauseOf(beforeCues.latestStart(cueEnd)) == clause && !brokenBetween(cueEnd, start)) {
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
        for (int breakEnd = breaks.atOrAfter(from + 1); breakEnd >= 0 && breakEnd <= to;
             breakEnd = breaks.atOrAfter(breakEnd + 1)) {
            if (breaks.latestStart(breakEnd) >= from) {
                return true;
            }
        }
        return false;
    }
}
