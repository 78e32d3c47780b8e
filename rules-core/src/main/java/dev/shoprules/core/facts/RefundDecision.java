package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The seller's answer to a refund request. */
@API(status = STABLE, since = "0.1")
public enum RefundDecision { AGREED, REFUSED }
