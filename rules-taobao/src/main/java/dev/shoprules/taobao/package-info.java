/**
 * The Taobao (淘宝) rule pack: its {@code RulePack} (found with {@link java.util.ServiceLoader}) and what only
 * Taobao decides, beside the DRL, rule files and golden cases under {@code dev/shoprules/taobao/rules}. Rules the packs
 * share are stamped in from rules-core at build time.
 */
package dev.shoprules.taobao;
