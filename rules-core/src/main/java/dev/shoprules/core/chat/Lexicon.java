package dev.shoprules.core.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ahocorasick.trie.PayloadTrie;

/**
 * The word lists of chat reading, one data file per list ({@code <list>.words} in
 * {@code dev/shoprules/core/chat/}), matched in a single Aho-Corasick pass over {@link NormalizedText}.
 * <p>
 * A line of a word list is {@code kind[ tag]: word word …}: the kind says how a reader uses the words
 * ({@code deny}, {@code allow}, {@code before}, {@code carrier}…), the tag is what a finding reports
 * ({@code deny payment:} → tag {@code payment}). Words are folded like chat text, so they may be written in any
 * width or script; a word may not contain spaces. {@code alias NAME: a b c} defines {@code {NAME}}, which
 * expands in later words of the same list and of every list read after {@code aliases.words}: {@code 加{微信}}
 * stands for 加微信, 加薇信, 加vx… A word that starts or ends with an ASCII letter matches only where the
 * original text has no ASCII letter right before or after it ({@code sb} is not found in {@code usb}).
 */
final class Lexicon {
    private static final String DIRECTORY = "dev/shoprules/core/chat/";
    private static final Pattern LINE = Pattern.compile("([a-z-]+)(?: ([^\\s:]+))?:(.*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    /** One word of one list, in the form it is matched in. */
    record Term(String list, String kind, String tag, String word, String dense, boolean asciiStart,
                boolean asciiEnd) {}

    /** A term found at dense {@code [start, end)}. */
    record Match(Term term, int start, int end) {
        boolean is(String list, String kind) {
            return term.list.equals(list) && term.kind.equals(kind);
        }

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }

        boolean covers(Match other) {
            return start <= other.start && other.end <= end;
        }
    }

    private final List<Term> terms;
    private final PayloadTrie<List<Term>> trie;

    private Lexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
        Map<String, List<Term>> byDense = new LinkedHashMap<>();
        for (Term t : terms) {
            if (t.kind().equals("domain")) {
                continue; // data for the link scanner, not words to find
            }
            byDense.computeIfAbsent(t.dense(), k -> new ArrayList<>()).add(t);
        }
        // One payload per distinct keyword: the trie keeps a single payload per keyword.
        PayloadTrie.PayloadTrieBuilder<List<Term>> builder = PayloadTrie.builder();
        byDense.forEach((dense, same) -> builder.addKeyword(dense, List.copyOf(same)));
        this.trie = builder.build();
    }

    /** Reads {@code aliases.words}, then each list, in order. */
    static Lexicon load(String... lists) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        List<Term> terms = new ArrayList<>();
        read("aliases", aliases, terms);
        for (String list : lists) {
            read(list, new LinkedHashMap<>(aliases), terms);
        }
        return new Lexicon(terms);
    }

    List<Term> terms() {
        return terms;
    }

    /** Every term found in the text (overlaps included), ordered by start, longer first. */
    List<Match> scan(NormalizedText text) {
        List<Match> found = new ArrayList<>();
        trie.parseText(text.dense(), emit -> {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            for (Term t : emit.getPayload()) {
                if (!(t.asciiStart() && asciiLetterBefore(text, start))
                        && !(t.asciiEnd() && asciiLetterAfter(text, end))) {
                    found.add(new Match(t, start, end));
                }
            }
            return true;
        });
        found.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        return found;
    }

    /** The index of the first match starting at or after {@code position} in matches ordered by start. */
    static int firstStartingAt(List<Match> sortedByStart, int position) {
        int lo = 0, hi = sortedByStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedByStart.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean asciiLetterBefore(NormalizedText text, int start) {
        int before = text.sourceStart(start) - 1;
        return before >= 0 && NormalizedText.isAsciiLetter(Folding.syntax(text.original().charAt(before)));
    }

    private static boolean asciiLetterAfter(NormalizedText text, int end) {
        int after = text.sourceEnd(end - 1);
        return after < text.original().length()
                && NormalizedText.isAsciiLetter(Folding.syntax(text.original().charAt(after)));
    }

    private static void read(String list, Map<String, List<String>> aliases, List<Term> into) {
        String file = DIRECTORY + list + ".words";
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("word list " + file + " is not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(t);
                if (!m.matches()) {
                    throw new IllegalStateException(file + ":" + number + ": expected \"kind[ tag]: word word …\"");
                }
                String kind = m.group(1);
                String tag = m.group(2);
                List<String> words = new ArrayList<>();
                for (String w : m.group(3).strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.addAll(expand(w, aliases, file + ":" + number));
                    }
                }
                if (words.isEmpty()) {
                    throw new IllegalStateException(file + ":" + number + ": no words");
                }
                if (kind.equals("alias")) {
                    aliases.put(Objects.requireNonNull(tag, file + ":" + number + ": alias needs a name"), words);
                    continue;
                }
                for (String w : words) {
                    String dense = Folding.dense(w);
                    if (dense.isEmpty()) {
                        throw new IllegalStateException(file + ":" + number + ": \"" + w + "\" has no letters");
                    }
                    into.add(new Term(list, kind, tag == null ? kind : tag, w, dense,
                            NormalizedText.isAsciiLetter(dense.charAt(0)),
                            NormalizedText.isAsciiLetter(dense.charAt(dense.length() - 1))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** {@code 加{微信}} → 加微信, 加薇信, …; several placeholders expand to every combination. */
    private static List<String> expand(String word, Map<String, List<String>> aliases, String where) {
        Matcher m = PLACEHOLDER.matcher(word);
        if (!m.find()) {
            return List.of(word);
        }
        List<String> values = aliases.get(m.group(1));
        if (values == null) {
            throw new IllegalStateException(where + ": unknown alias {" + m.group(1) + "}");
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(expand(word.substring(0, m.start()) + v + word.substring(m.end()), aliases, where));
        }
        return out;
    }
}
