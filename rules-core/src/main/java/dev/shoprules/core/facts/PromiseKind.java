package dev.shoprules.core.facts;

public enum PromiseKind { CARRIER, FREE_SHIPPING, GIFT, SHIP_BY, INVOICE, NO_SURCHARGE, OTHER }
