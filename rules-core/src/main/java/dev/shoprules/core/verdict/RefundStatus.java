package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a refund request stands at {@code asOf}. {@link #SETTLED}: the money went back, or the request is closed
 * (the buyer did not send the return in time, the platform decided for the seller). {@link #OVERDUE}: the shop
 * missed one of its deadlines, so the platform acts for the buyer. {@link #OPEN}: neither.
 */
@API(status = STABLE, since = "0.1")
public enum RefundStatus { OPEN, OVERDUE, SETTLED }
