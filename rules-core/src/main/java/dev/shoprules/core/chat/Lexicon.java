package dev.shoprules.core.chat;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists of chat reading, one data file per list ({@code <list>.words} in
 * {@code dev/shoprules/core/chat/}), matched in a single Aho-Corasick pass (hankcs's double-array trie) over
 * {@link NormalizedText}.
 * <p>
 * A line of a word list is {@code kind[ tag]: word word …}: the kind says how a reader uses the words
 * ({@code deny}, {@code allow}, {@code before}, {@code carrier}…), the tag is what a finding reports
 * ({@code deny payment:} → tag {@code payment}). Words are folded like chat text, so they may be written in any
 * width or script; a word may not contain spaces. {@code alias NAME: a b c} defines {@code {NAME}}, which
 * expands in later words of the same list and of every list read after {@code aliases.words}: {@code 加{微信}}
 * stands for 加微信, 加薇信, 加vx… A word that starts with an ASCII letter matches only where the original text
 * has no ASCII letter right before it ({@code sb} is not found in {@code usb}; {@code vx} is in {@code vxabc123}).
 */
final class Lexicon {
    private static final Pattern LINE = Pattern.compile("([a-z-]+)(?: ([^\\s:]+))?:(.*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private static final Comparator<Match> BY_START_LONGER_FIRST = (a, b) ->
            a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    /** Kinds that are data for a reader, not words to find in text. */
    private static final Set<String> DATA_KINDS = Set.of("domain", "adjacent");

    /** One word of one list, in the form it is matched in; {@code group} numbers its list and kind. */
    record Term(String list, String kind, String tag, String word, String dense, boolean asciiStart, int group) {}

    /** A term found at dense {@code [start, end)}. */
    record Match(Term term, int start, int end) {
        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }

        boolean covers(Match other) {
            return start <= other.start && other.end <= end;
        }
    }

    /**
     * The matches of one text, by list and kind, each ordered by start (longer first at the same start). Found
     * in one pass and sorted per group, so readers take the few groups they need without filtering.
     */
    static final class Matches {
        /** Group numbers by list, then kind: readers ask for constant names, so no key is built per lookup. */
        private final Map<String, Map<String, Integer>> groups;
        /** Per group; null for a group with no match (most of them, in most messages). */
        private final List<Match>[] byGroup;

        @SuppressWarnings("unchecked")
        private Matches(Map<String, Map<String, Integer>> groups, int count) {
            this.groups = groups;
            this.byGroup = new List[count];
        }

        /** The matches of one list and kind ({@code of("contact-info", "deny")}); empty if none. */
        List<Match> of(String list, String kind) {
            Integer g = groups.getOrDefault(list, Map.of()).get(kind);
            List<Match> found = g == null ? null : byGroup[g];
            return found == null ? List.of() : found;
        }

        private void add(int group, Match m) {
            List<Match> list = byGroup[group];
            if (list == null) {
                list = byGroup[group] = new ArrayList<>(4);
            }
            list.add(m);
        }

        private void sort() {
            // The trie reports matches by end; within a group they are nearly in start order already.
            for (List<Match> list : byGroup) {
                if (list != null && list.size() > 1) {
                    list.sort(BY_START_LONGER_FIRST);
                }
            }
        }
    }

    private final List<Term> terms;
    private final Map<String, Map<String, Integer>> groups;
    private final int groupCount;
    private final AhoCorasickDoubleArrayTrie<List<Term>> trie = new AhoCorasickDoubleArrayTrie<>();

    private Lexicon(List<Term> terms, Map<String, Integer> groups) {
        this.terms = List.copyOf(terms);
        Map<String, Map<String, Integer>> byList = new HashMap<>();
        for (Term t : terms) {
            byList.computeIfAbsent(t.list(), l -> new HashMap<>()).put(t.kind(), t.group());
        }
        this.groups = byList;
        this.groupCount = groups.size();
        Map<String, List<Term>> byDense = new LinkedHashMap<>();
        for (Term t : terms) {
            if (!DATA_KINDS.contains(t.kind())) {
                byDense.computeIfAbsent(t.dense(), k -> new ArrayList<>()).add(t);
            }
        }
        // One value per distinct keyword: every term spelled that way.
        Map<String, List<Term>> keywords = new LinkedHashMap<>();
        byDense.forEach((dense, same) -> keywords.put(dense, List.copyOf(same)));
        trie.build(keywords);
    }

    /** Reads {@code aliases.words}, then each list, in order. */
    static Lexicon load(String... lists) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        List<Term> terms = new ArrayList<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        read("aliases", aliases, terms, groups);
        for (String list : lists) {
            read(list, new LinkedHashMap<>(aliases), terms, groups);
        }
        return new Lexicon(terms, groups);
    }

    List<Term> terms() {
        return terms;
    }

    /** Every term found in the text, overlaps included, by list and kind. */
    Matches scan(NormalizedText text) {
        Matches found = new Matches(groups, groupCount);
        trie.parseText(text.chars(), (start, end, terms) -> {
            boolean letterBefore = asciiLetterBefore(text, start);
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                if (!(t.asciiStart() && letterBefore)) {
                    found.add(t.group(), new Match(t, start, end));
                }
            }
        });
        found.sort();
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

    private static void read(String list, Map<String, List<String>> aliases, List<Term> into,
                             Map<String, Integer> groups) {
        for (ChatData.Line line : ChatData.lines(list + ".words")) {
            Matcher m = LINE.matcher(line.text());
            if (!m.matches()) {
                throw line.error("expected \"kind[ tag]: word word …\"");
            }
            String kind = m.group(1);
            String tag = m.group(2);
            List<String> words = new ArrayList<>();
            for (String w : m.group(3).strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.addAll(expand(w, aliases, line));
                }
            }
            if (words.isEmpty()) {
                throw line.error("no words");
            }
            if (kind.equals("alias")) {
                if (tag == null) {
                    throw line.error("an alias needs a name");
                }
                aliases.put(tag, words);
                continue;
            }
            for (String w : words) {
                String dense = Folding.dense(w);
                if (dense.isEmpty()) {
                    throw line.error("\"" + w + "\" has no letters");
                }
                int group = groups.computeIfAbsent(list + "/" + kind, k -> groups.size());
                into.add(new Term(list, kind, tag == null ? kind : tag, w, dense,
                        NormalizedText.isAsciiLetter(dense.charAt(0)), group));
            }
        }
    }

    /** {@code 加{微信}} → 加微信, 加薇信, …; several placeholders expand to every combination. */
    private static List<String> expand(String word, Map<String, List<String>> aliases, ChatData.Line where) {
        Matcher m = PLACEHOLDER.matcher(word);
        if (!m.find()) {
            return List.of(word);
        }
        List<String> values = aliases.get(m.group(1));
        if (values == null) {
            throw where.error("unknown alias {" + m.group(1) + "}");
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(expand(word.substring(0, m.start()) + v + word.substring(m.end()), aliases, where));
        }
        return out;
    }
}
