package dev.shoprules.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.CaseFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Scorecards add up: a shop's totals are the sum over its agents wherever a figure is additive (every answered
 * message, sale and assist belongs to exactly one agent), the sum over its days for every figure, and scoring a
 * file in two parts gives the counts of the whole.
 */
class ScorecardProperties {
    private static final String[] NAMED = {"xiaomei", "dagang", "amei"};
    private static final String[] SOME_UNNAMED = {"xiaomei", "dagang", "amei", null};

    /** A random file of shops with chats and orders: several agents, unnamed agents, auto-replies, any hour. */
    static List<CaseFacts> file(long seed, int cases) {
        return file(seed, cases, SOME_UNNAMED);
    }

    /** As {@link #file(long, int)}; {@code agents} may hold null: an AGENT message naming no agent. */
    static List<CaseFacts> file(long seed, int cases, String[] agents) {
        Random r = new Random(seed);
        List<CaseFacts> out = new ArrayList<>();
        for (int n = 0; n < cases; n++) {
            TestCase c = TestCase.of(r.nextBoolean() ? "tmall" : "pdd", "s-" + r.nextInt(3), "case-" + n)
                    .asOf("2026-11-04T12:00:00+08:00");
            for (int b = 0, buyers = 1 + r.nextInt(4); b < buyers; b++) {
                String account = "b-" + b;
                int day = 2 + r.nextInt(2);
                int t = r.nextInt(24 * 3600 - 2000);
                for (int k = 0, chats = 1 + r.nextInt(2); k < chats; k++) {
                    List<String> messages = new ArrayList<>();
                    for (int m = 0, count = r.nextInt(7); m < count; m++) {
                        t += r.nextInt(200);
                        int who = r.nextInt(5);
                        String agent = agents[r.nextInt(agents.length)];
                        messages.add((who < 2 ? "B" : who == 4 ? "R" : agent == null ? "A" : "A:" + agent) + " "
                                + at(day, t));
                    }
                    c.chat("c-" + b + "-" + k, account, messages.toArray(String[]::new));
                }
                for (int o = 0, orders = r.nextInt(3); o < orders; o++) {
                    String paid = r.nextInt(6) == 0 ? null : at(day, t - 300 + r.nextInt(3000));
                    c.order("o-" + b + "-" + o, account, paid, (1 + r.nextInt(500)) + "." + (10 + r.nextInt(90)),
                            1 + r.nextInt(3));
                    if (paid != null && r.nextInt(3) > 0) {
                        c.grouped(paid);
                    }
                }
            }
            out.add(c.facts());
        }
        return out;
    }

    private static String at(int day, int secondOfDay) {
        int s = Math.max(0, Math.min(secondOfDay, 86399));
        return String.format(java.util.Locale.ROOT, "2026-11-%02dT%02d:%02d:%02d+08:00", day, s / 3600, s / 60 % 60, s % 60);
    }

    private static Map<String, Counts> byShop(ScorecardReport r) {
        Map<String, Counts> m = new LinkedHashMap<>();
        r.groups().forEach(g -> m.merge(g.platform().code() + " " + g.shopId(), g.counts(), Counts::plus));
        return m;
    }

    /** The additive part of counts: what belongs to exactly one agent. */
    private static List<Object> additive(Counts c) {
        return List.of(c.answered(), c.responseMillis(), c.within30s(), c.within3min(), c.firstAnswered(),
                c.firstResponseMillis(), c.orders(), c.units(), c.sales(), c.assists(), c.refundedOrders());
    }

    @Property(tries = 40)
    void aShopsTotalsAreTheSumOverItsAgentsWhereAdditive(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int cases) {
        List<CaseFacts> file = file(seed, cases, NAMED);
        Map<String, Counts> shops = byShop(Scorecards.builder().by(GroupBy.SHOP).build().run(file));
        Map<String, Counts> agents = byShop(Scorecards.builder().by(GroupBy.AGENT).build().run(file));
        shops.forEach((shop, total) -> assertThat(additive(agents.getOrDefault(shop, Counts.ZERO)))
                .as(shop).isEqualTo(additive(total)));
        assertThat(shops.keySet()).containsAll(agents.keySet());
    }

    /**
     * A reply or a last message naming no agent belongs to no agent: the agents' sums never exceed the shop's, and
     * sales (counted for agents only, at every level) still add up exactly.
     */
    @Property(tries = 40)
    void unnamedAgentsMakeTheShopsRepliesAtLeastItsAgents(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int cases) {
        List<CaseFacts> file = file(seed, cases, SOME_UNNAMED);
        Map<String, Counts> shops = byShop(Scorecards.builder().by(GroupBy.SHOP).build().run(file));
        Map<String, Counts> agents = byShop(Scorecards.builder().by(GroupBy.AGENT).build().run(file));
        shops.forEach((shop, total) -> {
            Counts sum = agents.getOrDefault(shop, Counts.ZERO);
            assertThat(sum.answered()).as(shop).isLessThanOrEqualTo(total.answered());
            assertThat(sum.responseMillis()).as(shop).isLessThanOrEqualTo(total.responseMillis());
            assertThat(sum.firstAnswered()).as(shop).isLessThanOrEqualTo(total.firstAnswered());
            assertThat(List.of(sum.orders(), sum.units(), sum.sales(), sum.assists()))
                    .as(shop).isEqualTo(List.of(total.orders(), total.units(), total.sales(), total.assists()));
        });
    }

    @Property(tries = 40)
    void aShopsTotalsAreTheSumOverItsDays(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int cases) {
        List<CaseFacts> file = file(seed, cases);
        assertThat(byShop(Scorecards.builder().by(GroupBy.DAY).build().run(file)))
                .isEqualTo(byShop(Scorecards.builder().by(GroupBy.SHOP).build().run(file)));
    }

    @Property(tries = 40)
    void twoPartsOfAFileAddUpToTheWhole(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int cases,
                                        @ForAll @IntRange(min = 1, max = 11) int cut) {
        List<CaseFacts> file = file(seed, cases);
        int at = Math.min(cut, file.size() - 1);
        Scorecards s = Scorecards.builder().by(GroupBy.AGENT).build();
        Map<String, Counts> whole = new LinkedHashMap<>();
        s.run(file).groups().forEach(g -> whole.put(g.platform() + g.shopId() + g.key(), g.counts()));
        Map<String, Counts> parts = new LinkedHashMap<>();
        for (List<CaseFacts> part : List.of(file.subList(0, at), file.subList(at, file.size()))) {
            s.run(part).groups().forEach(g -> parts.merge(g.platform() + g.shopId() + g.key(), g.counts(), Counts::plus));
        }
        assertThat(parts).isEqualTo(whole);
    }
}
