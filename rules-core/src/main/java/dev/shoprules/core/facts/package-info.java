/**
 * The facts of a case as the caller knows them ({@link dev.shoprules.core.facts.CaseFacts} and its orders,
 * shipments, promises, chats, complaints, refunds…): immutable records that check their arguments and name the bad
 * one. Unknown is not absent: a field the caller does not know is null (or {@code trackingKnown: false}), never a
 * value that would read as a fact that triggers a rule. Money is BigDecimal yuan, instants carry their offset.
 */
package dev.shoprules.core.facts;
