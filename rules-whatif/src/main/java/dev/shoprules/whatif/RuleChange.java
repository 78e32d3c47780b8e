package dev.shoprules.whatif;

/** A rule that fired under the baseline or the scenario, with its tallies. */
public record RuleChange(String ruleId, String title, Change<RuleTally> change) {}
