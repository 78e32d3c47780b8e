package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

@API(status = STABLE, since = "0.1")
public enum CloseReason { OUT_OF_STOCK, REFUSED, PRICE_INCREASE, BUYER_REQUEST, UNPAID_TIMEOUT, OTHER }
