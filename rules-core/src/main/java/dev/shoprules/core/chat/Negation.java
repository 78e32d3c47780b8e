package dev.shoprules.core.chat;

import dev.shoprules.core.chat.Lexicon.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a span of one message is negated or refused ({@code negation.words}): a {@code before} cue ending at
 * most {@value #BEFORE_GAP} characters ahead of it in the same clause with no {@code break} word between
 * (不能给您私人微信), an {@code adjacent} character right before it (不包邮), or an {@code after} cue starting at
 * most {@value #AFTER_GAP} characters after it (微信支付是不支持的). Cues inside a {@code neutral} word
 * (要不要, 不好意思) negate nothing. Each question looks at a bounded window, so a message costs linear time.
 */
final class Negation {
    static final String LIST = "negation";
    static final int BEFORE_GAP = 6;
    static final int AFTER_GAP = 4;

    private final NormalizedText text;
    /** Before cues by end; after cues and breaks by start. */
    private final List<Match> before;
    private final List<Match> after;
    private final List<Match> breaks;
    private final boolean[] neutralAt;
    private final String adjacent;

    Negation(NormalizedText text, List<Match> matches, String adjacent) {
        this.text = text;
        this.adjacent = adjacent;
        this.neutralAt = new boolean[text.length()];
        List<Match> cuesBefore = new ArrayList<>();
        List<Match> cuesAfter = new ArrayList<>();
        List<Match> breakWords = new ArrayList<>();
        for (Match m : matches) {
            if (m.is(LIST, "neutral")) {
                for (int i = m.start(); i < m.end(); i++) {
                    neutralAt[i] = true;
                }
            }
        }
        for (Match m : matches) {
            if (!m.term().list().equals(LIST) || neutral(m)) {
                continue;
            }
            switch (m.term().kind()) {
                case "before" -> cuesBefore.add(m);
                case "after" -> cuesAfter.add(m);
                case "break" -> breakWords.add(m);
                default -> { }
            }
        }
        cuesBefore.sort(Comparator.comparingInt(Match::end));
        this.before = cuesBefore;
        this.after = cuesAfter;
        this.breaks = breakWords;
    }

    private boolean neutral(Match m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (neutralAt[i]) {
                return true;
            }
        }
        return false;
    }

    /** Whether dense {@code [start, end)} is negated or refused within its clause. */
    boolean negates(int start, int end) {
        int clause = text.clauseOf(start);
        if (start > 0 && text.clauseOf(start - 1) == clause && !neutralAt[start - 1]
                && adjacent.indexOf(text.charAt(start - 1)) >= 0) {
            return true;
        }
        // Before cues ending in [start - BEFORE_GAP, start], latest first.
        for (int i = lastEndingAtOrBefore(start); i >= 0 && before.get(i).end() >= start - BEFORE_GAP; i--) {
            Match cue = before.get(i);
            if (text.clauseOf(cue.start()) == clause && !brokenBetween(cue.end(), start)) {
                return true;
            }
        }
        // After cues starting in [end, end + AFTER_GAP].
        for (int i = Lexicon.firstStartingAt(after, end); i < after.size() && after.get(i).start() <= end + AFTER_GAP; i++) {
            if (text.clauseOf(after.get(i).start()) == clause) {
                return true;
            }
        }
        return false;
    }

    private boolean brokenBetween(int from, int to) {
        for (int i = Lexicon.firstStartingAt(breaks, from); i < breaks.size() && breaks.get(i).start() < to; i++) {
            if (breaks.get(i).end() <= to) {
                return true;
            }
        }
        return false;
    }

    private int lastEndingAtOrBefore(int position) {
        int lo = 0, hi = before.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (before.get(mid).end() <= position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
