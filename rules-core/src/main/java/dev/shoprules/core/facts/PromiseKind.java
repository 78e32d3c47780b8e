package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

@API(status = STABLE, since = "0.1")
public enum PromiseKind { CARRIER, FREE_SHIPPING, GIFT, SHIP_BY, INVOICE, NO_SURCHARGE, OTHER }
