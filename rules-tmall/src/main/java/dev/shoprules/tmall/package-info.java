/**
 * The Tmall (天猫) rule pack: its {@code RulePack} (found with {@link java.util.ServiceLoader}) and what only
 * Tmall decides, beside the DRL, rule files and golden cases under {@code dev/shoprules/tmall/rules}. Rules the packs
 * share are stamped in from rules-core at build time.
 */
package dev.shoprules.tmall;
