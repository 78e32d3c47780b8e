/**
 * What a case's verdict says ({@link dev.shoprules.core.verdict.Verdict}): violations with severity and points,
 * compensations owed or at risk, sanctions, refund assessments, metrics and advisories, each with its audit trail
 * (rule id, version, citation, {@link dev.shoprules.core.verdict.Confidence}) and the evidence it rests on, and
 * {@link dev.shoprules.core.verdict.Totals}. Money is yuan, HALF_UP to 2 decimals ({@link
 * dev.shoprules.core.verdict.Money}).
 */
package dev.shoprules.core.verdict;
