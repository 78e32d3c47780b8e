package dev.shoprules.core.chat;

import java.util.Arrays;

/**
 * How folded text sounds: every Chinese character becomes the toneless pinyin syllable of its first reading
 * ({@code pinyin.txt}, generated from pinyin4j), and a run of Latin letters that spells pinyin syllables exactly
 * ({@code weixin}, the {@code wei} of {@code wei芯}) becomes those syllables; digits and other letters stay.
 * Each syllable is one private-use character, so 微信, 围信, 卫芯, {@code wei芯} and {@code weixin} all read the
 * same two characters and one Aho-Corasick pass over the sound finds every homophone of a listed word. A heart
 * sounds 心 (微♥). Built in one pass, linear in the text: a Latin run is split into syllables by dynamic
 * programming over at most {@value #LONGEST} letters per step.
 */
final class Sound {
    /** Syllable {@code i} is the character {@code FIRST + i}. */
    private static final char FIRST = '\uE000';
    private static final int LONGEST = 6; // zhuang, chuang, shuang
    /** BMP character → its syllable character, 0 when it has no reading. */
    private static final char[] SYLLABLE_OF = new char[0x10000];
    /**
     * Latin spellings of the syllables as a trie over a–z: node {@code k}'s child by letter {@code l} is
     * {@code NEXT[k * 26 + l]} (0: none; node 0 is the root) and {@code CODE[k]} the syllable it spells (0: none).
     */
    private static final int[] next = new int[26 * 2048];
    private static final char[] code = new char[2048];
    private static int nodes = 1;

    static {
        int index = 0;
        for (ChatData.Line line : ChatData.lines("pinyin.txt")) {
            int space = line.text().indexOf(' ');
            if (space <= 0) {
                throw line.error("expected \"syllable characters\"");
            }
            String syllable = line.text().substring(0, space);
            char code = (char) (FIRST + index++);
            spelled(syllable, code, line);
            String chars = line.text().substring(space + 1).strip();
            for (int i = 0; i < chars.length(); i++) {
                SYLLABLE_OF[chars.charAt(i)] = code;
            }
        }
        SYLLABLE_OF['♥'] = SYLLABLE_OF['心'];
    }

    private static void spelled(String syllable, char syllableCode, ChatData.Line line) {
        int node = 0;
        for (int i = 0; i < syllable.length(); i++) {
            int letter = syllable.charAt(i) - 'a';
            if (letter < 0 || letter >= 26) {
                return; // ê (written e^) has no plain spelling
            }
            if (next[node * 26 + letter] == 0) {
                if (nodes == code.length) {
                    throw line.error("more syllable spellings than the trie holds");
                }
                next[node * 26 + letter] = nodes++;
            }
            node = next[node * 26 + letter];
        }
        code[node] = syllableCode;
    }

    /** The syllable letters {@code [from, to)} spell, or 0. */
    private static char spelledBy(char[] chars, int from, int to) {
        int node = 0;
        for (int i = from; i < to; i++) {
            node = next[node * 26 + chars[i] - 'a'];
            if (node == 0) {
                return 0;
            }
        }
        return code[node];
    }

    /** The sound of a text: {@code chars[i]} came from folded characters {@code [start[i], end[i])}. */
    record Reading(char[] chars, int length, int[] start, int[] end) {}

    private Sound() {}

    /** The sound of a word of a word list, in its folded (dense) form. */
    static String of(String dense) {
        Reading r = read(dense.toCharArray(), dense.length(), null, null);
        return new String(r.chars(), 0, r.length());
    }

    /**
     * The sound of folded text {@code chars[0, length)}. A Latin run is read as pinyin as a whole ({@code w ei芯}
     * is wei芯) or else piece by piece where the writer put separators ({@code 微xin abc123}: xin is read, abc is
     * not); {@code text}, when given, says where those separators were. {@code work} counts the steps (may be null).
     */
    static Reading read(char[] chars, int length, NormalizedText text, Work work) {
        Builder b = new Builder(length);
        for (int i = 0; i < length; ) {
            char c = chars[i];
            if (!NormalizedText.isAsciiLetter(c)) {
                char s = SYLLABLE_OF[c];
                b.add(s != 0 ? s : c, i, i + 1);
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < length && NormalizedText.isAsciiLetter(chars[runEnd])) {
                runEnd++;
            }
            if (work != null) {
                work.add((long) (runEnd - i) * LONGEST * 3);
            }
            // Pinyin as written: split where the writer put separators (qi'e, wei xin), else the whole run
            // (w ei芯 is wei芯), else each piece that spells pinyin (微xin abc123: xin is read, abc is not).
            if (!(text != null && b.piecesSpelled(chars, i, runEnd, text, true)) && !b.syllables(chars, i, runEnd)) {
                b.piecesSpelled(chars, i, runEnd, text, false);
            }
            i = runEnd;
        }
        if (work != null) {
            work.add(length);
        }
        return new Reading(b.out, b.n, b.start, b.end);
    }

