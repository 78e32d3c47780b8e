package dev.shoprules.core.rules;

import static dev.shoprules.core.rules.Facts.at;
import static dev.shoprules.core.rules.Facts.order;
import static dev.shoprules.core.rules.Facts.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Order;
import dev.shoprules.core.facts.Shipment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimersTest {

    @Test
    void noReasonReturnRunsFromTheNextMidnightForSevenTimesTwentyFourHours() {
        assertThat(Timers.noReasonReturnEnds(at("2026-11-05T23:59:59+08:00"), Duration.ofDays(7)))
                .isEqualTo(at("2026-11-13T00:00+08:00"));
        assertThat(Timers.noReasonReturnEnds(at("2026-11-06T00:00+08:00"), Duration.ofDays(7)))
                .isEqualTo(at("2026-11-14T00:00+08:00"));
    }

    @Test
    void aWindowIsOpenFromItsStartToItsEndInclusive() {
        var start = at("2026-11-01T00:00+08:00");
        var end = at("2026-11-02T00:00+08:00");
        assertThat(Timers.open(start, end, start.minusSeconds(1))).isFalse();
        assertThat(Timers.open(start, end, start)).isTrue();
        assertThat(Timers.open(start, end, end)).isTrue();
        assertThat(Timers.open(start, end, end.plusSeconds(1))).isFalse();
        assertThat(Timers.open(null, end, start.minusSeconds(86_400))).isTrue();
    }

    @Test
    void tradeSucceedsAtAutoConfirmLongerByPost() {
        Order o = order("100.00", "0.00");
        Shipment s = shipment(Carrier.SF, "2026-11-02T10:00+08:00", "2026-11-02T12:00+08:00");
        TradeSuccess t = TradeSuccess.of(o, new Handover("o-1", s.handedOverAt(), s), Duration.ofDays(10),
                Duration.ofDays(30));
        assertThat(t.at()).isEqualTo(at("2026-11-12T12:00+08:00"));
        Shipment post = shipment(Carrier.POSTAL, "2026-11-02T10:00+08:00", null);
        assertThat(TradeSuccess.of(o, new Handover("o-1", post.handedOverAt(), post), Duration.ofDays(10),
                Duration.ofDays(30)).at()).isEqualTo(at("2026-12-02T10:00+08:00"));
    }
}
