package dev.shoprules.core.rules;

import static dev.shoprules.core.rules.Facts.at;
import static dev.shoprules.core.rules.Facts.closed;
import static dev.shoprules.core.rules.Facts.deadline;
import static dev.shoprules.core.rules.Facts.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.CloseReason;
import dev.shoprules.core.facts.ClosedBy;
import dev.shoprules.core.facts.Order;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutOfStockTest {
    private static final Duration GRACE = Duration.ofHours(72);
    // Paid 2026-11-01 10:00, deadline 11-03 10:00, grace ends 11-06 10:00.
    private final Order order = order("100.00", "0.00");

    @Test
    void unshippedExactlyAtTheEndOfTheGraceIsNotYetOutOfStock() {
        assertThat(OutOfStock.unshipped(deadline(order), GRACE, null, at("2026-11-06T10:00+08:00"))).isNull();
        OutOfStock o = OutOfStock.unshipped(deadline(order), GRACE, null, at("2026-11-06T10:00:01+08:00"));
        assertThat(o.cause()).isEqualTo(OutOfStock.Cause.UNSHIPPED);
        assertThat(o.graceEnd()).isEqualTo(at("2026-11-06T10:00+08:00"));
        assertThat(o.promisedShipWithin()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aHandOverAfterTheGraceWasStillOutOfStockOneBeforeWasNot() {
        assertThat(OutOfStock.unshipped(deadline(order), GRACE, at("2026-11-06T10:00+08:00"),
                at("2026-11-10T10:00+08:00"))).isNull();
        assertThat(OutOfStock.unshipped(deadline(order), GRACE, at("2026-11-06T11:00+08:00"),
                at("2026-11-10T10:00+08:00")).observedAt()).isEqualTo(at("2026-11-06T11:00+08:00"));
    }

    @Test
    void anOrderClosedWithinTheGraceIsMeasuredAtItsClose() {
        Order byBuyer = closed(order, ClosedBy.BUYER, "2026-11-05T10:00+08:00", CloseReason.BUYER_REQUEST);
        assertThat(OutOfStock.unshipped(deadline(byBuyer), GRACE, null, at("2026-11-20T10:00+08:00"))).isNull();
    }

    @Test
    void sellerClosuresForStockRefusalOrPriceCount() {
        for (CloseReason r : CloseReason.values()) {
            Order c = closed(order, ClosedBy.SELLER, "2026-11-02T10:00+08:00", r);
            boolean expected = r == CloseReason.OUT_OF_STOCK || r == CloseReason.REFUSED || r == CloseReason.PRICE_INCREASE;
            assertThat(OutOfStock.sellerClosure(c)).as(r.name()).isEqualTo(expected);
            OutOfStock o = OutOfStock.closedBySeller(deadline(c));
            assertThat(o != null).as(r.name()).isEqualTo(expected);
            if (o != null) {
                assertThat(o.closeReason()).isEqualTo(r);
                assertThat(o.reason()).startsWith("缺货/拒绝发货");
            }
        }
        Order byBuyer = closed(order, ClosedBy.BUYER, "2026-11-02T10:00+08:00", CloseReason.OUT_OF_STOCK);
        assertThat(OutOfStock.sellerClosure(byBuyer)).isFalse();
    }
}
