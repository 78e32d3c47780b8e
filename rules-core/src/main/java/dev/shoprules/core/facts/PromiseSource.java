package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a promise was made. A promise in an auto-reply binds the shop exactly like one typed by a person. */
@API(status = STABLE, since = "0.1")
public enum PromiseSource { LISTING, CHAT, AUTO_REPLY }
