package dev.shoprules.core.chat;

import dev.shoprules.core.chat.Lexicon.Match;
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
            for (Match m : matches.of(LIST, kind.getKey())) {
                if (usable(text, m.start(), m.end(), negation, conditional)) {
                    out.add(mention(text, kind.getValue(), null, m.start(), m.end()));
                    break; // said once is promised
                }
            }
        }
        gifts(text, matches.of(LIST, "gift"), negation, conditional, out);
        shipBy(text, matches, negation, conditional, out);
        return out;
    }

    /** 送您一个小风扇: one gift per run of overlapping gift words, described after the longest (还送|送您|一个…). */
    private static void gifts(NormalizedText text, List<Match> gifts, Negation negation, BitSet conditional,
                              List<PromiseMention> out) {
        Match last = null;
        for (int i = 0; i < gifts.size(); i++) {
            Match m = gifts.get(i);
            if (last != null && last.overlaps(m) || !usable(text, m.start(), m.end(), negation, conditional)) {
                continue;
            }
            last = m;
            int end = m.end();
            for (int j = i + 1; j < gifts.size() && gifts.get(j).start() < end; j++) {
                end = Math.max(end, gifts.get(j).end());
            }
            out.add(mention(text, PromiseKind.GIFT, gift(text, end), m.start(), end));
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
        for (Match m : matches.of(LIST, "neutral")) {
            neutral.set(m.start(), m.end());
        }
        BitSet clauses = new BitSet();
        for (Match m : matches.of(LIST, "condition")) {
            if (!neutral.get(m.start())) {
                clauses.set(text.clauseOf(m.start()));
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
        List<Match> commits = matches.of(LIST, "commit");
        // Carriers come in text order, so a clause's carriers are consecutive: judged when the next clause starts.
        Match kept = null;
        int clause = -1;
        String tag = null;
        boolean several = false;
        Match promised = null;
        for (Match m : matches.of(LIST, "carrier")) {
            if (kept != null && kept.covers(m)) {
                continue;
            }
            kept = m;
            if (!usable(text, m.start(), m.end(), negation, conditional)) {
                continue;
            }
            int c = text.clauseOf(m.start());
            if (c != clause) {
                carrier(text, several, promised, out);
                clause = c;
                tag = m.term().tag();
                several = false;
                promised = null;
            }
            several |= !m.term().tag().equals(tag);
            if (promised == null && committed(text, m, commits)) {
                promised = m;
            }
        }
        carrier(text, several, promised, out);
    }

    /** The carrier a clause promises: the first committed one, unless the clause names two carriers. */
    private static void carrier(NormalizedText text, boolean several, Match promised, List<PromiseMention> out) {
        if (!several && promised != null) {
            out.add(mention(text, PromiseKind.CARRIER, promised.term().tag(), promised.start(), promised.end()));
        }
    }

    private static boolean committed(NormalizedText text, Match carrier, List<Match> commits) {
        int clause = text.clauseOf(carrier.start());
        int from = Math.max(0, carrier.start() - COMMIT_GAP - 8);
        for (int i = Lexicon.firstStartingAt(commits, from);
             i < commits.size() && commits.get(i).start() <= carrier.end() + COMMIT_GAP; i++) {
            Match c = commits.get(i);
            boolean before = c.end() <= carrier.start() && carrier.start() - c.end() <= COMMIT_GAP;
            boolean after = c.start() >= carrier.end() && c.start() - carrier.end() <= COMMIT_GAP;
            if ((before || after) && text.clauseOf(c.start()) == clause) {
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
        String after = end > from ? text.originalSpan(from, end).strip() : "";
        for (String lead : LEADS) {
            if (after.startsWith(lead)) {
                after = after.substring(lead.length()).strip();
            }
        }
        int cut = after.length();
        while (cut > 0 && PARTICLES.indexOf(after.charAt(cut - 1)) >= 0) {
            cut--;
        }
        after = after.substring(0, cut).strip();
        return after.isEmpty() ? null : after;
    }

    /** 今天/明天/后天 … 发货, or N 小时/天 内 … 发货. */
    private static void shipBy(NormalizedText text, Lexicon.Matches matches, Negation negation, BitSet conditional,
                               List<PromiseMention> out) {
        List<Match> ships = matches.of(LIST, "ship");
        Match lastDay = null;
        List<Match> dayOrDuration = new ArrayList<>(matches.of(LIST, "day"));
        dayOrDuration.addAll(matches.of(LIST, "hours"));
        dayOrDuration.addAll(matches.of(LIST, "days"));
        for (Match m : dayOrDuration) {
            String kind = m.term().kind();
            if (kind.equals("day")) {
                if (lastDay != null && lastDay.covers(m)) {
                    continue; // 今天下午 also holds 今天
                }
                lastDay = m;
                int end = shipVerbAfter(text, m.end(), m.start(), ships);
                if (end > 0 && usable(text, m.start(), end, negation, conditional)) {
                    out.add(new PromiseMention(PromiseKind.SHIP_BY, null, Integer.parseInt(m.term().tag()), null,
                            ChatScanner.quote(text, m.start(), end), text.sourceStart(m.start()),
                            text.sourceEnd(end - 1)));
                }
            } else if (kind.equals("hours") || kind.equals("days")) {
                int numberStart = m.start();
                while (numberStart > 0 && m.start() - numberStart < 6 && isNumeral(text.charAt(numberStart - 1))
                        && text.clauseOf(numberStart - 1) == text.clauseOf(m.start())) {
                    numberStart--;
                }
                if (numberStart == m.start()) {
                    continue;
                }
                int amount = parseNumber(text.dense().subSequence(numberStart, m.start()));
                int end = shipVerbAfter(text, m.end(), m.start(), ships);
                if (amount > 0 && end > 0 && usable(text, numberStart, end, negation, conditional)) {
                    Duration within = kind.equals("hours") ? Duration.ofHours(amount) : Duration.ofDays(amount);
                    out.add(new PromiseMention(PromiseKind.SHIP_BY, null, null, within,
                            ChatScanner.quote(text, numberStart, end), text.sourceStart(numberStart),
                            text.sourceEnd(end - 1)));
                }
            }
        }
    }

    /** The end of a shipping verb starting within {@value #SHIP_GAP} characters after {@code from}, else -1. */
    private static int shipVerbAfter(NormalizedText text, int from, int clauseOf, List<Match> ships) {
        for (int i = Lexicon.firstStartingAt(ships, from);
             i < ships.size() && ships.get(i).start() <= from + SHIP_GAP; i++) {
            if (text.clauseOf(ships.get(i).start()) == text.clauseOf(clauseOf)) {
                return ships.get(i).end();
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
