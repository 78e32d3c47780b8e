/**
 * JMH benchmarks of the engine against a hand-written Java baseline of the same rule
 * ({@code rules-bench/run}, {@code rules-bench/cold-start}); performance is measured here, never asserted in tests.
 */
package dev.shoprules.bench;
