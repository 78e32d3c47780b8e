package dev.shoprules.taobao;

import dev.shoprules.core.rules.OutOfStock;
import dev.shoprules.core.rules.Payout;
import dev.shoprules.core.rules.RuleVersion;
import java.math.BigDecimal;

/**
 * The payout tiers of TAOBAO-OUT-OF-STOCK (淘宝发货管理规范 2025): the rate, minimum and cap depend on the promised
 * ship window (at most {@code window-hours} or longer) and on whether the seller demanded a higher price. Each tier
 * reads the figures {@code <tier>-rate}, {@code <tier>-min}, {@code <tier>-cap}; the version before 2025-02-13 gives
 * every tier the same flat figures.
 */
public enum OutOfStockTier {
    /** Promised to ship within {@code window-hours} (the default 48 h counts as such). */
    SHORT_WINDOW("short-window"),
    /** Promised a longer ship window (presale, custom goods, an agreed later date). */
    LONG_WINDOW("long-window"),
    /** Closed after demanding a higher price (恶意加价), whatever the window. */
    MALICIOUS("malicious");

    private final String figurePrefix;

    OutOfStockTier(String figurePrefix) {
        this.figurePrefix = figurePrefix;
    }

    public static OutOfStockTier of(OutOfStock outOfStock, RuleVersion version) {
        if (outOfStock.malicious()) {
            return MALICIOUS;
        }
        return outOfStock.deadline().window().compareTo(version.hours("window-hours")) <= 0 ? SHORT_WINDOW : LONG_WINDOW;
    }

    public Payout payout(BigDecimal base, RuleVersion version) {
        return Payout.of(base, version.rate(figurePrefix + "-rate"), version.money(figurePrefix + "-min"),
                version.money(figurePrefix + "-cap"));
    }
}
