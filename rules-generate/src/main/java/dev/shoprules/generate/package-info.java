/**
 * Synthetic, realistic cases, deterministic per seed ({@link dev.shoprules.generate.CaseGenerator}), for
 * {@code shoprules generate}, benchmarks and tests; never a source of rule figures.
 */
package dev.shoprules.generate;
