package dev.shoprules.core.json;

import static dev.shoprules.core.json.VerdictWriting.assertWrittenAsDatabindWrites;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.RefundKind;
import dev.shoprules.core.facts.RefundReason;
import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.AdvisoryKind;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.CompensationForm;
import dev.shoprules.core.verdict.CompensationStatus;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Metric;
import dev.shoprules.core.verdict.NotJudged;
import dev.shoprules.core.verdict.RefundAssessment;
import dev.shoprules.core.verdict.RefundStatus;
import dev.shoprules.core.verdict.RefundStep;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.SanctionKind;
import dev.shoprules.core.verdict.Severity;
import dev.shoprules.core.verdict.ShippingPayer;
import dev.shoprules.core.verdict.Totals;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link VerdictWriter} against databind on hand-built verdicts with the values the golden and generated verdicts
 * rarely or never hold: null in every nullable field, the optional fields present and absent, every enum constant,
 * text that must be escaped, and evidence of every kind, including values only databind writes.
 */
class VerdictWriterTest {
    static final Instant AS_OF = Instant.parse("2026-11-05T04:00:00Z");
    static final String AWKWARD = "quote \" backslash \\ slash / tab \t newline \n return \r nul \u0000 unit \u001f"
            + " del \u007f nbsp \u00a0 line \u2028 paragraph \u2029 bom \ufeff emoji 😀👍🏽 天猫“包邮”承诺 ";

    @Test
    void aVerdictWithNothingInItsListsAndNothingNotJudged() {
        Verdict v = verdict("c-empty", Platform.TMALL, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertWrittenAsDatabindWrites(v);
        assertThat(CaseJson.compact(v)).doesNotContain("notJudged");
    }

    @Test
    void nullInEveryNullableField() {
        Verdict v = new Verdict("c-nulls", Platform.PDD, AS_OF, null,
                List.of(new Violation("r", "v1", Severity.GENERAL, 0, null, null, null, "reason", null, null, null)),
                List.of(new Compensation("r", null, null, BigDecimal.ONE, CompensationForm.CASH,
                        CompensationStatus.OWED, null, null, null, null, null, null)),
                List.of(new Advisory("r", null, AdvisoryKind.SHIP_BY, AS_OF, "m", null, null, null, null)),
                List.of(new Sanction("r", SanctionKind.FINE, Severity.SERIOUS, 0, 0, null, null, null, null, null,
                        null)),
                List.of(new Metric("pdd.reply-rate-30s", null, null, null, null, null, null, null, null)),
                List.of(new RefundAssessment("rf", "o", null, null, BigDecimal.ZERO, "f", null, null, false, null,
                        RefundStatus.OPEN, null, "r", null, null, null, null)),
                new Totals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO),
                List.of(new NotJudged("r", null, "o", null, null, List.of(), "reason", null, null)));
        assertWrittenAsDatabindWrites(v);
        assertThat(CaseJson.compact(v)).contains("\"packVersion\":null", "\"messageIndex\":null", "\"next\":null",
                "\"met\":null", "\"evidence\":{}").doesNotContain("\"points\":null", "\"amount\":null", "\"days\"");
    }

    @Test
    void theOptionalFieldsWhenPresent() {
        Verdict v = verdict("c-present", Platform.TMALL,
                List.of(violation(AWKWARD, Map.of())),
                List.of(compensation(CompensationForm.TMALL_POINTS, 1234L, Map.of()),
                        compensation(CompensationForm.CASH, null, Map.of())),
                List.of(), List.of(new Sanction("r", SanctionKind.RESTRICTION, Severity.SERIOUS, 12, 14,
                        new BigDecimal("5000"), 7, "v2", "c", Confidence.SEED, Map.of())),
                List.of(), List.of(), List.of(notJudged()));
        assertWrittenAsDatabindWrites(v);
        assertThat(CaseJson.compact(v)).contains("\"points\":1234", "\"amount\":\"5000.00\"", "\"days\":7",
                "\"notJudged\":[");
    }

