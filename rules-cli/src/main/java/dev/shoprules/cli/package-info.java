/**
 * The {@code shoprules} command line (picocli): check, rules, whatif, generate, exam. An application, not a
 * library: it picks Logback, prints one clear line for each user mistake (never a stack trace), and is run by the
 * {@code ./shoprules} launcher from {@code rules-cli/target/lib}, one jar per artifact, never shaded.
 */
package dev.shoprules.cli;
