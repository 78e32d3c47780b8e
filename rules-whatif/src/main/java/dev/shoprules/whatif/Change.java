package dev.shoprules.whatif;

/** One figure under the baseline (pack defaults), under the scenario, and the difference scenario − baseline. */
public record Change<T>(T baseline, T scenario, T delta) {}
