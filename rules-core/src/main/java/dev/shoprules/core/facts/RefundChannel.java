package dev.shoprules.core.facts;

/**
 * Where the request was made: {@link #IN_TRADE} before or within the trade (交易中/交易成功前), {@link #AFTER_SALES}
 * after the trade succeeded (售后, 维权). Freight insurance covers only in-trade returns.
 */
public enum RefundChannel { IN_TRADE, AFTER_SALES }
