package dev.shoprules.core.chat;

import dev.shoprules.core.facts.PromiseKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Reads promises from one agent or auto-reply message ({@code promises.words}): 给您发顺丰 → CARRIER SF,
 * 包邮 → FREE_SHIPPING, 送您一个小风扇 → GIFT 小风扇, 24小时内发货 / 今天发货 → SHIP_BY, 可以开发票 → INVOICE,
 * 不收额外费用 → NO_SURCHARGE. Nothing is read from a negated clause, a question or a conditional clause.
 */
final class PromiseReader {
    static final String LIST = "promises";
    /** Promises that carry no value: said once in a message is promised. */
    private static final List<Map.Entry<String, PromiseKind>> PLAIN = List.of(
            Map.entry("free-shipping", PromiseKind.FREE_SHIPPING), Map.entry("invoice", PromiseKind.INVOICE),
            Map.entry("no-surcharge", PromiseKind.NO_SURCHARGE));
    /** Characters allowed between a carrier and the word that commits to it (给您发|顺丰, 顺丰|发货). */
    static final int COMMIT_GAP = 3;
    /** Characters allowed between a day or duration and the shipping verb (今天下午就给您|发出). */
    static final int SHIP_GAP = 6;
    /** The kinds of a duration before a shipping verb (24小时内发货, 3天内发出), read in this order. */
    private static final List<String> DURATION_UNITS = List.of("hours", "days");
    /** Characters of a gift's description kept after 送您. */
    static final int GIFT_LENGTH = 20;

    /** Words between 送 and the gift itself, stripped in this order: 送|您|一个|小风扇. */
    private static final List<String> LEADS = List.of("给您", "您", "你", "一个", "1个", "一份", "1份", "一件", "1件",
            "一只", "1只", "一套", "1套", "一些", "个", "份", "件", "只", "套", "些");
    private static final String PARTICLES = "哦哈呢的了呀啊吧喔噢嘛～~!！。.，,";

    List<PromiseMention> read(NormalizedText text, Lexicon.Matches matches, Negation negation) {
        BitSet conditional = conditionalClauses(text, matches);
        List<PromiseMention> out = new ArrayList<>();
        carriers(text, matches, negation, conditional, out);
        for (Map.Entry<String, PromiseKind> kind : PLAIN) {
            Lexicon.Group said = matches.of(LIST, kind.getKey());
            for (int i = 0; i < said.size(); i++) {
                if (usable(text, said.start(i), said.end(i), negation, conditional)) {
                    out.add(mention(text, kind.getValue(), null, said.start(i), said.end(i)));
                    break; // said once is promised
                }
            }
        }
        gifts(text, matches.of(LIST, "gift"), negation, conditional, out);
        shipBy(text, matches, negation, conditional, out);
        return out;
    }

    /** 送您一个小风扇: one gift per run of overlapping gift words, described after the longest (还送|送您|一个…). */
    private static void gifts(NormalizedText text, Lexicon.Group gifts, Negation negation, BitSet conditional,
                              List<PromiseMention> out) {
        int last = -1;
        for (int i = 0; i < gifts.size(); i++) {
            if (last >= 0 && gifts.overlap(last, i) || !usable(text, gifts.start(i), gifts.end(i), negation, conditional)) {
                continue;
            }
            last = i;
            int end = gifts.end(i);
            for (int j = i + 1; j < gifts.size() && gifts.start(j) < end; j++) {
                end = Math.max(end, gifts.end(j));
            }
            out.add(mention(text, PromiseKind.GIFT, gift(text, end), gifts.start(i), end));
        }
    }

    private static PromiseMention mention(NormalizedText text, PromiseKind kind, String value, int start, int end) {
        return new PromiseMention(kind, value, null, null, ChatScanner.quote(text, start, end),
                text.sourceStart(start), text.sourceEnd(end - 1));
    }

    private static boolean usable(NormalizedText text, int start, int end, Negation negation, BitSet conditional) {
        return !text.inQuestion(start) && !conditional.get(text.clauseOf(start)) && !negation.negates(start, end);
    }

