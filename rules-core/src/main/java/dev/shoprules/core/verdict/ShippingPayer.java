package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who bears the postage of a return parcel. The carrier's share is claimed by the seller, never by the buyer. */
@API(status = STABLE, since = "0.1")
public enum ShippingPayer { BUYER, SELLER, CARRIER, INSURER }
