package dev.shoprules.whatif;

import dev.shoprules.core.verdict.Money;
import dev.shoprules.whatif.SideTally.SanctionKey;
import dev.shoprules.whatif.SideTally.ShopKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the merged sums of both sides into a {@link WhatIfReport}: rules by id, shops by platform and id,
 * sanctions by shop, year, rule and node, so the report does not depend on the order the cases were summed in.
 */
final class ReportAssembler {
    private static final Comparator<ShopKey> BY_SHOP =
            Comparator.comparing(ShopKey::platform).thenComparing(ShopKey::shopId);
    private static final Comparator<SanctionKey> BY_SANCTION = Comparator.comparing(SanctionKey::shop, BY_SHOP)
            .thenComparingInt(SanctionKey::year).thenComparing(SanctionKey::ruleId)
            .thenComparing(SanctionKey::severity).thenComparingInt(SanctionKey::threshold)
            .thenComparing(SanctionKey::kind);

    private final Map<String, String> titles;
    private final Map<String, Object> parameters;
    private final List<String> shifts;

    /** @param titles rule id → title */
    ReportAssembler(Map<String, String> titles, Map<String, ?> parameters, FactShifts shifts) {
        this.titles = Map.copyOf(titles);
        this.parameters = new LinkedHashMap<>(parameters);
        this.shifts = shifts.shifts().stream().map(FactShift::toString).toList();
    }

    WhatIfReport assemble(SideTally base, SideTally scen, long cases, long invalid, ChangedCases changed) {
        Tally b = base.tally();
        Tally s = scen.tally();
        List<RuleChange> rules = new ArrayList<>();
        for (String id : new TreeSet<>(union(base.rules.keySet(), scen.rules.keySet()))) {
            RuleTally rb = tallyOf(base.rules.get(id));
            RuleTally rs = tallyOf(scen.rules.get(id));
            rules.add(new RuleChange(id, titles.get(id), new Change<>(rb, rs, rs.minus(rb))));
        }
        List<ShopChange> shops = new ArrayList<>();
        TreeSet<ShopKey> shopKeys = new TreeSet<>(BY_SHOP);
        shopKeys.addAll(base.shops.keySet());
        shopKeys.addAll(scen.shops.keySet());
        for (ShopKey k : shopKeys) {
            ShopPoints pb = pointsOf(base.shops.get(k));
            ShopPoints ps = pointsOf(scen.shops.get(k));
            shops.add(new ShopChange(k.platform(), k.shopId(), new Change<>(pb, ps, ps.minus(pb))));
        }
        TreeSet<SanctionKey> sanctionKeys = new TreeSet<>(BY_SANCTION);
        sanctionKeys.addAll(base.sanctions);
        sanctionKeys.addAll(scen.sanctions);
        List<SanctionChange> sanctions = sanctionKeys.stream().map(k -> new SanctionChange(k.shop().platform(),
                k.shop().shopId(), k.year(), k.ruleId(), k.kind(), k.severity(), k.threshold(),
                base.sanctions.contains(k), scen.sanctions.contains(k))).toList();
        return new WhatIfReport(parameters, shifts, cases, invalid, new Change<>(b, s, s.minus(b)), rules, shops,
                sanctions, changed.count(), changed.first());
    }

    private static RuleTally tallyOf(SideTally.RuleSums sums) {
        return sums == null ? new RuleTally(0, Money.ZERO, Money.ZERO) : sums.tally();
    }

    private static ShopPoints pointsOf(long[] points) {
        return points == null ? new ShopPoints(0, 0) : new ShopPoints(points[0], points[1]);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
