package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where the request was made: {@link #IN_TRADE} before or within the trade (交易中/交易成功前), {@link #AFTER_SALES}
 * after the trade succeeded (售后, 维权). Freight insurance covers only in-trade returns.
 */
@API(status = STABLE, since = "0.1")
public enum RefundChannel { IN_TRADE, AFTER_SALES }
