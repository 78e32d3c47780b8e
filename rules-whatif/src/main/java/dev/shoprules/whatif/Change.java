package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** One figure under the baseline (pack defaults), under the scenario, and the difference scenario − baseline. */
@API(status = EXPERIMENTAL, since = "0.1")
public record Change<T>(T baseline, T scenario, T delta) {}
