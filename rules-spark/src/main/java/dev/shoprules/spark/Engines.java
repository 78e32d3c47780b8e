package dev.shoprules.spark;

import dev.shoprules.core.ShopRules;
import dev.shoprules.whatif.WhatIf;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The engines of this JVM (an executor, or the driver in local mode), built lazily on first use and then shared
 * by every task: a KieBase is not serialisable and costs about a second to build, so it is never shipped and
 * never built per record or per task. Keyed by what configures them, so one job may use several scenarios.
 */
final class Engines {
    private static final ConcurrentMap<Map<String, Object>, ShopRules> RULES = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Scenario, WhatIf> WHAT_IFS = new ConcurrentHashMap<>();

    private Engines() {}

    /** Every pack on the classpath with these overrides. */
    static ShopRules rules(Map<String, Object> overrides) {
        return RULES.computeIfAbsent(overrides, o -> ShopRules.builder().parameters(o).build());
    }

    static WhatIf whatIf(Scenario scenario) {
        return WHAT_IFS.computeIfAbsent(scenario, Scenario::whatIf);
    }
}
