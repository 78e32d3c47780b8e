/**
 * The entry point of ShopRules as a library: {@link dev.shoprules.core.ShopRules} decides a case of any platform
 * whose pack is on the classpath ({@link dev.shoprules.core.Platform}), and {@link dev.shoprules.core.Times} holds
 * the calendar every rule counts in (Asia/Shanghai; the case's {@code asOf} is the only clock). rules-core decides
 * one case; what works over files (what-if, exams, scorecards, import) sits in modules above it.
 *
 * <p>API status: every public type carries {@code @API(status = …)} (apiguardian, as JUnit 5 marks its API):
 * {@code STABLE} for what applications use (facts, verdicts, {@code ShopRules}, {@code RuleBook}, the JSON codec),
 * {@code EXPERIMENTAL} for the rule-pack SPI and newer models, {@code INTERNAL} for the facts and helpers the packs'
 * DRL reads, which change with the rules.
 */
package dev.shoprules.core;
