package dev.shoprules.core.chat;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one character of chat text reads, decided once per character and kept in tables so that normalising a
 * text costs one array lookup per character: Unicode NFKC (full-width → half-width, ①/⑴/㈠ → digits,
 * compatibility ideographs → unified), decimal digits of every script → 0–9, lower case, traditional → simplified ({@code traditional-simplified.txt},
 * from OpenCC) and the project's folds ({@code folding.txt}: Chinese numerals → digits, hearts, variants).
 * <p>
 * Every folded character is of one {@link Kind}: it is kept and matched ({@link Kind#KEEP}: letters, digits,
 * CJK, {@code %} and {@code ♥}), skipped as a separator that may be inserted to evade a word list
 * ({@link Kind#SEP}: spaces, symbols, emoji), or ends a clause ({@link Kind#BREAK}: {@code 。，！？；} and line
 * breaks), which bounds how far a negation reaches.
 */
final class Folding {
    enum Kind { KEEP, SEP, BREAK }

    private static final String BREAKS = "。,!?;\n\r";

    /**
     * BMP character → how it folds, packed into one int so that a racy lazy fill is safe (an int is written
     * atomically; a reader sees 0, "not yet computed", or the whole value): bits 0–15 the single folded
     * character, bits 16–17 the kind, bit 18 "folds to several characters" (then in {@link #MULTI}).
     * Filled on first sight of each character, so start-up costs nothing and a text pays once per new character.
     */
    private static final int[] TABLE = new int[0x10000];
    private static final int KIND_SHIFT = 16;
    private static final int MULTI_FLAG = 1 << 18;
    private static final Map<Character, String> MULTI = new ConcurrentHashMap<>();
    private static final Kind[] KINDS = Kind.values();
    /** Folds from the data files: traditional → simplified, then the project's folds. */
    private static final Map<Integer, String> SIMPLIFIED = new HashMap<>();
    private static final Map<Integer, String> FOLDS = new HashMap<>();

    static {
        readPairs("traditional-simplified.txt", SIMPLIFIED);
        readPairs("folding.txt", FOLDS);
    }

    private Folding() {}

    /** The packed fold of a BMP character (see {@link #TABLE}); read with {@link #kindOf}, {@link #isMulti}. */
    static int entry(char c) {
        int e = TABLE[c];
        return e != 0 ? e : compute(c);
    }

    /** Whether an entry folds to several characters ({@link #multi}); otherwise {@code (char) entry} is its fold. */
    static boolean isMulti(int entry) {
        return (entry & MULTI_FLAG) != 0;
    }

    private static int compute(char c) {
        int e;
        if (Character.isSurrogate(c)) {
            e = (Kind.SEP.ordinal() + 1) << KIND_SHIFT;
        } else {
            String nfkc = compatibilityStable(c)
                    ? String.valueOf(Character.toLowerCase(c))
                    : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (nfkc.length() == 1 && Character.getType(nfkc.charAt(0)) == Character.DECIMAL_DIGIT_NUMBER) {
                nfkc = String.valueOf((char) ('0' + Character.digit(nfkc.charAt(0), 10))); // ٣, ३, ๓ → 3
            }
            String folded = replace(replace(nfkc, SIMPLIFIED), FOLDS);
            String kept = keptPart(folded);
            if (kept.isEmpty()) {
                Kind kind = folded.length() == 1 && BREAKS.indexOf(folded.charAt(0)) >= 0 ? Kind.BREAK : Kind.SEP;
                e = (kind.ordinal() + 1) << KIND_SHIFT | (nfkc.length() == 1 ? nfkc.charAt(0) : c);
            } else if (kept.length() == 1) {
                e = (Kind.KEEP.ordinal() + 1) << KIND_SHIFT | kept.charAt(0);
            } else {
                MULTI.put(c, kept);
                e = (Kind.KEEP.ordinal() + 1) << KIND_SHIFT | MULTI_FLAG | c;
            }
        }
        TABLE[c] = e;
        return e;
    }

    static Kind kindOf(int entry) {
        return KINDS[(entry >>> KIND_SHIFT & 3) - 1];
    }

    /**
     * Blocks NFKC leaves alone (CJK unified ideographs, Yi, Hangul syllables, private use): skipping them keeps
     * building the tables fast. Everything else, including ASCII, full-width forms, enclosed numbers and
     * compatibility ideographs, goes through {@link Normalizer}.
     */
    private static boolean compatibilityStable(int c) {
        return c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xA000 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xE000 && c <= 0xF8FF;
    }

    /** The kind of a code point once folded. */
    static Kind kind(int codePoint) {
        if (codePoint <= 0xFFFF) {
            return kindOf(entry((char) codePoint));
        }
        return folded(codePoint).isEmpty() ? Kind.SEP : Kind.KEEP;
    }

    /** The kept characters a code point reads as ({@code ""} for separators and clause breaks). */
    static String folded(int codePoint) {
        if (codePoint <= 0xFFFF) {
            int e = entry((char) codePoint);
            if (kindOf(e) != Kind.KEEP) {
                return "";
            }
            return (e & MULTI_FLAG) == 0 ? String.valueOf((char) e) : multi((char) codePoint);
        }
        String mapped = FOLDS.get(codePoint);
        if (mapped != null) {
            return keptPart(mapped);
        }
        // Mathematical alphanumerics (𝐚𝟏…) and other compatibility forms outside the BMP: rare, folded on sight.
        return keptPart(Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT));
    }

    /** The single character a BMP character folds to, or 0 when it folds to several characters or none. */
    static char single(char c) {
        int e = entry(c);
        return kindOf(e) == Kind.KEEP && (e & MULTI_FLAG) == 0 ? (char) e : 0;
    }

    static String multi(char c) {
        String m = MULTI.get(c);
        if (m == null) {
            compute(c); // another thread published the table entry first; computing again is idempotent
            m = MULTI.get(c);
        }
        return m;
    }

    /**
     * The one character a BMP character reads as for e-mail and link syntax and for word boundaries: its fold
     * (＠ → @, ． → ., Ａ → a, 一 → 1), or the character itself when it folds to several.
     */
    static char syntax(char c) {
        int e = entry(c);
        return (e & MULTI_FLAG) != 0 ? c : (char) e;
    }

    /** A word of a word list in the form text is matched in: folded, separators and breaks removed. */
    static String dense(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            b.append(folded(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static String replace(String s, Map<Integer, String> folds) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String to = folds.get(cp);
            if (to == null) {
                b.appendCodePoint(cp);
            } else {
                b.append(to);
            }
        });
        return b.toString();
    }

    /** The characters of a folded form that are matched; everything else is a separator. */
    private static String keptPart(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        folded.codePoints().filter(Folding::kept).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean kept(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '%' || cp == '♥';
    }

    private static void readPairs(String file, Map<Integer, String> into) {
        for (ChatData.Line line : ChatData.lines(file)) {
            int from = line.text().codePointAt(0);
            String to = line.text().substring(Character.charCount(from)).strip();
            if (to.isEmpty()) {
                throw line.error("expected a character and what it reads as");
            }
            into.put(from, to);
        }
    }
}
