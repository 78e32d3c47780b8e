package dev.shoprules.core.facts;

/** Money asked of the buyer after checkout. {@link #SUPPLEMENT} is one the buyer chose (补差价) and counts toward the invoice. */
public enum ChargeKind { SHIPPING_SURCHARGE, CREDIT_CARD_FEE, INVOICE_POSTAGE, INVOICE_TAX, PRICE_INCREASE, SUPPLEMENT, OTHER }