    /** Clauses holding a condition word (如果, 的话, 需要补…) that is not part of a neutral word (满意). */
    private static BitSet conditionalClauses(NormalizedText text, Lexicon.Matches matches) {
        BitSet neutral = new BitSet();
        Lexicon.Group neutrals = matches.of(LIST, "neutral");
        for (int i = 0; i < neutrals.size(); i++) {
            neutral.set(neutrals.start(i), neutrals.end(i));
        }
        BitSet clauses = new BitSet();
        Lexicon.Group conditions = matches.of(LIST, "condition");
        for (int i = 0; i < conditions.size(); i++) {
            if (!neutral.get(conditions.start(i))) {
                clauses.set(text.clauseOf(conditions.start(i)));
            }
        }
        return clauses;
    }

    /**
     * A carrier named next to a committing word (发, 安排, 走, 默认…) is promised; a clause naming two carriers
     * (顺丰或者中通都可以发) promises neither.
     */
    private static void carriers(NormalizedText text, Lexicon.Matches matches, Negation negation, BitSet conditional,
                                 List<PromiseMention> out) {
        Lexicon.Group commits = matches.of(LIST, "commit");
        Lexicon.Group carriers = matches.of(LIST, "carrier");
        // Carriers come in text order, so a clause's carriers are consecutive: judged when the next clause starts.
        int kept = -1;
        int clause = -1;
        String tag = null;
        boolean several = false;
        int promised = -1;
        for (int i = 0; i < carriers.size(); i++) {
            if (kept >= 0 && carriers.covers(kept, i)) {
                continue;
            }
            kept = i;
            int start = carriers.start(i);
            if (!usable(text, start, carriers.end(i), negation, conditional)) {
                continue;
            }
            int c = text.clauseOf(start);
            if (c != clause) {
                carrier(text, several, carriers, promised, out);
                clause = c;
                tag = carriers.term(i).tag();
                several = false;
                promised = -1;
            }
            several |= !carriers.term(i).tag().equals(tag);
            if (promised < 0 && committed(text, start, carriers.end(i), commits)) {
                promised = i;
            }
        }
        carrier(text, several, carriers, promised, out);
    }

    /** The carrier a clause promises: the first committed one, unless the clause names two carriers. */
    private static void carrier(NormalizedText text, boolean several, Lexicon.Group carriers, int promised,
                                List<PromiseMention> out) {
        if (!several && promised >= 0) {
            out.add(mention(text, PromiseKind.CARRIER, carriers.term(promised).tag(), carriers.start(promised),
                    carriers.end(promised)));
        }
    }

    /** Whether a committing word stands next to the carrier at {@code [start, end)}, in its clause. */
    private static boolean committed(NormalizedText text, int start, int end, Lexicon.Group commits) {
        int clause = text.clauseOf(start);
        for (int i = commits.firstStartingAt(Math.max(0, start - COMMIT_GAP - 8));
             i < commits.size() && commits.start(i) <= end + COMMIT_GAP; i++) {
            boolean before = commits.end(i) <= start && start - commits.end(i) <= COMMIT_GAP;
            boolean after = commits.start(i) >= end && commits.start(i) - end <= COMMIT_GAP;
            if ((before || after) && text.clauseOf(commits.start(i)) == clause) {
                return true;
            }
        }
        return false;
    }

    /** 送您一个小风扇哦 → 小风扇; a bare 赠品 names no gift (null: any gift keeps the promise). */
    private static String gift(NormalizedText text, int from) {
        int clause = text.clauseOf(from - 1);
        int end = from;
        while (end < text.length() && end - from < GIFT_LENGTH && text.clauseOf(end) == clause) {
            end++;
        }
        if (end == from) {
            return null;
        }
        // The description is [b, e) of the original span, narrowed in place: one string is built, at the end.
        String span = text.originalSpan(from, end);
        int e = stripEnd(span, 0, span.length());
        int b = stripStart(span, 0, e);
        for (String lead : LEADS) {
            if (b + lead.length() <= e && span.startsWith(lead, b)) {
                b = stripStart(span, b + lead.length(), e);
            }
        }
        while (e > b && PARTICLES.indexOf(span.charAt(e - 1)) >= 0) {
            e--;
        }
        e = stripEnd(span, b, e);
        return b == e ? null : span.substring(b, e);
    }

