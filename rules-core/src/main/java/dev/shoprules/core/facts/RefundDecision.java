package dev.shoprules.core.facts;

/** The seller's answer to a refund request. */
public enum RefundDecision { AGREED, REFUSED }