    @Test
    void everyConstantOfEveryEnumAVerdictHolds() {
        for (Platform platform : Platform.values()) {
            for (int i = 0; i < 12; i++) {
                Severity severity = pick(Severity.values(), i);
                Confidence confidence = pick(Confidence.values(), i);
                CompensationForm form = pick(CompensationForm.values(), i);
                Verdict v = verdict("c-" + platform + i, platform,
                        List.of(new Violation("r", "v", severity, i, "o", "chat", i, "reason", "c", confidence,
                                Map.of())),
                        List.of(new Compensation("r", "o", "b", BigDecimal.TEN, form,
                                pick(CompensationStatus.values(), i), "f",
                                form == CompensationForm.TMALL_POINTS ? 1000L : null, "v", "c", confidence, Map.of())),
                        List.of(new Advisory("r", "o", pick(AdvisoryKind.values(), i), AS_OF, "m", "v", "c",
                                confidence, Map.of())),
                        List.of(new Sanction("r", pick(SanctionKind.values(), i), severity, i, i, null, null, "v",
                                "c", confidence, Map.of())),
                        List.of(new Metric("m", "chat", "agent", new BigDecimal("0.5"), new BigDecimal("0.80"),
                                i % 2 == 0, "r", "v", confidence)),
                        List.of(new RefundAssessment("rf", "o", pick(RefundKind.values(), i),
                                pick(RefundReason.values(), i), BigDecimal.ONE, "f",
                                pick(ShippingPayer.values(), i), "s", i % 2 == 1, "n", pick(RefundStatus.values(), i),
                                new RefundStep("SELLER_RESPONSE", AS_OF, "退款"), "r", "v", "c", confidence,
                                Map.of())),
                        List.of(new NotJudged("r", "v", "o", "t", "rf",
                                List.of(pick(NotJudged.Missing.values(), i)), "reason", "c", confidence)));
                assertWrittenAsDatabindWrites(v);
            }
        }
    }

    @Test
    void textThatMustBeEscapedInEveryStringField() {
        Verdict v = new Verdict(AWKWARD, Platform.TAOBAO, AS_OF, AWKWARD,
                List.of(new Violation(AWKWARD, AWKWARD, Severity.GENERAL, 1, AWKWARD, AWKWARD, 3, AWKWARD, AWKWARD,
                        Confidence.PUBLIC, Map.of(AWKWARD, AWKWARD))),
                List.of(new Compensation(AWKWARD, AWKWARD, AWKWARD, BigDecimal.ONE, CompensationForm.RED_PACKET,
                        CompensationStatus.AT_RISK, AWKWARD, null, AWKWARD, AWKWARD, Confidence.SEED,
                        Map.of(AWKWARD, List.of(AWKWARD)))),
                List.of(new Advisory(AWKWARD, AWKWARD, AdvisoryKind.AUTO_CONFIRM, AS_OF, AWKWARD, AWKWARD, AWKWARD,
                        Confidence.ASSUMED, Map.of("k", AWKWARD))),
                List.of(new Sanction(AWKWARD, SanctionKind.ACCOUNT_SEALED, Severity.SERIOUS, 48, 48, null, null,
                        AWKWARD, AWKWARD, Confidence.PUBLIC, Map.of())),
                List.of(new Metric(AWKWARD, AWKWARD, AWKWARD, BigDecimal.ONE, BigDecimal.ONE, true, AWKWARD, AWKWARD,
                        Confidence.PUBLIC)),
                List.of(new RefundAssessment(AWKWARD, AWKWARD, RefundKind.EXCHANGE, RefundReason.OTHER,
                        BigDecimal.ONE, AWKWARD, ShippingPayer.INSURER, AWKWARD, true, AWKWARD, RefundStatus.SETTLED,
                        new RefundStep(AWKWARD, AS_OF, AWKWARD), AWKWARD, AWKWARD, AWKWARD, Confidence.SEED,
                        Map.of(AWKWARD, Map.of(AWKWARD, AWKWARD)))),
                new Totals(1, 0, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE),
                List.of(new NotJudged(AWKWARD, AWKWARD, AWKWARD, AWKWARD, AWKWARD,
                        List.of(NotJudged.Missing.REFUND_TIME), AWKWARD, AWKWARD, Confidence.SEED)));
        assertWrittenAsDatabindWrites(v);
    }

