package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The after-sales example end to end, through {@code check}, in every pack: the seed's return of 168 goods + 15
 * shipping is entitled to 168.00 with the buyer paying the return; the unanswered 仅退款 on an unshipped order shows
 * its 48 h deadline and, once past, the refund owed (form REFUND, totals.refundOwed, not a payout); the refused
 * eligible 7-day return is a violation.
 */
class AfterSalesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("../examples/tmall-refund-return.json");

    private static JsonNode check(Path dir, String platform, String asOf) throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(EXAMPLE.toFile());
        c.put("platform", platform).put("asOf", asOf);
        Path file = dir.resolve(platform + ".json");
        JSON.writeValue(file.toFile(), c);
        CliTest.Run r = CliTest.run("check", file.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).doesNotContain("13812345678").doesNotContain("张三");
        return JSON.readTree(r.out());
    }

    private static JsonNode refund(JsonNode verdict, String id) {
        for (JsonNode r : verdict.get("refunds")) {
            if (r.get("refundId").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no assessment of " + id + " in " + verdict);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tmall", "taobao", "pdd"})
    void theExampleInEveryPack(String platform, @TempDir Path dir) throws IOException {
        String prefix = platform.toUpperCase(java.util.Locale.ROOT);
        JsonNode v = check(dir, platform, "2026-11-10T12:00:00+08:00");
        assertThat(v.get("refunds")).hasSize(3);
        assertThat(v.at("/refunds/0/refundId").asText()).as("case order").isEqualTo("r-1");

        JsonNode seed = refund(v, "r-1");
        assertThat(seed.get("entitled").asText()).isEqualTo("168.00");
        assertThat(seed.get("returnShippingPaidBy").asText()).isEqualTo("BUYER");
        assertThat(seed.get("noReasonEligible").asBoolean()).isTrue();
        assertThat(seed.get("status").asText()).isEqualTo("OPEN");
        assertThat(seed.at("/next/kind").asText()).isEqualTo("SELLER_RECEIPT");

        JsonNode unshipped = refund(v, "r-2");
        assertThat(unshipped.get("entitled").asText()).as("goods + shipping before shipment").isEqualTo("109.00");
        assertThat(unshipped.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(unshipped.get("next").isNull()).isTrue();
        boolean owed = false;
        for (JsonNode p : v.get("compensations")) {
            if (p.get("form").asText().equals("REFUND") && p.get("orderId").asText().equals("o-2")) {
                owed = true;
                assertThat(p.get("ruleId").asText()).isEqualTo(prefix + "-REFUND-OVERDUE");
                assertThat(p.get("amount").asText()).isEqualTo("109.00");
                assertThat(p.get("status").asText()).isEqualTo("OWED");
            }
        }
        assertThat(owed).isTrue();

        boolean refusal = false;
        for (JsonNode x : v.get("violations")) {
            refusal |= x.get("ruleId").asText().equals(prefix + "-NO-REASON-RETURN") && x.get("orderId").asText().equals("o-3");
        }
        assertThat(refusal).as("the refused eligible 7-day return is a violation").isTrue();
        assertThat(v.at("/totals/refundOwed").asText()).as("109 overdue + 320 refused").isEqualTo("429.00");
        assertThat(v.at("/totals/compensationOwed").asText()).as("refunds are not payouts").isEqualTo("0.00");

        JsonNode before = refund(check(dir, platform, "2026-11-09T12:00:00+08:00"), "r-2");
        assertThat(before.get("status").asText()).isEqualTo("OPEN");
        assertThat(before.at("/next/kind").asText()).isEqualTo("SELLER_RESPONSE");
        assertThat(before.at("/next/due").asText()).as("48 h after the request").isEqualTo("2026-11-10T09:00:00+08:00");
    }
}
