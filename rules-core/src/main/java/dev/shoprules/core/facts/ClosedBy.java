package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

@API(status = STABLE, since = "0.1")
public enum ClosedBy { SELLER, BUYER, SYSTEM }