    /** Where {@code s[from, to)} starts once leading white space is dropped (as {@link String#strip}). */
    private static int stripStart(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where {@code s[from, to)} ends once trailing white space is dropped (as {@link String#strip}). */
    private static int stripEnd(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** 今天/明天/后天 … 发货, or N 小时/天 内 … 发货. */
    private static void shipBy(NormalizedText text, Lexicon.Matches matches, Negation negation, BitSet conditional,
                               List<PromiseMention> out) {
        Lexicon.Group ships = matches.of(LIST, "ship");
        Lexicon.Group days = matches.of(LIST, "day");
        int lastDay = -1;
        for (int i = 0; i < days.size(); i++) {
            if (lastDay >= 0 && days.covers(lastDay, i)) {
                continue; // 今天下午 also holds 今天
            }
            lastDay = i;
            int start = days.start(i);
            int end = shipVerbAfter(text, days.end(i), start, ships);
            if (end > 0 && usable(text, start, end, negation, conditional)) {
                out.add(new PromiseMention(PromiseKind.SHIP_BY, null, Integer.parseInt(days.term(i).tag()), null,
                        ChatScanner.quote(text, start, end), text.sourceStart(start), text.sourceEnd(end - 1)));
            }
        }
        for (String unit : DURATION_UNITS) {
            Lexicon.Group durations = matches.of(LIST, unit);
            for (int i = 0; i < durations.size(); i++) {
                int unitStart = durations.start(i);
                int numberStart = unitStart;
                while (numberStart > 0 && unitStart - numberStart < 6 && isNumeral(text.charAt(numberStart - 1))
                        && text.clauseOf(numberStart - 1) == text.clauseOf(unitStart)) {
                    numberStart--;
                }
                if (numberStart == unitStart) {
                    continue;
                }
                int amount = parseNumber(text.dense().subSequence(numberStart, unitStart));
                int end = shipVerbAfter(text, durations.end(i), unitStart, ships);
                if (amount > 0 && end > 0 && usable(text, numberStart, end, negation, conditional)) {
                    Duration within = unit.equals("hours") ? Duration.ofHours(amount) : Duration.ofDays(amount);
                    out.add(new PromiseMention(PromiseKind.SHIP_BY, null, null, within,
                            ChatScanner.quote(text, numberStart, end), text.sourceStart(numberStart),
                            text.sourceEnd(end - 1)));
                }
            }
        }
    }

    /** The end of a shipping verb starting within {@value #SHIP_GAP} characters after {@code from}, else -1. */
    private static int shipVerbAfter(NormalizedText text, int from, int clauseOf, Lexicon.Group ships) {
        for (int i = ships.firstStartingAt(from); i < ships.size() && ships.start(i) <= from + SHIP_GAP; i++) {
            if (text.clauseOf(ships.start(i)) == text.clauseOf(clauseOf)) {
                return ships.end(i);
            }
        }
        return -1;
    }

    private static boolean isNumeral(char c) {
        return NormalizedText.isDigit(c) || c == '十' || c == '百' || c == '两';
    }

    /** 24, 2十4 (二十四 after folding), 十2, 4十8, 两, 1百 → 24, 24, 12, 48, 2, 100. */
    static int parseNumber(CharSequence s) {
        int value = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (NormalizedText.isDigit(c)) {
                current = current * 10 + (c - '0');
            } else if (c == '两') {
                current = 2;
            } else if (c == '十' || c == '百') {
                value += (current == 0 ? 1 : current) * (c == '十' ? 10 : 100);
                current = 0;
            }
            if (value + current > 10_000) {
                return 0;
            }
        }
        return value + current;
    }
}