    /** Half a surrogate pair is no character: whatever the generator makes of it, both writers make the same. */
    @Test
    void halfASurrogatePair() {
        for (String text : List.of("\ud83d", "\ude00", "a\ud83d", "\ude00\ud83d", "\ud83d\ud83d\ude00")) {
            assertWrittenAsDatabindWrites(verdict(text, Platform.TMALL, List.of(violation(text,
                    Map.of("k" + text, text))), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        }
    }

    @Test
    void evidenceOfEveryKindInItsOwnOrder() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", 1);
        nested.put("a", null);
        nested.put("m", List.of(true, false, "x"));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("zeta", "last letter first");
        evidence.put("null", null);
        evidence.put("int", Integer.MIN_VALUE);
        evidence.put("long", Long.MAX_VALUE);
        evidence.put("true", true);
        evidence.put("false", Boolean.FALSE);
        evidence.put("money", new BigDecimal("12.30"));
        evidence.put("exponent", new BigDecimal("1E+3"));
        evidence.put("tiny", new BigDecimal("1E-9"));
        evidence.put("instant", Instant.parse("2026-11-05T04:00:00.120Z"));
        evidence.put("farInstant", Instant.parse("+12026-01-01T00:00:00Z"));
        evidence.put("list", Arrays.asList(1, null, "two", 3L, new BigDecimal("4.00"), List.of(), Map.of()));
        evidence.put("arrayList", new ArrayList<>(List.of(AS_OF)));
        evidence.put("map", nested);
        evidence.put("deep", Map.of("a", List.of(Map.of("b", List.of(List.of(1, 2), Map.of("c", "d"))))));
        evidence.put("unmodifiable", Collections.unmodifiableMap(new TreeMap<>(Map.of("b", 2, "a", 1))));
        evidence.put("hashMap", new HashMap<>(Map.of("x", 1, "y", 2, "z", 3)));
        // Values only databind writes (its fallback on the same generator):
        evidence.put("double", 0.1);
        evidence.put("nan", Double.NaN);
        evidence.put("float", 1.5f);
        evidence.put("short", (short) 7);
        evidence.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        evidence.put("enum", Severity.SERIOUS);
        evidence.put("platform", Platform.TMALL);
        evidence.put("record", new RefundStep("SELLER_RESPONSE", AS_OF, "退款"));
        evidence.put("set", new TreeSet<>(Set.of("b", "a")));
        evidence.put("integerKeys", new TreeMap<>(Map.of(2, "two", 1, "one")));
        evidence.put("enumKeys", new EnumMap<>(Map.of(Severity.GENERAL, 1, Severity.WARNING, 0)));
        evidence.put("stringArray", new String[] {"a", "b"});
        evidence.put("intArray", new int[] {1, 2});
        evidence.put("char", 'c');
        evidence.put("listOfEnums", List.of(Confidence.SEED, Platform.PDD));
        evidence.put("mapOfRecords", Map.of("step", new RefundStep("K", AS_OF, "c")));
        Verdict v = verdict("c-evidence", Platform.TMALL,
                List.of(violation("reason", evidence)),
                List.of(compensation(CompensationForm.VOUCHER, null, evidence)),
                List.of(new Advisory("r", "o", AdvisoryKind.RETURN_RECEIPT, AS_OF, "m", "v", "c", Confidence.SEED,
                        evidence)),
                List.of(new Sanction("r", SanctionKind.FINE, Severity.GENERAL, 12, 13, BigDecimal.TEN, null, "v",
                        "c", Confidence.PUBLIC, evidence)),
                List.of(),
                List.of(new RefundAssessment("rf", "o", RefundKind.REFUND_ONLY, RefundReason.NO_REASON,
                        BigDecimal.ONE, "f", ShippingPayer.BUYER, "s", true, "n", RefundStatus.OVERDUE, null, "r",
                        "v", "c", Confidence.SEED, evidence)),
                List.of());
        assertWrittenAsDatabindWrites(v);
        String json = CaseJson.compact(v);
        assertThat(json.indexOf("\"zeta\"")).isLessThan(json.indexOf("\"null\""));
        assertThat(json).contains("\"money\":\"12.30\"", "\"exponent\":\"1000\"", "\"platform\":\"tmall\"");
    }

    /** Databind cannot write an evidence map with a null key (nested, where Evidence does not look): neither can it. */
    @Test
    void evidenceDatabindCannotWriteFailsBoth() {
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        for (Object value : List.of(nullKey, Optional.of(1), new Object())) {
            assertWrittenAsDatabindWrites(verdict("c-unwritable", Platform.TMALL,
                    List.of(violation("r", Map.of("k", value))), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of()));
        }
    }

    @Test
    void instantsAsTheCaseWritesThem() {
        for (String at : List.of("2026-11-05T04:00:00Z", "2026-11-05T04:00:00.5Z", "2026-11-05T04:00:00.000000001Z",
                "1988-06-01T00:00:00Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "-0001-12-31T00:00:00Z")) {
            Instant t = Instant.parse(at);
            assertWrittenAsDatabindWrites(new Verdict("c-" + at, Platform.TMALL, t, "p", List.of(), List.of(),
                    List.of(new Advisory("r", "o", AdvisoryKind.SHIP_BY, t, "m", "v", "c", Confidence.SEED,
                            Map.of("at", t))),
                    List.of(), List.of(), new Totals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
    }

    /** Each thread has its own buffer: a large verdict, then a small one, each whole, on many threads at once. */
    @Test
    void manyThreadsWritingAtOnceEachWriteTheirOwnVerdict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        String id = "c-" + thread + "-" + i;
                        List<Violation> many = Collections.nCopies(i % 3 == 0 ? 50 : 1, violation(AWKWARD, Map.of()));
                        Verdict v = verdict(id, Platform.TMALL, many, List.of(), List.of(), List.of(), List.of(),
                                List.of(), List.of());
                        assertThat(new String(CaseJson.compactUtf8(v), StandardCharsets.UTF_8))
                                .startsWith("{\"caseId\":\"" + id + "\"");
                        assertWrittenAsDatabindWrites(v);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void otherValuesStayWithDatabind() throws Exception {
        Totals totals = new Totals(1, 2, BigDecimal.ONE, BigDecimal.TEN);
        assertThat(CaseJson.compactUtf8(totals)).isEqualTo(CaseJson.writer().writeValueAsBytes(totals));
        assertThat(CaseJson.compact(Map.of("a", 1))).isEqualTo("{\"a\":1}");
    }

    static Verdict verdict(String caseId, Platform platform, List<Violation> violations,
                           List<Compensation> compensations, List<Advisory> advisories, List<Sanction> sanctions,
                           List<Metric> metrics, List<RefundAssessment> refunds, List<NotJudged> notJudged) {
        return new Verdict(caseId, platform, AS_OF, "pack-1.0", violations, compensations, advisories, sanctions,
                metrics, refunds, new Totals(3, 12, new BigDecimal("30"), new BigDecimal("0.1"),
                        new BigDecimal("99.99")), notJudged);
    }

    static Violation violation(String reason, Map<String, Object> evidence) {
        return new Violation("tmall.late-shipment", "2026.1", Severity.GENERAL, 3, "o-1", "chat-1", 4, reason,
                "《天猫规则》第十条", Confidence.PUBLIC, evidence);
    }

    static Compensation compensation(CompensationForm form, Long points, Map<String, Object> evidence) {
        return new Compensation("tmall.late-shipment", "o-1", "b-1", new BigDecimal("12.34"), form,
                CompensationStatus.OWED, "30% × 41.13", points, "2026.1", "c", Confidence.SEED, evidence);
    }

    static NotJudged notJudged() {
        return new NotJudged("tmall.false-shipment", "2026.1", "o-1", "SF1", null,
                List.of(NotJudged.Missing.PICKUP_SCAN, NotJudged.Missing.TRACKING_EVENTS), "trackingKnown: false",
                "c", Confidence.SEED);
    }

    private static <E> E pick(E[] values, int i) {
        return values[i % values.length];
    }
}
