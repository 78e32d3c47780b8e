package dev.shoprules.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.facts.Carrier;
import dev.shoprules.core.facts.Intervention;
import dev.shoprules.core.facts.Refund;
import dev.shoprules.core.facts.RefundChannel;
import dev.shoprules.core.facts.RefundDecision;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The after-sales facts of contract 2 are read as strictly as every other fact: one error naming the JSON path. */
class RefundJsonTest {
    static final String ORDER = "{\"id\":\"o-1\",\"buyerId\":\"b-1\",\"createdAt\":\"2026-11-01T09:58:00+08:00\","
            + "\"paidAt\":\"2026-11-01T10:00:00+08:00\",\"paidAmount\":\"168.00\",\"shippingFee\":\"15.00\","
            + "\"freightInsurance\":true,"
            + "\"items\":[{\"sku\":\"A1\",\"quantity\":2,\"unitPrice\":\"84.00\",\"noReasonReturn\":true}]}";
    static final String REFUND = "{\"id\":\"r-1\",\"orderId\":\"o-1\",\"kind\":\"RETURN_AND_REFUND\","
            + "\"reason\":\"NO_REASON\",\"requestedAt\":\"2026-11-08T10:00:00+08:00\",\"amount\":\"183.00\","
            + "\"items\":[{\"sku\":\"A1\",\"quantity\":1}],\"resaleable\":true,"
            + "\"sellerResponse\":{\"decision\":\"AGREED\",\"at\":\"2026-11-08T15:00:00+08:00\",\"note\":\"同意\"},"
            + "\"returnShipment\":{\"carrier\":\"YTO\",\"trackingNo\":\"YT9\",\"shippedAt\":\"2026-11-09T10:00:00+08:00\","
            + "\"receivedAt\":null,\"fee\":\"12.00\",\"trackingNoValid\":true},"
            + "\"refundedAt\":null,\"refundedAmount\":null,\"channel\":\"IN_TRADE\",\"intervention\":null}";
    static final String CASE = "{\"caseId\":\"c-1\",\"platform\":\"tmall\",\"asOf\":\"2026-11-10T12:00:00+08:00\","
            + "\"orders\":[" + ORDER + "],\"refunds\":[" + REFUND + "]}";

    static CaseInput parse(String json) {
        return CaseJsonTest.parse(json);
    }

    static Problem onlyProblem(String json) {
        return CaseJsonTest.onlyProblem(json);
    }

    @Test
    void readsEveryAfterSalesField() {
        CaseFacts c = ((CaseInput.Valid) parse(CASE)).facts();
        assertThat(c.orders().get(0).freightInsurance()).isTrue();
        assertThat(c.orders().get(0).items().get(0).noReasonReturn()).isTrue();
        Refund r = c.refunds().get(0);
        assertThat(r.kind()).isEqualTo(RefundKind.RETURN_AND_REFUND);
        assertThat(r.reason()).isEqualTo(RefundReason.NO_REASON);
        assertThat(r.amount()).isEqualByComparingTo("183").hasScaleOf(2);
        assertThat(r.items()).singleElement().satisfies(i -> assertThat(i.quantity()).isEqualTo(1));
        assertThat(r.resaleable()).isTrue();
        assertThat(r.sellerResponse().decision()).isEqualTo(RefundDecision.AGREED);
        assertThat(r.returnShipment().carrier()).isEqualTo(Carrier.YTO);
        assertThat(r.returnShipment().fee()).isEqualByComparingTo("12");
        assertThat(r.channel()).isEqualTo(RefundChannel.IN_TRADE);
        assertThat(r.intervention()).isNull();
    }

    @Test
    void absentMeansTheDocumentedDefaultAndUnknownStaysUnknown() {
        String bare = CASE.replace("\"freightInsurance\":true,", "").replace(",\"noReasonReturn\":true", "")
                .replace("\"resaleable\":true,", "").replace(",\"trackingNoValid\":true", "")
                .replace(",\"channel\":\"IN_TRADE\"", "").replace("\"items\":[{\"sku\":\"A1\",\"quantity\":1}],", "");
        CaseFacts c = ((CaseInput.Valid) parse(bare)).facts();
        assertThat(c.orders().get(0).freightInsurance()).isFalse();
        assertThat(c.orders().get(0).items().get(0).noReasonReturn()).isTrue();
        Refund r = c.refunds().get(0);
        assertThat(r.resaleable()).as("unknown, not \"not resaleable\"").isNull();
        assertThat(r.returnShipment().trackingNoValid()).isTrue();
        assertThat(r.channel()).as("unknown").isNull();
        assertThat(r.wholeOrder()).isTrue();
        String platformDecided = CASE.replace("\"intervention\":null", "\"intervention\":\"PLATFORM_FOR_BUYER\"");
        assertThat(((CaseInput.Valid) parse(platformDecided)).facts().refunds().get(0).intervention())
                .isEqualTo(Intervention.PLATFORM_FOR_BUYER);
    }

