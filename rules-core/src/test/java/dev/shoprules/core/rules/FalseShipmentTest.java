package dev.shoprules.core.rules;

import static dev.shoprules.core.rules.Facts.at;
import static dev.shoprules.core.rules.Facts.order;
import static dev.shoprules.core.rules.Facts.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shipment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FalseShipmentTest {
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration THREE_DAYS = Duration.ofHours(72);
    private final Order order = order("100.00", "0.00");

    private FalseShipment check(Shipment s, String asOf) {
        return FalseShipment.check(order, s, DAY, THREE_DAYS, at(asOf));
    }

    @Test
    void uploadWithoutScanIsFalseOnlyAfterTheWholeWindow() {
        Shipment s = shipment(Carrier.YUNDA, "2026-11-02T10:00+08:00", null);
        assertThat(check(s, "2026-11-03T10:00+08:00")).isNull();
        FalseShipment f = check(s, "2026-11-03T10:00:01+08:00");
        assertThat(f.kind()).isEqualTo(FalseShipment.Kind.NO_PICKUP_SCAN);
        assertThat(f.windowEnd()).isEqualTo(at("2026-11-03T10:00+08:00"));
        assertThat(f.reason()).contains("仍无揽收记录");
    }

    @Test
    void scanExactlyAtTheEndOfTheWindowIsInTimeOneSecondLaterIsNot() {
        assertThat(check(shipment(Carrier.YUNDA, "2026-11-02T10:00+08:00", "2026-11-03T10:00+08:00",
                "2026-11-03T10:00+08:00", "2026-11-03T20:00+08:00"), "2026-11-09T10:00+08:00")).isNull();
        FalseShipment late = check(shipment(Carrier.YUNDA, "2026-11-02T10:00+08:00", "2026-11-03T10:00:01+08:00"),
                "2026-11-04T10:00+08:00");
        assertThat(late.kind()).isEqualTo(FalseShipment.Kind.NO_PICKUP_SCAN);
        assertThat(late.observedAt()).isEqualTo(at("2026-11-03T10:00:01+08:00"));
    }

    @Test
    void aTrackThatNeverMovesAfterThePickupScanIsFalse() {
        Shipment stuck = shipment(Carrier.YUNDA, "2026-11-02T10:00+08:00", "2026-11-02T12:00+08:00",
                "2026-11-02T12:00+08:00");
        assertThat(check(stuck, "2026-11-05T12:00+08:00")).isNull();
        assertThat(check(stuck, "2026-11-05T12:00:01+08:00").kind()).isEqualTo(FalseShipment.Kind.TRACKING_NEVER_MOVES);
        assertThat(check(Facts.signed(stuck, "2026-11-03T12:00+08:00"), "2026-11-09T12:00+08:00")).isNull();
    }

    @Test
    void aShipmentWithoutTrackingEventsSaysNothingAboutMovement() {
        assertThat(check(shipment(Carrier.YUNDA, "2026-11-02T10:00+08:00", "2026-11-02T12:00+08:00"),
                "2026-12-01T12:00+08:00")).isNull();
    }

    @Test
    void findReturnsTheFirstFalseShipmentOfTheOrder() {
        Shipment good = shipment(Carrier.YUNDA, "2026-11-02T10:00+08:00", "2026-11-02T11:00+08:00");
        Shipment bad = new Shipment("o-1", Carrier.SF, "T2", at("2026-11-02T09:00+08:00"), null, null, List.of(), List.of());
        Shipment otherOrder = new Shipment("o-2", Carrier.SF, "T3", at("2026-11-01T09:00+08:00"), null, null, List.of(),
                List.of());
        FalseShipment f = FalseShipment.find(order, List.of(good, otherOrder, bad), DAY, THREE_DAYS,
                at("2026-11-05T10:00+08:00"));
        assertThat(f.shipment().trackingNo()).isEqualTo("T2");
        assertThat(FalseShipment.find(order, List.of(good), DAY, THREE_DAYS, at("2026-11-05T10:00+08:00"))).isNull();
    }
}
