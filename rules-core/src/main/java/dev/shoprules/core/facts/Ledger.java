package dev.shoprules.core.facts;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Points the shop had already lost in {@code year} before this case; the base for sanctions. */
@API(status = STABLE, since = "0.1")
public record Ledger(int year, int generalPoints, int seriousPoints) {
    /** The years a ledger can be for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2200;

    public Ledger {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year: not a plausible year: " + year);
        }
        if (generalPoints < 0) {
            throw new IllegalArgumentException("generalPoints: must not be negative");
        }
        if (seriousPoints < 0) {
            throw new IllegalArgumentException("seriousPoints: must not be negative");
        }
    }
}
