package dev.shoprules.core.facts;

/** Points the shop had already lost in {@code year} before this case; the base for sanctions. */
public record Ledger(int year, int generalPoints, int seriousPoints) {
    public Ledger {
        if (year < 2000 || year > 2200) {
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
