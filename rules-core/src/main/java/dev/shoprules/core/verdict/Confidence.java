package dev.shoprules.core.verdict;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How sure the project is of a figure. Declared from strongest to weakest, so the confidence of a decision
 * is the weakest of the figures it used ({@link #weakest}).
 */
@API(status = STABLE, since = "0.1")
public enum Confidence {
    /** A published platform rule with a date. */
    PUBLIC,
    /** Taught in the customer-service training and exam material the project is built from. */
    SEED,
    /** A default the user should confirm (and any value the user overrode). */
    ASSUMED;

    public static Confidence weakest(Confidence a, Confidence b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
