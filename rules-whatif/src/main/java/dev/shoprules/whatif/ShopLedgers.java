package dev.shoprules.whatif;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Ledger;
import dev.shoprules.core.verdict.Totals;
import dev.shoprules.whatif.SideTally.ShopKey;
import java.util.HashMap;
import java.util.Map;

/**
 * The points each shop has lost so far in each natural year, carried from case to case of one side: a shop's
 * first case in a year starts from its own {@code ledger} (if that is for the year, else from zero), every later
 * case of the shop in that year is decided with the points of the cases before it added. So the packs' points
 * rules see the sanctions a file's cases trigger together. Not thread-safe.
 */
final class ShopLedgers {
    private record ShopYear(ShopKey shop, int year) {}

    /** general, serious points per shop and year. */
    private final Map<ShopYear, long[]> points = new HashMap<>();

    /**
     * The case with the ledger its shop carries into it.
     *
     * @throws IllegalStateException (the callers name the case) if the carried points do not fit a {@link Ledger}
     *         (more than {@link Integer#MAX_VALUE}, or points to carry in a year a ledger cannot hold): the case
     *         would be decided without the points before it, so its sanctions would be wrong
     */
    CaseFacts carried(CaseFacts c, ShopKey shop, int year) {
        long[] p = points.computeIfAbsent(new ShopYear(shop, year), k -> opening(c.ledger(), year));
        Ledger ledger = ledger(shop, year, p);
        if (ledger == null || ledger.equals(c.ledger())) {
            return c;
        }
        return new CaseFacts(c.caseId(), c.platform(), c.asOf(), c.shop(), ledger, c.orders(), c.promises(),
                c.shipments(), c.invoices(), c.chats(), c.complaints(), c.refunds());
    }

    /** Adds the points a case's verdict took; call after {@link #carried} for the same shop and year. */
    void add(ShopKey shop, int year, Totals totals) {
        long[] p = points.get(new ShopYear(shop, year));
        p[0] += totals.generalPoints();
        p[1] += totals.seriousPoints();
    }

    /** The points a shop starts a year with: its ledger's, if the ledger is for that year. */
    private static long[] opening(Ledger ledger, int year) {
        return ledger != null && ledger.year() == year
                ? new long[] {ledger.generalPoints(), ledger.seriousPoints()} : new long[2];
    }

    /** The ledger for the carried points, or null for a year no ledger holds when there is nothing to carry. */
    private static Ledger ledger(ShopKey shop, int year, long[] p) {
        if (p[0] > Integer.MAX_VALUE || p[1] > Integer.MAX_VALUE) {
            throw new IllegalStateException("shop " + shop.platform().code() + "/"
                    + shop.shopId() + " has carried " + p[0] + " general and " + p[1] + " serious points into "
                    + year + ", more than a ledger holds (" + Integer.MAX_VALUE + ")");
        }
        if (year < Ledger.FIRST_YEAR || year > Ledger.LAST_YEAR) {
            if (p[0] == 0 && p[1] == 0) {
                return null;
            }
            throw new IllegalStateException("shop " + shop.platform().code() + "/"
                    + shop.shopId() + " has " + p[0] + " general and " + p[1] + " serious points to carry into "
                    + year + ", a year outside what a ledger holds (" + Ledger.FIRST_YEAR + "–" + Ledger.LAST_YEAR
                    + ")");
        }
        return new Ledger(year, (int) p[0], (int) p[1]);
    }
}
