package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

@API(status = STABLE, since = "0.1")
public enum SanctionKind { FINE, RESTRICTION, ACCOUNT_SEALED }
