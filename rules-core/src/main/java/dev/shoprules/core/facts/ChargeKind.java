package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Money asked of the buyer after checkout. {@link #SUPPLEMENT} is one the buyer chose (补差价) and counts toward the invoice. */
@API(status = STABLE, since = "0.1")
public enum ChargeKind { SHIPPING_SURCHARGE, CREDIT_CARD_FEE, INVOICE_POSTAGE, INVOICE_TAX, PRICE_INCREASE, SUPPLEMENT, OTHER }
