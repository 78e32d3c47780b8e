package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A rule that fired under the baseline or the scenario, with its tallies. */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleChange(String ruleId, String title, Change<RuleTally> change) {}
