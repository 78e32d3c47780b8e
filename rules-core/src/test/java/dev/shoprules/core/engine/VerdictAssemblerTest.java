package dev.shoprules.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.AdvisoryKind;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
import dev.shoprules.core.verdict.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictAssemblerTest {

    private static Sanction fine(String chatId) {
        return new Sanction("PDD-OFF-PLATFORM", SanctionKind.FINE, Severity.GENERAL, 0, 0, new BigDecimal("2000"), null,
                "initial", "test", Confidence.ASSUMED, Map.of("chatId", chatId));
    }

    /** Sanctions that differ only in their evidence (one fine per chat) must not keep the order the rules fired in. */
    @Test
    void sanctionsOfOneRuleAtOneNodeAreOrderedByTheirContent() {
        List<Sanction> one = new ArrayList<>(List.of(fine("chat-2"), fine("chat-1")));
        List<Sanction> other = new ArrayList<>(List.of(fine("chat-1"), fine("chat-2")));
        one.sort(VerdictAssembler.SANCTIONS);
        other.sort(VerdictAssembler.SANCTIONS);
        assertThat(one).isEqualTo(other);
        assertThat(one.get(0).evidence()).containsEntry("chatId", "chat-1");
    }

    private static Advisory noReasonReturn(String trackingNo) {
        return new Advisory("TAOBAO-TIMERS", "o-1", AdvisoryKind.NO_REASON_RETURN, Instant.parse("2026-03-12T16:00:00Z"),
                "七天无理由退货", "initial", "test", Confidence.SEED, Map.of("trackingNo", trackingNo));
    }

    /** Two parcels of one order signed the same day: two 7-day returns due at the same instant. */
    @Test
    void advisoriesDueAtOneInstantAreOrderedByTheirContent() {
        List<Advisory> one = new ArrayList<>(List.of(noReasonReturn("YT2"), noReasonReturn("YT1")));
        List<Advisory> other = new ArrayList<>(List.of(noReasonReturn("YT1"), noReasonReturn("YT2")));
        one.sort(VerdictAssembler.ADVISORIES);
        other.sort(VerdictAssembler.ADVISORIES);
        assertThat(one).isEqualTo(other);
    }
}
