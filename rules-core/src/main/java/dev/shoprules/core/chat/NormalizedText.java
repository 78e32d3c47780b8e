package dev.shoprules.core.chat;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A chat message as the detectors read it: every character {@link Folding folded}, separators dropped, so
 * {@code 加 薇-信}, {@code 加ｖｘ} and {@code 一三八 1234 5678} read {@code 加薇信}, {@code 加vx} and
 * {@code 13812345678}. Each kept character remembers where it came from (to quote the original span as
 * evidence) and which clause it is in (clauses end at {@code 。，！？；} and line breaks; a negation reaches only
 * within its clause). Built in one pass, linear in the text length.
 */
@API(status = INTERNAL, since = "0.1")
public final class NormalizedText {
    private final String original;
    private final char[] chars;
    private final int length;
    /** Dense index → index in the original text of the code point it came from. */
    private final int[] source;
    /** Dense index → clause number (0-based, in text order). */
    private final int[] clause;
    /** Clauses that end in a question mark or with 吗/么. */
    private final BitSet questions = new BitSet();
    /**
     * Where link and e-mail syntax can stand: indices in the original text of the characters that read as
     * {@code .} and as {@code @} ({@link Folding#syntax}: ．, ＠, ﹫ …). Every link has a dot and every e-mail
     * address an at sign, so the link and e-mail readers start from these instead of folding every character again.
     */
    private final Positions dots = new Positions();
    private final Positions ats = new Positions();
    /**
     * Dense indices where a run of digits starts (a digit with no digit kept right before it): the phone reader
     * reads these runs instead of looking at every character again.
     */
    private final Positions digitRuns = new Positions();

    private NormalizedText(String original) {
        this.original = original;
        int capacity = original.length() + 8;
        char[] out = new char[capacity];
        int[] src = new int[capacity];
        int[] cls = new int[capacity];
        int n = 0;
        int currentClause = 0;
        for (int i = 0; i < original.length(); ) {
            char ch = original.charAt(i);
            int cp = ch;
            Folding.Kind kind;
            String several = null;
            char single = 0;
            if (!Character.isSurrogate(ch)) {
                // The common case: one table lookup gives the kind and the fold.
                int e = Folding.entry(ch);
                kind = Folding.kindOf(e);
                if (kind == Folding.Kind.KEEP) {
                    if (Folding.isMulti(e)) {
                        several = Folding.multi(ch);
                    } else {
                        single = (char) e;
                    }
                } else {
                    single = (char) e;
                    if (single == '.') {
                        dots.add(i);
                    } else if (single == '@') {
                        ats.add(i);
                    }
                }
            } else {
                cp = original.codePointAt(i);
                kind = Folding.kind(cp);
                several = kind == Folding.Kind.KEEP ? Folding.folded(cp) : null;
            }
            if (kind == Folding.Kind.KEEP) {
                int add = several == null ? 1 : several.length();
                if (n + add > out.length) {
                    int grown = Math.max(out.length * 2, n + add);
                    out = Arrays.copyOf(out, grown);
                    src = Arrays.copyOf(src, grown);
                    cls = Arrays.copyOf(cls, grown);
                }
                for (int k = 0; k < add; k++) {
                    out[n] = several == null ? single : several.charAt(k);
                    if (isDigit(out[n]) && (n == 0 || !isDigit(out[n - 1]))) {
                        digitRuns.add(n);
                    }
                    src[n] = i;
                    cls[n] = currentClause;
                    n++;
                }
            } else if (kind == Folding.Kind.BREAK) {
                if (single == '?' || endsWithQuestionParticle(out, cls, n, currentClause)) {
                    questions.set(currentClause);
                }
                currentClause++;
            }
            i += Character.charCount(cp);
        }
        if (endsWithQuestionParticle(out, cls, n, currentClause)) {
            questions.set(currentClause);
        }
        this.chars = n == out.length ? out : Arrays.copyOf(out, n);
        this.source = src;
        this.clause = cls;
        this.length = n;
    }

    public static NormalizedText of(String text) {
        return new NormalizedText(Objects.requireNonNull(text, "text"));
    }

    private static boolean endsWithQuestionParticle(char[] out, int[] cls, int n, int currentClause) {
        return n > 0 && cls[n - 1] == currentClause && (out[n - 1] == '吗' || out[n - 1] == '么');
    }

    public String original() {
        return original;
    }

    /** Number of kept (folded) characters. */
    public int length() {
        return length;
    }

    public char charAt(int i) {
        return chars[i];
    }

    /** The folded characters, exactly {@link #length()} of them; not to be modified. */
    char[] chars() {
        return chars;
    }

    /** The folded text, separators removed. */
    public CharSequence dense() {
        return java.nio.CharBuffer.wrap(chars, 0, length);
    }

    public int clauseOf(int i) {
        return clause[i];
    }

    /** Whether the clause holding dense index {@code i} is a question. */
    public boolean inQuestion(int i) {
        return questions.get(clause[i]);
    }

    /** Index in the original text where dense character {@code i} starts. */
    public int sourceStart(int i) {
        return source[i];
    }

    /** Index in the original text just after dense character {@code i}. */
    public int sourceEnd(int i) {
        int at = source[i];
        return at + (Character.isHighSurrogate(original.charAt(at)) && at + 1 < original.length() ? 2 : 1);
    }

    /** The original text behind dense range {@code [start, end)}, separators included. */
    public String originalSpan(int start, int end) {
        return original.substring(sourceStart(start), sourceEnd(end - 1));
    }

    /** Indices in the original text of the characters that read as {@code .}, in text order. */
    Positions dots() {
        return dots;
    }

    /** Indices in the original text of the characters that read as {@code @}, in text order. */
    Positions ats() {
        return ats;
    }

    /** Dense indices where a run of digits starts, in text order. */
    Positions digitRuns() {
        return digitRuns;
    }

    /** A growing list of indices. */
    static final class Positions {
        private int[] at = new int[0];
        private int size;

        private void add(int i) {
            if (size == at.length) {
                at = Arrays.copyOf(at, Math.max(8, size * 2));
            }
            at[size++] = i;
        }

        int size() {
            return size;
        }

        int get(int k) {
            return at[k];
        }

        /** The index of the first position at or after {@code i} ({@link #size()} if none). */
        int firstAtOrAfter(int i) {
            int k = Arrays.binarySearch(at, 0, size, i);
            return k >= 0 ? k : -k - 1;
        }
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return dense().toString();
    }
}