    @Test
    void anAnswerOrARefundAtAnUnknownTimeIsReadAsUnknownNotAsAbsent() {
        String unknown = CASE.replace("\"at\":\"2026-11-08T15:00:00+08:00\"", "\"at\":null")
                .replace("\"refundedAmount\":null", "\"refundedAmount\":\"168.00\"");
        Refund r = ((CaseInput.Valid) parse(unknown)).facts().refunds().get(0);
        assertThat(r.answered()).as("answered, time unknown").isTrue();
        assertThat(r.sellerResponse().timeKnown()).isFalse();
        assertThat(r.refunded()).as("refunded, time unknown").isTrue();
        assertThat(r.refundedAt()).isNull();
        assertThat(r.timeUnknown()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "\"orderId\":\"o-1\",\"kind\"   | \"orderId\":\"o-9\",\"kind\"  | refunds[0].orderId | unknown order \"o-9\"",
        "\"sku\":\"A1\",\"quantity\":1} | \"sku\":\"B7\",\"quantity\":1} | refunds[0].items[0].sku | unknown sku \"B7\"",
        "\"sku\":\"A1\",\"quantity\":1} | \"sku\":\"A1\",\"quantity\":3} | refunds[0].items[0].quantity | returns 3 of sku \"A1\" but order o-1 bought 2",
        "\"sku\":\"A1\",\"quantity\":1} | \"sku\":\"A1\",\"quantity\":1},{\"sku\":\"A1\",\"quantity\":2} | refunds[0].items[1].quantity | returns 3 of sku",
        "\"sku\":\"A1\",\"quantity\":1} | \"sku\":\"A1\",\"quantity\":0} | refunds[0].items[0].quantity | at least 1",
        "\"kind\":\"RETURN_AND_REFUND\" | \"kind\":\"CHARGEBACK\"        | refunds[0].kind | unknown value \"CHARGEBACK\"",
        "\"reason\":\"NO_REASON\"       | \"reason\":\"BORED\"            | refunds[0].reason | unknown value \"BORED\"",
        "\"decision\":\"AGREED\"        | \"decision\":\"MAYBE\"          | refunds[0].sellerResponse.decision | unknown value \"MAYBE\"",
        "\"channel\":\"IN_TRADE\"       | \"channel\":\"PHONE\"           | refunds[0].channel | unknown value \"PHONE\"",
        "\"intervention\":null          | \"intervention\":\"JUDGE\"      | refunds[0].intervention | unknown value \"JUDGE\"",
        "\"carrier\":\"YTO\"            | \"carrier\":\"DHL\"             | refunds[0].returnShipment.carrier | unknown value \"DHL\"",
        "\"requestedAt\":\"2026-11-08T10:00:00+08:00\" | \"requestedAt\":\"2026-11-08T10:00:00\" | refunds[0].requestedAt | not an ISO-8601 instant with offset",
        "\"at\":\"2026-11-08T15:00:00+08:00\" | \"at\":\"2026-11-08 15:00\" | refunds[0].sellerResponse.at | not an ISO-8601 instant with offset",
        "\"shippedAt\":\"2026-11-09T10:00:00+08:00\" | \"shippedAt\":\"2026-11-09T10:00:00\" | refunds[0].returnShipment.shippedAt | not an ISO-8601 instant with offset",
        "\"refundedAt\":null            | \"refundedAt\":\"2026-11-09\"   | refunds[0].refundedAt | not an ISO-8601 instant with offset",
        "\"amount\":\"183.00\"          | \"amount\":\"-1\"               | refunds[0].amount | money must not be negative",
        "\"fee\":\"12.00\"              | \"fee\":\"12.001\"              | refunds[0].returnShipment.fee | more than 2 decimals",
        "\"at\":\"2026-11-08T15:00:00+08:00\", | ''                   | refunds[0].sellerResponse.at | required",
        "\"at\":\"2026-11-08T15:00:00+08:00\" | \"at\":\"2026-11-08T09:00:00+08:00\" | refunds[0].sellerResponse.at | before the request was made",
        "\"receivedAt\":null            | \"receivedAt\":\"2026-11-09T09:00:00+08:00\" | refunds[0].returnShipment.receivedAt | before the return was shipped",
        "\"resaleable\":true            | \"resaleable\":\"yes\"          | refunds[0].resaleable | expected true or false",
        "\"freightInsurance\":true      | \"freightInsurance\":\"true\"   | orders[0].freightInsurance | expected true or false",
        "\"noReasonReturn\":true        | \"noReasonReturn\":1            | orders[0].items[0].noReasonReturn | expected true or false",
        "\"kind\":\"RETURN_AND_REFUND\" | \"kind\":\"RETURN_AND_REFUND\",\"why\":1 | refunds[0].why | unknown field",
        "\"id\":\"r-1\",                | ''                              | refunds[0].id | required",
        "\"reason\":\"NO_REASON\",      | ''                              | refunds[0].reason | required",
        "\"trackingNoValid\":true       | \"trackingNoValid\":true,\"insured\":1 | refunds[0].returnShipment.insured | unknown field",
    })
    void namesThePathOfEachBadAfterSalesValue(String from, String to, String path, String message) {
        assertThat(CASE).contains(from.strip());
        Problem p = onlyProblem(CASE.replace(from.strip(), to.strip()));
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).contains(message);
    }

    @Test
    void aDuplicateRefundIdIsNamedAndTheErrorLineNamesFileLineAndCase() {
        String twice = CASE.replace("[" + REFUND + "]", "[" + REFUND + "," + REFUND + "]");
        CaseInput.Invalid bad = (CaseInput.Invalid) parse(twice);
        assertThat(bad.describe()).isEqualTo("t.jsonl:7: case c-1: refunds[1].id: duplicate refund id \"r-1\"");
    }
}
