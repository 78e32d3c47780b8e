package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} end to end: payload files → case JSON Lines → {@code check}, as the README shows it. */
class ImportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRADE = "../examples/import/tmall-trade.json";
    private static final String TRACE = "../examples/import/tmall-trace.json";
    private static final String AS_OF = "2026-11-05T12:00:00+08:00";

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void theReadmeExampleImportsAndChecksTo240WithShippingExcluded(@TempDir Path dir) throws IOException {
        CliTest.Run imported = run("import", "--from", "taobao-trade", TRADE, "--from", "taobao-logistics", TRACE,
                "--as-of", AS_OF, "--platform", "tmall");
        assertThat(imported.status()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out().lines()).hasSize(1);
        JsonNode c = JSON.readTree(imported.out());
        assertThat(c.at("/orders/0/paidAmount").asText()).isEqualTo("800.00");
        assertThat(c.at("/orders/0/shippingFee").asText()).isEqualTo("10.00");
        assertThat(c.at("/shipments/0/pickedUpAt").asText()).isEqualTo("2026-11-04T12:00:00+08:00");
        assertThat(c.at("/shipments/0/trackingKnown").isMissingNode()).isTrue();

        JsonNode v = checkImported(dir, imported);
        assertThat(v.at("/violations/0/ruleId").asText()).isEqualTo("TMALL-LATE-SHIPMENT");
        assertThat(v.at("/compensations/0/amount").asText()).isEqualTo("240.00");
        assertThat(v.has("notJudged")).isFalse();
        assertThat(v.toString()).doesNotContain("13812345678");
    }

    @Test
    void withoutTheTraceTheVerdictSaysWhichRulesCouldNotJudge(@TempDir Path dir) throws IOException {
        CliTest.Run imported = run("import", "--from", "taobao-trade", TRADE, "--as-of", AS_OF, "--platform", "tmall");
        assertThat(JSON.readTree(imported.out()).at("/shipments/0/trackingKnown").asBoolean(true)).isFalse();
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, imported.out(), StandardCharsets.UTF_8);
        JsonNode v = JSON.readTree(run("check", cases.toString()).out());
        assertThat(v.at("/compensations/0/amount").asText()).isEqualTo("240.00");
        assertThat(v.at("/notJudged/0/ruleId").asText()).isEqualTo("TMALL-FALSE-SHIPMENT");
        assertThat(run("check", "--format", "text", cases.toString()).out()).contains("not judged TMALL-FALSE-SHIPMENT");
    }

    @Test
    void aBadRecordIsOneErrorLineTheOthersConvertAndTheExitStatusIsOne(@TempDir Path dir) throws IOException {
        Path trades = dir.resolve("trades.jsonl");
        Files.writeString(trades, Files.readString(Path.of(TRADE)).replace("\n", "") + "\n"
                + "{\"trade_fullinfo_get_response\":{\"trade\":{\"tid\":9,\"created\":\"2026-11-01 09:00:00\",\"status\":\"NO_SUCH\"}}}\n");
        CliTest.Run r = run("import", "--from", "taobao-trade", trades.toString(), "--as-of", AS_OF, "--platform", "tmall");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).isEqualTo("error: " + trades + ":2: trade_fullinfo_get_response.trade.status: unknown"
                + " trade status \"NO_SUCH\"\n");
    }

    @Test
    void aRefundJoinsItsTradeAndCheckDecidesItWithTheAnswerTimeNotJudged(@TempDir Path dir) throws IOException {
        CliTest.Run imported = run("import", "--from", "taobao-trade", TRADE, "--from", "taobao-logistics", TRACE,
                "--from", "taobao-refund", "../examples/import/tmall-refund.json", "--as-of", AS_OF, "--platform", "tmall");
        assertThat(imported.status()).isZero();
        assertThat(imported.err()).isEmpty();
        JsonNode c = JSON.readTree(imported.out());
        assertThat(c.at("/refunds/0/kind").asText()).isEqualTo("RETURN_AND_REFUND");
        assertThat(c.at("/refunds/0/reason").asText()).isEqualTo("LATE_SHIPMENT");
        assertThat(c.at("/refunds/0/sellerResponse/at").isNull()).as("written, as null").isTrue();
        JsonNode v = checkImported(dir, imported);
        assertThat(v.at("/compensations/0/amount").asText()).isEqualTo("240.00");
        assertThat(v.at("/compensations/0/status").asText()).as("the refund's reason upholds it").isEqualTo("OWED");
        assertThat(v.at("/refunds/0/next/kind").asText()).isEqualTo("BUYER_RETURN");
        assertThat(v.at("/notJudged/0/ruleId").asText()).isEqualTo("TMALL-REFUND-TIMERS");
        assertThat(v.at("/notJudged/0/missing/0").asText()).isEqualTo("SELLER_RESPONSE_TIME");
    }

    @Test
    void pddRefundsWithABadAmountAreNamedAndTheRestConvert(@TempDir Path dir) throws IOException {
        Path refunds = dir.resolve("refunds.json");
        Files.writeString(refunds, Files.readString(Path.of("../examples/import/pdd-refunds.json"))
                .replace("\"refund_amount\": 4750, \"order_amount\"", "\"refund_amount\": \"47.5\", \"order_amount\""));
        CliTest.Run r = run("import", "--from", "pdd-order", "../examples/import/pdd-orders.json", "--from", "pdd-refund",
                refunds.toString(), "--as-of", AS_OF, "--shop", "pdd-shop-1");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + refunds + ":5: refund_increment_get_response.refund_list[0].refund_amount:"
                + " not a whole number of fen (分): \"47.5\"");
        assertThat(r.out()).contains("\"id\":\"70003\"").doesNotContain("\"id\":\"70001\"");
    }

    @Test
    void usageMistakesAreExitTwoWithoutAStackTrace() {
        CliTest.Run noAsOf = run("import", "--from", "taobao-trade", TRADE, "--platform", "tmall");
        assertThat(noAsOf.status()).isEqualTo(2);
        assertThat(noAsOf.err()).contains("--as-of");
        CliTest.Run noPlatform = run("import", "--from", "taobao-trade", TRADE, "--as-of", AS_OF);
        assertThat(noPlatform.status()).isEqualTo(2);
        assertThat(noPlatform.err()).contains("--platform taobao or tmall").doesNotContain("Exception");
        CliTest.Run badFormat = run("import", "--from", "jd-order", TRADE, "--as-of", AS_OF);
        assertThat(badFormat.status()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown import format \"jd-order\"");
        CliTest.Run badInstant = run("import", "--from", "taobao-trade", TRADE, "--as-of", "2026-11-05 12:00", "--platform", "tmall");
        assertThat(badInstant.status()).isEqualTo(2);
    }

    /** Checks what {@code import} printed, as a user would (written to a file, then {@code check}): its one verdict. */
    private static JsonNode checkImported(Path dir, CliTest.Run imported) throws IOException {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, imported.out(), StandardCharsets.UTF_8);
        CliTest.Run checked = run("check", cases.toString());
        assertThat(checked.status()).isZero();
        return JSON.readTree(checked.out());
    }
}
