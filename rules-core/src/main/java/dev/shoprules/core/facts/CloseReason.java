package dev.shoprules.core.facts;

public enum CloseReason { OUT_OF_STOCK, REFUSED, PRICE_INCREASE, BUYER_REQUEST, UNPAID_TIMEOUT, OTHER }
