package dev.shoprules.tmall;

import dev.shoprules.core.Platform;
import dev.shoprules.core.testing.CaseBuilder;
import dev.shoprules.core.testing.LatePayoutInvariants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Invariants of TMALL-LATE-SHIPMENT over generated orders: 48 h from payment, 30 % capped at 500, no minimum. */
class LateShipmentProperties extends LatePayoutInvariants {
    @Override protected Platform platform() { return Platform.TMALL; }
    @Override protected Instant deadlineStart() { return CaseBuilder.at("2026-11-01T10:00+08:00"); }
    @Override protected Duration shipWindow() { return Duration.ofHours(48); }
    @Override protected BigDecimal min() { return BigDecimal.ZERO; }
    @Override protected BigDecimal cap() { return new BigDecimal("500.00"); }
}
