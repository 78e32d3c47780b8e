/**
 * The Pinduoduo (拼多多) rule pack: its {@code RulePack} (found with {@link java.util.ServiceLoader}) and what only
 * Pinduoduo decides, beside the DRL, rule files and golden cases under {@code dev/shoprules/pdd/rules}. Rules the packs
 * share are stamped in from rules-core at build time.
 */
package dev.shoprules.pdd;
