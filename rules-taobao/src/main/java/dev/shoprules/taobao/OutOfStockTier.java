package dev.shoprules.taobao;

import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.rules.OutOfStock;
import dev.shoprules.core.rules.Payout;
import dev.shoprules.core.rules.RuleVersion;
import java.math.BigDecimal;

/**
 * The payout tiers of TAOBAO-OUT-OF-STOCK (淘宝发货管理规范 2025): the rate, minimum and cap depend on the promised
 * ship window ({@link OutOfStock#promisedShipWithin()} at most {@code windowHours}, or longer) and on whether the
 * seller closed the order to demand a higher price. Each tier reads the figures {@code <tier>Rate},
 * {@code <tier>Min}, {@code <tier>Cap}; the version before 2025-02-13 gives every tier the same flat figures.
 */
public enum OutOfStockTier {
    /** Promised to ship within {@code windowHours} (the default 48 h counts as such). */
    SHORT_WINDOW("shortWindow"),
    /** Promised a longer ship window (presale, custom goods, an agreed later date). */
    LONG_WINDOW("longWindow"),
    /** Closed by the seller demanding a higher price (恶意加价), whatever the window. */
    MALICIOUS("malicious");

    private final String figurePrefix;

    OutOfStockTier(String figurePrefix) {
        this.figurePrefix = figurePrefix;
    }

    public static OutOfStockTier of(OutOfStock outOfStock, RuleVersion version) {
        if (outOfStock.closeReason() == CloseReason.PRICE_INCREASE) {
            return MALICIOUS;
        }
        return outOfStock.promisedShipWithin().compareTo(version.hours("windowHours")) <= 0 ? SHORT_WINDOW : LONG_WINDOW;
    }

    public Payout payout(BigDecimal base, RuleVersion version) {
        return Payout.of(base, version.rate(figurePrefix + "Rate"), version.money(figurePrefix + "Min"),
                version.money(figurePrefix + "Cap"));
    }
}
