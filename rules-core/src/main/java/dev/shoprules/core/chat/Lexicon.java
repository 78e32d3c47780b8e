package dev.shoprules.core.chat;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * <p>
 * {@code sound-alias NAME: …} is an alias whose words are also matched by {@link Sound}: a word that expands it
 * ({@code 加{微信}}) is found by character and, in a second Aho-Corasick pass over the pinyin reading of the
 * spans where such a word can be heard ({@link Sound.Anchors}), by sound, so 加围信, 家卫芯 and {@code jia wei xin}
 * are found as 加微信. Only channel and payment names are read by
 * sound: they are what evaders disguise, and reading every word by sound would find 大款 in 打款式. Allow words
 * are matched by character only, so a benign word that sounds like a listed one (为新客户) is allowed by name.
 */
final class Lexicon {
    private static final Pattern LINE = Pattern.compile("([a-z-]+)(?: ([^\\s:]+))?:(.*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    /** Kinds that are data for a reader, not words to find in text. */
    private static final Set<String> DATA_KINDS = Set.of("domain", "adjacent");

    /** One word of one list, in the form it is matched in; {@code group} numbers its list and kind. */
    record Term(String list, String kind, String tag, String word, String dense, boolean asciiStart, int group,
                String sound) {}

    /** A term found at dense {@code [start, end)}. */
    record Match(Term term, int start, int end) {}

    /**
     * The matches of one list and kind, ordered by start (longer first at the same start), in parallel arrays:
     * a dense text holds a match every few characters, and readers walking a group read its positions in memory
     * order instead of chasing one object per match.
     */
    static final class Group {
        private static final Group NONE = new Group(0);

        private int[] starts;
        private int[] ends;
        private Term[] terms;
        private int size;

        private Group(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
            terms = new Term[capacity];
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        Term term(int i) {
            return terms[i];
        }

        /** Whether matches {@code i} and {@code k} share a position. */
        boolean overlap(int i, int k) {
            return starts[i] < ends[k] && starts[k] < ends[i];
        }

        /** Whether match {@code i} covers match {@code k}. */
        boolean covers(int i, int k) {
            return starts[i] <= starts[k] && ends[k] <= ends[i];
        }

        Match match(int i) {
            return new Match(terms[i], starts[i], ends[i]);
        }

        /** The index of the first match starting at or after {@code position}. */
        int firstStartingAt(int position) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < position) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Whether a match at {@code [aStart, aEnd)} goes after one at {@code [bStart, bEnd)}. */
        private static boolean after(int aStart, int aEnd, int bStart, int bEnd) {
            return aStart != bStart ? aStart > bStart : aEnd < bEnd;
        }

        /**
         * Adds a match in its place. The trie reports matches by end, so a match moves back only past the few of
         * its group that end no later and start after it, all within one word's length: linear in the matches.
         */
        private void add(Term term, int start, int end) {
            if (size == starts.length) {
                int grown = Math.max(8, size * 2);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                terms = Arrays.copyOf(terms, grown);
            }
            int i = size++;
            while (i > 0 && after(starts[i - 1], ends[i - 1], start, end)) {
                starts[i] = starts[i - 1];
                ends[i] = ends[i - 1];
                terms[i] = terms[i - 1];
                i--;
            }
            starts[i] = start;
            ends[i] = end;
            terms[i] = term;
        }

        /** Both groups' matches in order; at equal places those of {@code a} first. */
        private static Group merge(Group a, Group b) {
            Group both = new Group(a.size + b.size);
            int i = 0;
            int k = 0;
            while (i < a.size || k < b.size) {
                boolean fromA = k == b.size || i < a.size && !after(a.starts[i], a.ends[i], b.starts[k], b.ends[k]);
                Group from = fromA ? a : b;
                int at = fromA ? i++ : k++;
                both.starts[both.size] = from.starts[at];
                both.ends[both.size] = from.ends[at];
                both.terms[both.size] = from.terms[at];
                both.size++;
            }
            return both;
        }
    }

    /**
     * The matches of one text, by list and kind, each ordered by start (longer first at the same start). Found
     * in one pass and kept in order per group, so readers take the few groups they need without filtering.
     */
    static final class Matches {
        /** Group numbers by list, then kind: readers ask for constant names, so no key is built per lookup. */
        private final Map<String, Map<String, Integer>> groups;
        /** Per group; null for a group with no match (most of them, in most messages). */
        private final Group[] byGroup;

        private Matches(Map<String, Map<String, Integer>> groups, int count) {
            this.groups = groups;
            this.byGroup = new Group[count];
        }

        /** The matches of one list and kind ({@code of("contact-info", "deny")}); empty if none. */
        Group of(String list, String kind) {
            Integer g = groups.getOrDefault(list, Map.of()).get(kind);
            Group found = g == null ? null : byGroup[g];
            return found == null ? Group.NONE : found;
        }

        /** Every match, group by group (for tests). */
        List<Match> all() {
            List<Match> out = new ArrayList<>();
            for (Group group : byGroup) {
                for (int i = 0; group != null && i < group.size; i++) {
                    out.add(group.match(i));
                }
            }
            return out;
        }

        private void add(Term term, int start, int end) {
            Group group = byGroup[term.group()];
            if (group == null) {
                group = byGroup[term.group()] = new Group(4);
            }
            group.add(term, start, end);
        }

        /** Merges in the matches found by sound, each group in order; at equal places those found by character first. */
        private void merge(Matches heard) {
            for (int g = 0; g < byGroup.length; g++) {
                Group b = heard.byGroup[g];
                if (b != null) {
                    byGroup[g] = byGroup[g] == null ? b : Group.merge(byGroup[g], b);
                }
            }
        }
    }

    private final List<Term> terms;
    private final Map<String, Map<String, Integer>> groups;
    private final int groupCount;
    /** Every term to find, by its dense spelling: an array per keyword, read without a list's interface calls. */
    private final AhoCorasickDoubleArrayTrie<Term[]> trie = new AhoCorasickDoubleArrayTrie<>();
    /** Terms read by sound, by their sound; null when no term is. */
    private final AhoCorasickDoubleArrayTrie<Term[]> soundTrie;
    /** Where those terms can be heard in a text; null when no term is read by sound. */
    private final Sound.Anchors anchors;

    private Lexicon(List<Term> terms, Map<String, Integer> groups, Set<String> anchorSounds) {
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
        Map<String, Term[]> keywords = new LinkedHashMap<>();
        byDense.forEach((dense, same) -> keywords.put(dense, same.toArray(Term[]::new)));
        trie.build(keywords);
        // One term per group and tag for each sound: 加微信 and 加威信 sound alike and say the same.
        Map<String, Map<String, Term>> bySound = new LinkedHashMap<>();
        for (Term t : terms) {
            if (t.sound() != null && !DATA_KINDS.contains(t.kind()) && !t.kind().equals("allow")) {
                bySound.computeIfAbsent(t.sound(), k -> new LinkedHashMap<>()).putIfAbsent(t.group() + "/" + t.tag(), t);
            }
        }
        if (bySound.isEmpty()) {
            soundTrie = null;
            anchors = null;
        } else {
            Map<String, Term[]> sounds = new LinkedHashMap<>();
            bySound.forEach((sound, same) -> sounds.put(sound, same.values().toArray(Term[]::new)));
            soundTrie = new AhoCorasickDoubleArrayTrie<>();
            soundTrie.build(sounds);
            anchors = new Sound.Anchors(anchorSounds, sounds.keySet());
        }
    }

    /** Reads {@code aliases.words}, then each list, in order. */
    static Lexicon load(String... lists) {
        Map<String, Alias> aliases = new LinkedHashMap<>();
        List<Term> terms = new ArrayList<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        Set<String> anchorSounds = new LinkedHashSet<>();
        read("aliases", aliases, terms, groups, anchorSounds);
        for (String list : lists) {
            read(list, new LinkedHashMap<>(aliases), terms, groups, anchorSounds);
        }
        return new Lexicon(terms, groups, anchorSounds);
    }

    List<Term> terms() {
        return terms;
    }

    /**
     * Every term found in the text, by character or (for terms read by sound) by sound, overlaps included, by
     * list and kind. A term found by sound where its own characters stand is not reported twice.
     */
    Matches scan(NormalizedText text, Work work) {
        return scan(text, work, false);
    }

    /**
     * As {@link #scan(NormalizedText, Work)}; with {@code soundEverywhere} the whole text is sounded instead of
     * the spans where a term read by sound can be heard (for tests: both must find the same).
     */
    Matches scan(NormalizedText text, Work work, boolean soundEverywhere) {
        Matches found = new Matches(groups, groupCount);
        char[] chars = text.chars();
        trie.parseText(chars, (start, end, terms) -> {
            for (Term t : terms) {
                if (!(t.asciiStart() && asciiLetterBefore(text, start))) {
                    found.add(t, start, end);
                }
            }
            work.add(terms.length);
        });
        if (soundTrie != null) {
            Matches heard = new Matches(groups, groupCount);
            Sound.Reading sound = new Sound.Reading();
            Sound.SpanConsumer sounded = (from, to) -> {
                sound.read(chars, from, to, text, work);
                soundTrie.parseText(CharBuffer.wrap(sound.chars, 0, sound.length), (s, e, terms) -> {
                    int start = sound.start[s];
                    int end = sound.end[e - 1];
                    for (Term t : terms) {
                        if (!(t.asciiStart() && asciiLetterBefore(text, start)) && !spelled(chars, start, end, t.dense())) {
                            heard.add(t, start, end);
                        }
                    }
                    work.add(terms.length);
                });
            };
            if (soundEverywhere) {
                sounded.accept(0, text.length());
            } else {
                anchors.spans(chars, text.length(), work, sounded);
            }
            found.merge(heard);
        }
        work.add(text.length());
        return found;
    }

    private static boolean spelled(char[] chars, int start, int end, String dense) {
        if (end - start != dense.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (chars[i] != dense.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetterBefore(NormalizedText text, int start) {
        int before = text.sourceStart(start) - 1;
        return before >= 0 && NormalizedText.isAsciiLetter(Folding.syntax(text.original().charAt(before)));
    }

    /** An alias's words, and whether words that expand it are read by sound. */
    private record Alias(List<Word> words, boolean bySound) {}

    /** A word of a list after expansion, and whether it is read by sound. */
    private record Word(String text, boolean bySound) {}

    private static void read(String list, Map<String, Alias> aliases, List<Term> into,
                             Map<String, Integer> groups, Set<String> anchorSounds) {
        for (ChatData.Line line : ChatData.lines(list + ".words")) {
            Matcher m = LINE.matcher(line.text());
            if (!m.matches()) {
                throw line.error("expected \"kind[ tag]: word word …\"");
            }
            String kind = m.group(1);
            String tag = m.group(2);
            List<Word> words = new ArrayList<>();
            for (String w : m.group(3).strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.addAll(expand(new Word(w, false), aliases, line));
                }
            }
            if (words.isEmpty()) {
                throw line.error("no words");
            }
            if (kind.equals("alias") || kind.equals("sound-alias")) {
                if (tag == null) {
                    throw line.error("an alias needs a name");
                }
                aliases.put(tag, new Alias(words, kind.equals("sound-alias")));
                if (kind.equals("sound-alias")) {
                    words.forEach(w -> anchorSounds.add(Sound.of(Folding.dense(w.text()))));
                }
                continue;
            }
            for (Word w : words) {
                String dense = Folding.dense(w.text());
                if (dense.isEmpty()) {
                    throw line.error("\"" + w.text() + "\" has no letters");
                }
                int group = groups.computeIfAbsent(list + "/" + kind, k -> groups.size());
                String sound = w.bySound() ? Sound.of(dense) : null;
                // Sound.Anchors looks for terms read by sound only around their anchors (the sound-alias words).
                if (sound != null && anchorSounds.stream().noneMatch(sound::contains)) {
                    throw line.error("\"" + w.text() + "\" is read by sound but holds the sound of no sound-alias word");
                }
                into.add(new Term(list, kind, tag == null ? kind : tag, w.text(), dense,
                        NormalizedText.isAsciiLetter(dense.charAt(0)), group, sound));
            }
        }
    }

    /** {@code 加{微信}} → 加微信, 加薇信, …; several placeholders expand to every combination. */
    private static List<Word> expand(Word word, Map<String, Alias> aliases, ChatData.Line where) {
        Matcher m = PLACEHOLDER.matcher(word.text());
        if (!m.find()) {
            return List.of(word);
        }
        Alias alias = aliases.get(m.group(1));
        if (alias == null) {
            throw where.error("unknown alias {" + m.group(1) + "}");
        }
        List<Word> out = new ArrayList<>();
        for (Word v : alias.words()) {
            String text = word.text().substring(0, m.start()) + v.text() + word.text().substring(m.end());
            out.addAll(expand(new Word(text, word.bySound() || alias.bySound()), aliases, where));
        }
        return out;
    }
}
