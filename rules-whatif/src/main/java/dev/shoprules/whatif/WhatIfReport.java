package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The outcome of a what-if analysis over a case file: the scenario, totals for baseline, scenario and delta,
 * tallies per rule, points per shop, sanctions triggered per shop and year, and the cases whose verdict changed
 * ({@code changedCases} of them; {@code firstChanged} lists the first in input order). Money is yuan with 2 decimals.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WhatIfReport(
        Map<String, Object> parameters,
        List<String> shifts,
        long cases,
        long invalidCases,
        Change<Tally> totals,
        List<RuleChange> rules,
        List<ShopChange> shops,
        List<SanctionChange> sanctions,
        long changedCases,
        List<ChangedCase> firstChanged) {

    public WhatIfReport {
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        shifts = List.copyOf(shifts);
        rules = List.copyOf(rules);
        shops = List.copyOf(shops);
        sanctions = List.copyOf(sanctions);
        firstChanged = List.copyOf(firstChanged);
    }
}
