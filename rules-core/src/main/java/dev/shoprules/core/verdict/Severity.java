package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** WARNING costs no platform points (e.g. advertising-law wording); GENERAL is 一般违规, SERIOUS 严重违规. */
@API(status = STABLE, since = "0.1")
public enum Severity { WARNING, GENERAL, SERIOUS }
