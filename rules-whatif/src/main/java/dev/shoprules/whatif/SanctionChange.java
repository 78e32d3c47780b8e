package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.shoprules.core.Platform;
import dev.shoprules.core.verdict.SanctionKind;
import dev.shoprules.core.verdict.Severity;
import org.apiguardian.api.API;

/**
 * A sanction a shop's points triggered in one natural year (Asia/Shanghai), and whether it is triggered under the
 * baseline, the scenario, or both.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SanctionChange(Platform platform, String shopId, int year, String ruleId, SanctionKind kind,
                             Severity severity, int threshold, boolean baseline, boolean scenario) {}
