/**
 * Rule metadata and the rule-pack SPI. A platform's pack implements {@link dev.shoprules.core.pack.RulePack}
 * (usually as a {@link dev.shoprules.core.pack.YamlRulePack}) and registers it in
 * {@code META-INF/services/dev.shoprules.core.pack.RulePack}, as SLF4J providers are found. Each rule is described
 * by the {@code <slug>.yaml} beside its DRL ({@code RuleFiles}): a
 * {@link dev.shoprules.core.pack.Rule} with effective-dated versions whose {@link dev.shoprules.core.pack.Figure}s
 * (typed by {@link dev.shoprules.core.pack.FigureType}) each carry a confidence and a citation.
 */
package dev.shoprules.core.pack;
