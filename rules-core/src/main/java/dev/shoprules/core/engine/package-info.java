/**
 * The engine over Drools: {@link dev.shoprules.core.engine.RuleBook} is one platform's pack with its parameters,
 * thread-safe, deciding a case in a stateless session from the KieBase compiled at build time (executable model).
 * Packs are found with {@link java.util.ServiceLoader} and verified at load (a KieBase with rules, a rule file for
 * every DRL rule and DRL for every rule file), failing with {@link dev.shoprules.core.engine.PackLoadException};
 * the verdict is then sorted, masked and totalled so firing order never shows.
 */
package dev.shoprules.core.engine;
