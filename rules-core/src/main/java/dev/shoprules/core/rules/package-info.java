/**
 * The facts and helpers the packs' DRL reads, written once for every pack: {@link
 * dev.shoprules.core.rules.RuleVersion} (the version of a rule in force, with its resolved figures, inserted as an
 * immutable fact), {@link dev.shoprules.core.rules.Evaluation}, and the domain facts rules infer and decide on
 * ({@link dev.shoprules.core.rules.ShipDeadline} → {@link dev.shoprules.core.rules.LateShipment}, {@link
 * dev.shoprules.core.rules.Handover}, {@link dev.shoprules.core.rules.OutOfStock}, the payout arithmetic {@link
 * dev.shoprules.core.rules.Payout}, timers, promise checks, points tallies). They change with the rules: marked
 * {@code INTERNAL}, for the packs' DRL. Rule metadata and the pack SPI are in {@code dev.shoprules.core.pack}.
 */
package dev.shoprules.core.rules;
