package dev.shoprules.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.facts.CaseFacts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CaseJsonTest {
    static final String ORDER = "{\"id\":\"o-1\",\"buyerId\":\"b-1\",\"createdAt\":\"2026-11-01T09:58:00+08:00\","
            + "\"paidAt\":\"2026-11-01T10:00:00+08:00\",\"paidAmount\":\"800.00\","
            + "\"items\":[{\"sku\":\"A1\",\"quantity\":1,\"unitPrice\":\"800.00\"}]}";
    static final String CASE = "{\"caseId\":\"c-1\",\"platform\":\"tmall\",\"asOf\":\"2026-11-05T12:00:00+08:00\","
            + "\"orders\":[" + ORDER + "]}";

    static CaseInput parse(String json) {
        return CaseJson.parse(json, "t.jsonl", 7);
    }

    static Problem onlyProblem(String json) {
        CaseInput in = parse(json);
        assertThat(in).isInstanceOf(CaseInput.Invalid.class);
        List<Problem> problems = ((CaseInput.Invalid) in).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void readsAValidCaseWithMoneyAsBigDecimalAtScaleTwo() {
        CaseFacts c = ((CaseInput.Valid) parse(CASE.replace("\"800.00\"", "800"))).facts();
        assertThat(c.orders().get(0).paidAmount()).isEqualByComparingTo("800").hasScaleOf(2);
        assertThat(c.promises()).isEmpty();
        assertThat(c.orders().get(0).presale()).isFalse();
    }

    @Test
    void trackingKnownIsTrueWhenAbsentWrittenOnlyWhenFalseAndAnUnknownTrackHasNoEvents() {
        String shipment = ",\"shipments\":[{\"orderId\":\"o-1\",\"carrier\":\"SF\",\"trackingNo\":\"SF1\","
                + "\"shippedAt\":\"2026-11-02T10:00:00+08:00\"%s}]}";
        String withShipment = CASE.substring(0, CASE.length() - 1) + shipment;
        CaseFacts known = ((CaseInput.Valid) parse(withShipment.formatted(""))).facts();
        assertThat(known.shipments().get(0).trackingKnown()).isTrue();
        assertThat(CaseJson.compact(known.shipments().get(0))).doesNotContain("trackingKnown");

        CaseFacts unknown = ((CaseInput.Valid) parse(withShipment.formatted(",\"trackingKnown\":false"))).facts();
        assertThat(unknown.shipments().get(0).trackingKnown()).isFalse();
        assertThat(unknown.shipments().get(0).pickupUnknown()).isTrue();
        assertThat(CaseJson.compact(unknown.shipments().get(0))).contains("\"trackingKnown\":false");

        Problem p = onlyProblem(withShipment.formatted(",\"trackingKnown\":false,"
                + "\"trackingEvents\":[{\"at\":\"2026-11-02T12:00:00+08:00\",\"province\":\"浙江\"}]"));
        assertThat(p.path()).isEqualTo("shipments[0].trackingEvents");
        assertThat(p.message()).contains("must be empty when trackingKnown is false");
        assertThat(onlyProblem(withShipment.formatted(",\"trackingKnown\":\"no\"")).path())
                .isEqualTo("shipments[0].trackingKnown");
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "\"paidAt\":\"2026-11-01T10:00:00+08:00\" | \"paidAt\":\"2026-11-01T10:00:00\"  | orders[0].paidAt | not an ISO-8601 instant with offset",
        "\"paidAmount\":\"800.00\"                 | \"paidAmount\":\"-1\"                | orders[0].paidAmount | money must not be negative",
        "\"paidAmount\":\"800.00\"                 | \"paidAmount\":\"1.001\"             | orders[0].paidAmount | more than 2 decimals",
        "\"paidAmount\":\"800.00\"                 | \"paidAmount\":\"abc\"               | orders[0].paidAmount | not an amount of money",
        "\"paidAmount\":\"800.00\"                 | \"paidAmount\":1e15                  | orders[0].paidAmount | beyond sane magnitude",
        "\"paidAmount\":\"800.00\"                 | \"paidAmount\":\"800.00\",\"vip\":1 | orders[0].vip | unknown field",
        "\"buyerId\":\"b-1\",                      | ''                                  | orders[0].buyerId | required",
        "\"platform\":\"tmall\"                    | \"platform\":\"jd\"                  | platform | unknown platform",
        "\"paidAmount\":\"800.00\"                 | \"paidAmount\":\"800.00\",\"paymentMethod\":\"WECHAT\" | orders[0].paymentMethod | unknown value \"WECHAT\"",
        "\"quantity\":1                 | \"quantity\":0                     | orders[0].items[0].quantity | at least 1",
        "\"quantity\":1                 | \"quantity\":\"1\"                 | orders[0].items[0].quantity | expected a whole number",
        "\"quantity\":1                 | \"quantity\":99999999999999999999 | orders[0].items[0].quantity | out of range",
        "\"items\":[{\"sku\":\"A1\",\"quantity\":1,\"unitPrice\":\"800.00\"}] | \"items\":[] | orders[0].items | at least one item",
        "\"caseId\":\"c-1\"             | \"caseId\":7                        | caseId | expected a string",
        "\"orders\":[                  | \"orders\":{\"x\":1},\"o\":[        | orders | expected a list",
    })
    void namesThePathOfEachKindOfBadValue(String from, String to, String path, String message) {
        Problem p = onlyProblem(CASE.replace(from.strip(), to.strip()));
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).contains(message);
    }

    @Test
    void aWriterACallerDerivesCannotChangeHowTheLibraryWrites() throws Exception {
        CaseFacts facts = ((CaseInput.Valid) CaseJson.parse(CASE, "t", 1)).facts();
        String before = CaseJson.compact(facts);
        String indented = CaseJson.writer().withDefaultPrettyPrinter().writeValueAsString(facts);
        assertThat(indented).isNotEqualTo(before).contains("\n");
        assertThat(CaseJson.writer().writeValueAsString(facts)).isEqualTo(before);
        assertThat(CaseJson.compact(facts)).isEqualTo(before);
        assertThat(CaseJson.writerOmittingEmpty().writeValueAsString(facts)).doesNotContain("\"chats\"")
                .contains("\"caseId\":\"c-1\"");
        assertThat(CaseJson.tree(facts).get("asOf").textValue()).isEqualTo("2026-11-05T12:00:00+08:00");
    }

    @Test
    void hugeStringsHitTheStreamLimitInsteadOfTheHeap() {
        String huge = "x".repeat(CaseJson.MAX_STRING_LENGTH + 1);
        Problem p = onlyProblem(CASE.replace("\"caseId\":\"c-1\"", "\"caseId\":\"" + huge + "\""));
        assertThat(p.message()).contains("safety limit");
    }

    @Test
    void duplicateIdsAndUnknownOrdersAreNamed() {
        String twice = CASE.replace("[" + ORDER + "]", "[" + ORDER + "," + ORDER + "]");
        assertThat(onlyProblem(twice)).isEqualTo(new Problem("orders[1].id", "duplicate order id \"o-1\""));
        String shipment = CASE.substring(0, CASE.length() - 1) + ",\"shipments\":[{\"orderId\":\"o-2\",\"carrier\":\"SF\","
                + "\"shippedAt\":\"2026-11-02T10:00:00+08:00\"}]}";
        assertThat(onlyProblem(shipment)).isEqualTo(new Problem("shipments[0].orderId", "unknown order \"o-2\""));
    }

    @Test
    void syntaxErrorsDuplicateKeysAndDeepNestingAreErrorsNotCrashes() {
        assertThat(onlyProblem("{\"caseId\":").message()).startsWith("not valid JSON");
        assertThat(onlyProblem(CASE.replace("{\"caseId\":\"c-1\",", "{\"caseId\":\"c-1\",\"caseId\":\"c-2\",")).message())
                .contains("Duplicate field");
        // Deep nesting never reaches the stack: typed binding rejects it, and the depth limit guards tree reads.
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(onlyProblem(deep).path()).isEqualTo("$");
        String deepInField = CASE.replace("\"orders\":[", "\"orders\":" + "[".repeat(100_000));
        assertThat(parse(deepInField)).isInstanceOf(CaseInput.Invalid.class);
        CaseInput.Invalid bad = (CaseInput.Invalid) parse(CASE.replace("\"platform\":\"tmall\"", "\"platform\":\"jd\""));
        assertThat(bad.caseId()).isEqualTo("c-1");
        assertThat(bad.describe()).isEqualTo("t.jsonl:7: case c-1: platform: unknown platform \"jd\" (one of taobao, tmall, pdd)");
    }

    @Test
    void jsonLinesKeepsGoingAfterBadLinesAndReportsInvalidUtf8PerLine() {
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] bytes = (new String(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.ISO_8859_1)
                + CASE + "\n\n" + new String(bad, StandardCharsets.ISO_8859_1) + "\r\n" + CASE + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        List<CaseInput> read = CaseReader.jsonLines(new ByteArrayInputStream(bytes), "x.jsonl").toList();
        assertThat(read).hasSize(3);
        assertThat(read.get(0)).isInstanceOf(CaseInput.Valid.class);
        assertThat(((CaseInput.Invalid) read.get(1)).describe()).isEqualTo("x.jsonl:3: case ?: $: not valid UTF-8");
        assertThat(read.get(2)).isInstanceOf(CaseInput.Valid.class);
        assertThat(read.get(2).line()).isEqualTo(4);
    }

    /** The fast decoding path must reject exactly what the strict decoder rejects, and keep a real U+FFFD. */
    @Test
    void overlongAndSurrogateSequencesAreInvalidButAnEncodedReplacementCharacterIsText() {
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] replacement = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
        for (byte[] bad : List.of(overlongSlash, surrogate)) {
            byte[] line = CASE.replace("\"c-1\"", "\"c-1" + new String(bad, StandardCharsets.ISO_8859_1) + "\"")
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThat(CaseReader.line(line, line.length, "u.jsonl", 1)).isInstanceOf(CaseInput.Invalid.class)
                    .extracting(i -> ((CaseInput.Invalid) i).describe()).isEqualTo("u.jsonl:1: case ?: $: not valid UTF-8");
        }
        byte[] withReplacement = CASE.replace("\"c-1\"", "\"c-1" + new String(replacement, StandardCharsets.ISO_8859_1) + "\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        CaseInput read = CaseReader.line(withReplacement, withReplacement.length, "u.jsonl", 1);
        assertThat(read).isInstanceOf(CaseInput.Valid.class);
        assertThat(((CaseInput.Valid) read).facts().caseId()).isEqualTo("c-1\uFFFD");
    }
}
