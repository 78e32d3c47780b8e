package dev.shoprules.core.chat;

import java.util.Arrays;
import java.util.Collection;

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

    private Sound() {}

    /** The sound of a word of a word list, in its folded (dense) form. */
    static String of(String dense) {
        Reading r = new Reading();
        r.read(dense.toCharArray(), 0, dense.length(), null, null);
        return new String(r.chars, 0, r.length);
    }

    /** The sound of one non-letter folded character: its syllable, or the character itself. */
    private static char ofChar(char c) {
        char s = SYLLABLE_OF[c];
        return s != 0 ? s : c;
    }

    /** Whether the writer put a separator between folded characters {@code i - 1} and {@code i}. */
    private static boolean gapBefore(NormalizedText text, int i) {
        return text.sourceStart(i) != text.sourceEnd(i - 1) && text.sourceStart(i) != text.sourceStart(i - 1);
    }

    /**
     * The sound of a span of folded text: {@code chars[i]} for {@code i < length} came from folded characters
     * {@code [start[i], end[i])}. One instance is reused for every span of one message (its arrays grow to the
     * longest span), so reading a message allocates nothing per span.
     */
    static final class Reading {
        char[] chars = new char[64];
        int[] start = new int[64];
        int[] end = new int[64];
        int length;
        private int[] best = new int[16];
        private int[] fewest = new int[16];

        /**
         * Reads folded characters {@code text[from, to)}; {@code from} and {@code to} must not cut a run of Latin
         * letters, whose reading depends on the whole run. A Latin run is read as pinyin as a whole ({@code w ei芯}
         * is wei芯) or else piece by piece where the writer put separators ({@code 微xin abc123}: xin is read, abc
         * is not); {@code text}, when given, says where those separators were. {@code work} counts the steps (may
         * be null).
         */
        void read(char[] text, int from, int to, NormalizedText where, Work work) {
            length = 0;
            if (chars.length < to - from) {
                int size = Math.max(to - from, chars.length * 2);
                chars = new char[size];
                start = new int[size];
                end = new int[size];
            }
            for (int i = from; i < to; ) {
                char c = text[i];
                if (!NormalizedText.isAsciiLetter(c)) {
                    add(ofChar(c), i, i + 1);
                    i++;
                    continue;
                }
                int runEnd = i;
                while (runEnd < to && NormalizedText.isAsciiLetter(text[runEnd])) {
                    runEnd++;
                }
                if (work != null) {
                    work.add((long) (runEnd - i) * LONGEST * 3);
                }
                // Pinyin as written: split where the writer put separators (qi'e, wei xin), else the whole run
                // (w ei芯 is wei芯), else each piece that spells pinyin (微xin abc123: xin is read, abc is not).
                // A run without separators is one piece: spelled once, or letters.
                if (!separated(where, i, runEnd)) {
                    if (!syllables(text, i, runEnd)) {
                        for (int k = i; k < runEnd; k++) {
                            add(text[k], k, k + 1);
                        }
                    }
                } else if (!piecesSpelled(text, i, runEnd, where, true) && !syllables(text, i, runEnd)) {
                    piecesSpelled(text, i, runEnd, where, false);
                }
                i = runEnd;
            }
            if (work != null) {
                work.add(to - from);
            }
        }

        /** Whether the writer put a separator inside folded characters {@code [from, to)}. */
        private static boolean separated(NormalizedText where, int from, int to) {
            for (int k = from + 1; where != null && k < to; k++) {
                if (gapBefore(where, k)) {
                    return true;
                }
            }
            return false;
        }

        private void add(char c, int from, int to) {
            chars[length] = c;
            start[length] = from;
            end[length] = to;
            length++;
        }

        /**
         * Adds the pieces of letters {@code [from, to)} between separators as syllables. With {@code all}, only if
         * every piece spells pinyin (otherwise nothing is added); without, a piece that does not is added as
         * letters. Returns whether every piece spelled pinyin.
         */
        private boolean piecesSpelled(char[] text, int from, int to, NormalizedText where, boolean all) {
            int saved = length;
            boolean every = true;
            for (int p = from; p < to; ) {
                int q = p + 1;
                while (q < to && !(where != null && gapBefore(where, q))) {
                    q++;
                }
                if (!syllables(text, p, q)) {
                    every = false;
                    if (all) {
                        length = saved;
                        return false;
                    }
                    for (int k = p; k < q; k++) {
                        add(text[k], k, k + 1);
                    }
                }
                p = q;
            }
            return every;
        }

        /** Adds letters {@code [from, to)} as syllables if they spell pinyin exactly; false (nothing added) if not. */
        private boolean syllables(char[] text, int from, int to) {
            if (best.length < to - from + 1) {
                best = new int[to - from + 1];
                fewest = new int[to - from + 1];
            }
            if (!spell(text, from, to, best, fewest)) {
                return false;
            }
            int count = 0;
            for (int at = to; at > from; at = from + best[at - from] - 1) {
                count++;
            }
            int k = length + count;
            for (int at = to; at > from; ) {
                int s = from + best[at - from] - 1;
                k--;
                chars[k] = spelledBy(text, s, at);
                start[k] = s;
                end[k] = at;
                at = s;
            }
            length += count;
            return true;
        }
    }

    /** Receives a span {@code [from, to)} of folded text. */
    @FunctionalInterface
    interface SpanConsumer {
        void accept(int from, int to);
    }

    /**
     * Where in a text a word read by sound can be heard, so that only those spans are sounded and matched: most
     * of a chat names no channel, and sounding all of it cost a fifth of reading a message. Every word read by
     * sound holds the sound of an anchor (a word of a sound-alias: 微信, 扣扣, 支付宝, 电话 …; {@link Lexicon}
     * checks this when it loads), so a text can hold such a word only where two characters side by side sound
     * like the first two syllables of an anchor (围信, 卫芯, 收鸡), where one sounds like an anchor of one syllable,
     * or at a run of Latin letters (weixin, vx, wei芯: a run's sound needs the whole run). Each such place, widened
     * on both sides by as many characters as a word's sound can reach before and after its anchor (a Latin run
     * counts as one character: its letters sound together), is a span that holds every match the place can be
     * part of; overlapping spans are merged, and no span cuts a Latin run. Finding the places costs one table lookup per
     * character; sounding and matching then cost what the spans hold, so the matches are exactly those of
     * sounding the whole text ({@code ChatDetectionProperties} compares the two).
     */
    static final class Anchors {
        /** Sounds an anchor begins with, one bit per character. */
        private final long[] first = new long[1 << 10];
        /**
         * Characters of text that sound like the beginning of an anchor, one bit per character: the same question
         * as {@code first} of the character's sound, in one small table instead of the syllable table and then
         * this one, for the test made at every character of a text.
         */
        private final long[] soundsFirst = new long[1 << 10];
        /** Sounds that are an anchor by themselves. */
        private final long[] alone = new long[1 << 10];
        /** An anchor's first two sounds, {@code first << 16 | second}, sorted. */
        private final int[] pairs;
        /**
         * How many characters of text a word's sound reaches before an anchor it holds ({@code 打我的|电话}: 3),
         * from the anchor's start to its end ({@code 支付宝付给我}: 6), and in all (around a Latin run, where the
         * anchor's place in the word is not known). Letters of a sound count once per run: in text they are one
         * run of Latin letters, however many characters they sound as.
         */
        private final int before;
        private final int from;
        private final int reach;

        /** Anchors for the words that sound {@code wordSounds}, each holding one of them ({@link Lexicon} checks). */
        Anchors(Collection<String> anchorSounds, Collection<String> wordSounds) {
            java.util.TreeSet<Integer> two = new java.util.TreeSet<>();
            for (String a : anchorSounds) {
                if (a.isEmpty()) {
                    throw new IllegalArgumentException("an anchor without sound");
                }
                set(first, a.charAt(0));
                if (a.length() == 1) {
                    set(alone, a.charAt(0));
                } else {
                    two.add(a.charAt(0) << 16 | a.charAt(1));
                }
            }
            this.pairs = two.stream().mapToInt(Integer::intValue).toArray();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (has(first, ofChar((char) c))) {
                    set(soundsFirst, (char) c);
                }
            }
            int before = 0;
            int from = 0;
            int reach = 0;
            for (String w : wordSounds) {
                for (String a : anchorSounds) {
                    for (int at = w.indexOf(a); at >= 0; at = w.indexOf(a, at + 1)) {
                        before = Math.max(before, units(w, 0, at));
                        from = Math.max(from, units(w, at, w.length()));
                    }
                }
                reach = Math.max(reach, units(w, 0, w.length()));
            }
            this.before = before;
            this.from = from;
            this.reach = reach;
        }

        /** The characters of text sound {@code [from, to)} can come from at most: a run of letters counts once. */
        private static int units(String sound, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (!(i > from && NormalizedText.isAsciiLetter(sound.charAt(i))
                        && NormalizedText.isAsciiLetter(sound.charAt(i - 1)))) {
                    n++;
                }
            }
            return n;
        }

        private static void set(long[] bits, char c) {
            bits[c >>> 6] |= 1L << c;
        }

        private static boolean has(long[] bits, char c) {
            return (bits[c >>> 6] & 1L << c) != 0;
        }

        /** Gives {@code out} the spans of folded text {@code chars[0, length)} to sound, in text order. */
        void spans(char[] chars, int length, Work work, SpanConsumer out) {
            int spanFrom = 0;
            int spanTo = -1;
            for (int i = 0; i < length; ) {
                int placeFrom = i;
                char c = chars[i++];
                int left;
                int right;
                if (NormalizedText.isAsciiLetter(c)) {
                    while (i < length && NormalizedText.isAsciiLetter(chars[i])) {
                        i++;
                    }
                    left = reach - 1; // a word overlapping the run: at most all but one of its characters outside
                    right = reach - 1;
                } else {
                    if (!has(soundsFirst, c)) {
                        continue; // most characters
                    }
                    char s = ofChar(c);
                    if (!has(alone, s) && !(i < length && !NormalizedText.isAsciiLetter(chars[i])
                            && Arrays.binarySearch(pairs, s << 16 | ofChar(chars[i])) >= 0)) {
                        continue;
                    }
                    left = before; // an anchor starts here
                    right = from - 1;
                }
                int spanStart = widenLeft(chars, placeFrom, left);
                int spanEnd = widenRight(chars, length, i, right);
                work.add(left + right + 2);
                if (spanTo >= 0 && spanStart <= spanTo) {
                    spanTo = Math.max(spanTo, spanEnd);
                } else {
                    if (spanTo >= 0) {
                        out.accept(spanFrom, spanTo);
                    }
                    spanFrom = spanStart;
                    spanTo = spanEnd;
                }
            }
            if (spanTo >= 0) {
                out.accept(spanFrom, spanTo);
            }
            work.add(length);
        }

        /** Where a span reaching {@code units} characters before {@code at} starts (a Latin run counts as one). */
        private static int widenLeft(char[] chars, int at, int units) {
            int j = at;
            for (int k = 0; k < units && j > 0; k++) {
                j--;
                while (j > 0 && NormalizedText.isAsciiLetter(chars[j]) && NormalizedText.isAsciiLetter(chars[j - 1])) {
                    j--;
                }
            }
            return j;
        }

        /** Where a span reaching {@code units} characters from {@code at} ends (a Latin run counts as one). */
        private static int widenRight(char[] chars, int length, int at, int units) {
            int j = at;
            for (int k = 0; k < units && j < length; k++) {
                if (NormalizedText.isAsciiLetter(chars[j++])) {
                    while (j < length && NormalizedText.isAsciiLetter(chars[j])) {
                        j++;
                    }
                }
            }
            return j;
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
        int furthest = 0; // the furthest prefix that splits so far
        for (int p = 0; p < length; p++) {
            if (p > furthest) {
                return false; // no syllable reaches past here
            }
            if (fewest[p] == Integer.MAX_VALUE) {
                continue;
            }
            // Every syllable starting at p, by walking the spelling trie once; at equal counts the later start
            // wins (the shortest last syllable, as scanning each end's syllables from the shortest found).
            int node = 0;
            for (int len = 1; len <= LONGEST && p + len <= length; len++) {
                node = next[node * 26 + chars[from + p + len - 1] - 'a'];
                if (node == 0) {
                    break;
                }
                int k = p + len;
                if (code[node] != 0 && fewest[p] + 1 <= fewest[k]) {
                    fewest[k] = fewest[p] + 1;
                    best[k] = p + 1;
                    furthest = Math.max(furthest, k);
                }
            }
        }
        return fewest[length] != Integer.MAX_VALUE;
    }
}
