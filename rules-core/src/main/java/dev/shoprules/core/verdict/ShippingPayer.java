package dev.shoprules.core.verdict;

/** Who bears the postage of a return parcel. The carrier's share is claimed by the seller, never by the buyer. */
public enum ShippingPayer { BUYER, SELLER, CARRIER, INSURER }