    /** Whether the writer put a separator between folded characters {@code i - 1} and {@code i}. */
    private static boolean gapBefore(NormalizedText text, int i) {
        return text.sourceStart(i) != text.sourceEnd(i - 1) && text.sourceStart(i) != text.sourceStart(i - 1);
    }

    /** The sound being written, with scratch space for splitting Latin runs. */
    private static final class Builder {
        final char[] out;
        final int[] start;
        final int[] end;
        int n;
        int[] best = new int[16];
        int[] fewest = new int[16];

        Builder(int length) {
            out = new char[length];
            start = new int[length];
            end = new int[length];
        }

        void add(char c, int from, int to) {
            out[n] = c;
            start[n] = from;
            end[n] = to;
            n++;
        }

        /**
         * Adds the pieces of letters {@code [from, to)} between separators as syllables. With {@code all}, only if
         * every piece spells pinyin (otherwise nothing is added); without, a piece that does not is added as
         * letters. Returns whether every piece spelled pinyin.
         */
        boolean piecesSpelled(char[] chars, int from, int to, NormalizedText text, boolean all) {
            int saved = n;
            boolean every = true;
            for (int p = from; p < to; ) {
                int q = p + 1;
                while (q < to && !(text != null && gapBefore(text, q))) {
                    q++;
                }
                if (!syllables(chars, p, q)) {
                    every = false;
                    if (all) {
                        n = saved;
                        return false;
                    }
                    for (int k = p; k < q; k++) {
                        add(chars[k], k, k + 1);
                    }
                }
                p = q;
            }
            return every;
        }

        /** Adds letters {@code [from, to)} as syllables if they spell pinyin exactly; false (nothing added) if not. */
        boolean syllables(char[] chars, int from, int to) {
            if (best.length < to - from + 1) {
                best = new int[to - from + 1];
                fewest = new int[to - from + 1];
            }
            if (!spell(chars, from, to, best, fewest)) {
                return false;
            }
            int count = 0;
            for (int at = to; at > from; at = from + best[at - from] - 1) {
                count++;
            }
            int k = n + count;
            for (int at = to; at > from; ) {
                int s = from + best[at - from] - 1;
                k--;
                out[k] = spelledBy(chars, s, at);
                start[k] = s;
                end[k] = at;
                at = s;
            }
            n += count;
            return true;
        }
    }

    /**
     * Whether letters {@code [from, to)} split into pinyin syllables; if so {@code best[k] - 1} is where the last
     * syllable of the first {@code k} letters starts (relative to {@code from}), choosing the fewest syllables
     * ({@code xian}, not {@code xi an}).
     */
    private static boolean spell(char[] chars, int from, int to, int[] best, int[] fewest) {
        int length = to - from;
        fewest[0] = 0;
        Arrays.fill(fewest, 1, length + 1, Integer.MAX_VALUE);
        for (int k = 1; k <= length; k++) {
            for (int len = 1; len <= LONGEST && len <= k; len++) {
                int prior = k - len;
                if (fewest[prior] != Integer.MAX_VALUE && fewest[prior] + 1 < fewest[k]
                        && spelledBy(chars, from + prior, from + k) != 0) {
                    fewest[k] = fewest[prior] + 1;
                    best[k] = prior + 1;
                }
            }
            if (fewest[k] == Integer.MAX_VALUE && k >= LONGEST && noneReachable(fewest, k)) {
                return false; // no syllable can end past a gap of LONGEST unreachable letters
            }
        }
        return fewest[length] != Integer.MAX_VALUE;
    }

    private static boolean noneReachable(int[] fewest, int k) {
        for (int j = k - LONGEST + 1; j <= k; j++) {
            if (fewest[j] != Integer.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }
}
