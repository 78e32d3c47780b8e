/**
 * The after-sales model (售后) every pack decides with: one implementation of what a buyer is entitled to get back
 * ({@link dev.shoprules.core.aftersales.RefundEntitlement}), who pays the return postage
 * ({@link dev.shoprules.core.aftersales.ReturnShippingPayer}), the 7-day no-reason return
 * ({@link dev.shoprules.core.aftersales.NoReasonReturnWindow}), and the deadlines of a request with what happens
 * when each is missed ({@link dev.shoprules.core.aftersales.RefundDeadline}), put together per request by
 * {@link dev.shoprules.core.aftersales.RefundProgress}. The packs' shared after-sales rules only give the figures
 * ({@link dev.shoprules.core.aftersales.AfterSalesFigures}) and turn the progress into violations, refunds owed,
 * advisories and the verdict's refund assessments. Nothing here reads a clock: {@code asOf} is passed in.
 */
package dev.shoprules.core.aftersales;
