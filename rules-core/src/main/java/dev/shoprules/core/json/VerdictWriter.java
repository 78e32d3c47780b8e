package dev.shoprules.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.shoprules.core.Times;
import dev.shoprules.core.verdict.Advisory;
import dev.shoprules.core.verdict.Compensation;
import dev.shoprules.core.verdict.Metric;
import dev.shoprules.core.verdict.NotJudged;
import dev.shoprules.core.verdict.RefundAssessment;
import dev.shoprules.core.verdict.RefundStep;
import dev.shoprules.core.verdict.Sanction;
import dev.shoprules.core.verdict.Totals;
import dev.shoprules.core.verdict.Verdict;
import dev.shoprules.core.verdict.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Verdict} as compact JSON straight on jackson-core's {@link JsonGenerator}: exactly the text
 * databind's compact writer writes for it, without databind's bean machinery. A profile of {@code check} over
 * 200 000 generated cases had verdict writing through databind at 12 % of worker time (BeanSerializer,
 * BeanPropertyWriter and reflection on the record accessors, MapSerializer, …).
 * <p>
 * One method per record, its fields in component order, as databind writes them: {@code null} for a null field,
 * except the fields marked {@code @JsonInclude} ({@code Verdict.notJudged} only when not empty,
 * {@code Compensation.points}, {@code Sanction.amount} and {@code days} only when not null); instants in
 * Asia/Shanghai and money as plain strings, as {@link CaseJson}'s serializers write them. Evidence maps keep their
 * order; an evidence value of a type not written here (an enum, a record, a set, …) is written by databind on the
 * same generator. The generator comes from databind's writer, so it escapes and encodes as databind's does.
 * <p>
 * VerdictWriterTest (edge values), VerdictWriterProperties (any text, any evidence), the packs' golden suites and
 * rules-bench's VerdictWriterAgreesTest (every golden and many generated verdicts) hold the output byte for byte to
 * databind's: a component added to a verdict record, or a Jackson annotation, fails them until it is written here.
 */
final class VerdictWriter {
    /**
     * One buffer per thread for {@link #utf8}, as large as the largest verdict it held, so that a verdict costs one
     * copy (a verdict is copied out of it, never handed out).
     */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(8 * 1024));

    /** The field names, each encoded once, as databind's bean writers hold theirs. */
    private static final SerializableString CASE_ID = new SerializedString("caseId");
    private static final SerializableString PLATFORM = new SerializedString("platform");
    private static final SerializableString AS_OF = new SerializedString("asOf");
    private static final SerializableString PACK_VERSION = new SerializedString("packVersion");
    private static final SerializableString VIOLATIONS = new SerializedString("violations");
    private static final SerializableString COMPENSATIONS = new SerializedString("compensations");
    private static final SerializableString ADVISORIES = new SerializedString("advisories");
    private static final SerializableString SANCTIONS = new SerializedString("sanctions");
    private static final SerializableString METRICS = new SerializedString("metrics");
    private static final SerializableString REFUNDS = new SerializedString("refunds");
    private static final SerializableString TOTALS = new SerializedString("totals");
    private static final SerializableString NOT_JUDGED = new SerializedString("notJudged");
    private static final SerializableString RULE_ID = new SerializedString("ruleId");
    private static final SerializableString RULE_VERSION = new SerializedString("ruleVersion");
    private static final SerializableString SEVERITY = new SerializedString("severity");
    private static final SerializableString POINTS = new SerializedString("points");
    private static final SerializableString ORDER_ID = new SerializedString("orderId");
    private static final SerializableString CHAT_ID = new SerializedString("chatId");
    private static final SerializableString MESSAGE_INDEX = new SerializedString("messageIndex");
    private static final SerializableString REASON = new SerializedString("reason");
    private static final SerializableString CITATION = new SerializedString("citation");
    private static final SerializableString CONFIDENCE = new SerializedString("confidence");
    private static final SerializableString BUYER_ID = new SerializedString("buyerId");
    private static final SerializableString AMOUNT = new SerializedString("amount");
    private static final SerializableString FORM = new SerializedString("form");
    private static final SerializableString STATUS = new SerializedString("status");
    private static final SerializableString FORMULA = new SerializedString("formula");
    private static final SerializableString KIND = new SerializedString("kind");
    private static final SerializableString DUE = new SerializedString("due");
    private static final SerializableString MESSAGE = new SerializedString("message");
    private static final SerializableString THRESHOLD = new SerializedString("threshold");
    private static final SerializableString POINTS_AFTER = new SerializedString("pointsAfter");
    private static final SerializableString DAYS = new SerializedString("days");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString AGENT_ID = new SerializedString("agentId");
    private static final SerializableString VALUE = new SerializedString("value");
    private static final SerializableString TARGET = new SerializedString("target");
    private static final SerializableString MET = new SerializedString("met");
    private static final SerializableString REFUND_ID = new SerializedString("refundId");
    private static final SerializableString ENTITLED = new SerializedString("entitled");
    private static final SerializableString RETURN_SHIPPING_PAID_BY = new SerializedString("returnShippingPaidBy");
    private static final SerializableString RETURN_SHIPPING = new SerializedString("returnShipping");
    private static final SerializableString NO_REASON_ELIGIBLE = new SerializedString("noReasonEligible");
    private static final SerializableString NO_REASON = new SerializedString("noReason");
    private static final SerializableString NEXT = new SerializedString("next");
    private static final SerializableString CONSEQUENCE = new SerializedString("consequence");
    private static final SerializableString GENERAL_POINTS = new SerializedString("generalPoints");
    private static final SerializableString SERIOUS_POINTS = new SerializedString("seriousPoints");
    private static final SerializableString COMPENSATION_OWED = new SerializedString("compensationOwed");
    private static final SerializableString COMPENSATION_AT_RISK = new SerializedString("compensationAtRisk");
    private static final SerializableString REFUND_OWED = new SerializedString("refundOwed");
    private static final SerializableString TRACKING_NO = new SerializedString("trackingNo");
    private static final SerializableString MISSING = new SerializedString("missing");
    private static final SerializableString EVIDENCE = new SerializedString("evidence");

    private final ObjectWriter databind;

    /** {@code databind}: the writer whose output this one reproduces, its generators and its other values. */
    VerdictWriter(ObjectWriter databind) {
        this.databind = databind;
    }

    /** The verdict as UTF-8 bytes, as {@code databind.writeValueAsBytes(verdict)}. */
    byte[] utf8(Verdict verdict) throws IOException {
        ByteArrayOutputStream out = BUFFER.get();
        out.reset();
        try (JsonGenerator g = databind.createGenerator(out, JsonEncoding.UTF8)) {
            verdict(g, verdict);
        }
        return out.toByteArray();
    }

    /** The verdict as text, as {@code databind.writeValueAsString(verdict)} (which escapes as a text generator). */
    String text(Verdict verdict) throws IOException {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = databind.createGenerator(out)) {
            verdict(g, verdict);
        }
        return out.toString();
    }

    private interface Item<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    private void verdict(JsonGenerator g, Verdict v) throws IOException {
        g.writeStartObject();
        string(g, CASE_ID, v.caseId());
        string(g, PLATFORM, v.platform().code()); // Platform's @JsonValue; a verdict always has one
        instant(g, AS_OF, v.asOf());
        string(g, PACK_VERSION, v.packVersion());
        list(g, VIOLATIONS, v.violations(), this::violation);
        list(g, COMPENSATIONS, v.compensations(), this::compensation);
        list(g, ADVISORIES, v.advisories(), this::advisory);
        list(g, SANCTIONS, v.sanctions(), this::sanction);
        list(g, METRICS, v.metrics(), this::metric);
        list(g, REFUNDS, v.refunds(), this::refund);
        g.writeFieldName(TOTALS);
        totals(g, v.totals());
        if (v.notJudged() != null && !v.notJudged().isEmpty()) {
            list(g, NOT_JUDGED, v.notJudged(), this::notJudged);
        }
        g.writeEndObject();
    }

    private void violation(JsonGenerator g, Violation v) throws IOException {
        g.writeStartObject();
        string(g, RULE_ID, v.ruleId());
        string(g, RULE_VERSION, v.ruleVersion());
        constant(g, SEVERITY, v.severity());
        number(g, POINTS, v.points());
        string(g, ORDER_ID, v.orderId());
        string(g, CHAT_ID, v.chatId());
        numberOrNull(g, MESSAGE_INDEX, v.messageIndex());
        string(g, REASON, v.reason());
        string(g, CITATION, v.citation());
        constant(g, CONFIDENCE, v.confidence());
        evidence(g, v.evidence());
        g.writeEndObject();
    }

    private void compensation(JsonGenerator g, Compensation c) throws IOException {
        g.writeStartObject();
        string(g, RULE_ID, c.ruleId());
        string(g, ORDER_ID, c.orderId());
        string(g, BUYER_ID, c.buyerId());
        money(g, AMOUNT, c.amount());
        constant(g, FORM, c.form());
        constant(g, STATUS, c.status());
        string(g, FORMULA, c.formula());
        if (c.points() != null) {
            number(g, POINTS, c.points());
        }
        string(g, RULE_VERSION, c.ruleVersion());
        string(g, CITATION, c.citation());
        constant(g, CONFIDENCE, c.confidence());
        evidence(g, c.evidence());
        g.writeEndObject();
    }

    private void advisory(JsonGenerator g, Advisory a) throws IOException {
        g.writeStartObject();
        string(g, RULE_ID, a.ruleId());
        string(g, ORDER_ID, a.orderId());
        constant(g, KIND, a.kind());
        instant(g, DUE, a.due());
        string(g, MESSAGE, a.message());
        string(g, RULE_VERSION, a.ruleVersion());
        string(g, CITATION, a.citation());
        constant(g, CONFIDENCE, a.confidence());
        evidence(g, a.evidence());
        g.writeEndObject();
    }

    private void sanction(JsonGenerator g, Sanction s) throws IOException {
        g.writeStartObject();
        string(g, RULE_ID, s.ruleId());
        constant(g, KIND, s.kind());
        constant(g, SEVERITY, s.severity());
        number(g, THRESHOLD, s.threshold());
        number(g, POINTS_AFTER, s.pointsAfter());
        if (s.amount() != null) {
            money(g, AMOUNT, s.amount());
        }
        if (s.days() != null) {
            number(g, DAYS, s.days());
        }
        string(g, RULE_VERSION, s.ruleVersion());
        string(g, CITATION, s.citation());
        constant(g, CONFIDENCE, s.confidence());
        evidence(g, s.evidence());
        g.writeEndObject();
    }

    private void metric(JsonGenerator g, Metric m) throws IOException {
        g.writeStartObject();
        string(g, NAME, m.name());
        string(g, CHAT_ID, m.chatId());
        string(g, AGENT_ID, m.agentId());
        money(g, VALUE, m.value());
        money(g, TARGET, m.target());
        g.writeFieldName(MET);
        if (m.met() == null) {
            g.writeNull();
        } else {
            g.writeBoolean(m.met());
        }
        string(g, RULE_ID, m.ruleId());
        string(g, RULE_VERSION, m.ruleVersion());
        constant(g, CONFIDENCE, m.confidence());
        g.writeEndObject();
    }

    private void refund(JsonGenerator g, RefundAssessment r) throws IOException {
        g.writeStartObject();
        string(g, REFUND_ID, r.refundId());
        string(g, ORDER_ID, r.orderId());
        constant(g, KIND, r.kind());
        constant(g, REASON, r.reason());
        money(g, ENTITLED, r.entitled());
        string(g, FORMULA, r.formula());
        constant(g, RETURN_SHIPPING_PAID_BY, r.returnShippingPaidBy());
        string(g, RETURN_SHIPPING, r.returnShipping());
        g.writeFieldName(NO_REASON_ELIGIBLE);
        g.writeBoolean(r.noReasonEligible());
        string(g, NO_REASON, r.noReason());
        constant(g, STATUS, r.status());
        g.writeFieldName(NEXT);
        if (r.next() == null) {
            g.writeNull();
        } else {
            refundStep(g, r.next());
        }
        string(g, RULE_ID, r.ruleId());
        string(g, RULE_VERSION, r.ruleVersion());
        string(g, CITATION, r.citation());
        constant(g, CONFIDENCE, r.confidence());
        evidence(g, r.evidence());
        g.writeEndObject();
    }

    private void refundStep(JsonGenerator g, RefundStep s) throws IOException {
        g.writeStartObject();
        string(g, KIND, s.kind());
        instant(g, DUE, s.due());
        string(g, CONSEQUENCE, s.consequence());
        g.writeEndObject();
    }

    private void totals(JsonGenerator g, Totals t) throws IOException {
        g.writeStartObject();
        number(g, GENERAL_POINTS, t.generalPoints());
        number(g, SERIOUS_POINTS, t.seriousPoints());
        money(g, COMPENSATION_OWED, t.compensationOwed());
        money(g, COMPENSATION_AT_RISK, t.compensationAtRisk());
        money(g, REFUND_OWED, t.refundOwed());
        g.writeEndObject();
    }

    private void notJudged(JsonGenerator g, NotJudged n) throws IOException {
        g.writeStartObject();
        string(g, RULE_ID, n.ruleId());
        string(g, RULE_VERSION, n.ruleVersion());
        string(g, ORDER_ID, n.orderId());
        string(g, TRACKING_NO, n.trackingNo());
        string(g, REFUND_ID, n.refundId());
        list(g, MISSING, n.missing(), (gen, missing) -> gen.writeString(missing.name()));
        string(g, REASON, n.reason());
        string(g, CITATION, n.citation());
        constant(g, CONFIDENCE, n.confidence());
        g.writeEndObject();
    }

    /** A record's evidence: its keys are strings (Evidence.copyOf), so it needs none of {@link #value}'s checks. */
    private void evidence(JsonGenerator g, Map<String, Object> evidence) throws IOException {
        g.writeFieldName(EVIDENCE);
        if (evidence == null) {
            g.writeNull();
        } else {
            entries(g, evidence);
        }
    }

    private void entries(JsonGenerator g, Map<String, ?> map) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * An evidence value: null, strings, whole numbers, booleans, money, instants, and lists and maps of the JDK's
     * own of them as databind writes them; any other value (or a map with other keys than strings) by databind.
     */
    @SuppressWarnings("unchecked")
    private void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            g.writeString(d.toPlainString());
        } else if (value instanceof Instant t) {
            g.writeString(Times.iso(t));
        } else if (value instanceof List<?> list && ofTheJdk(list)) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map && ofTheJdk(map) && keysAreStrings(map)) {
            entries(g, (Map<String, ?>) map);
        } else {
            databind.writeValue(g, value);
        }
    }

    /** A JDK collection has no Jackson annotations that could change how databind writes it; a class of others may. */
    private static boolean ofTheJdk(Object collection) {
        return collection.getClass().getModule() == Object.class.getModule();
    }

    private static boolean keysAreStrings(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static <T> void list(JsonGenerator g, SerializableString field, List<T> items, Item<T> item)
            throws IOException {
        g.writeFieldName(field);
        if (items == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (T each : items) {
            item.write(g, each);
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, SerializableString field, String value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    /** An enum constant as databind writes the verdict's enums (none has a {@code @JsonValue}): its name. */
    private static void constant(JsonGenerator g, SerializableString field, Enum<?> value)
            throws IOException {
        string(g, field, value == null ? null : value.name());
    }

    private static void money(JsonGenerator g, SerializableString field, BigDecimal value) throws IOException {
        string(g, field, value == null ? null : value.toPlainString());
    }

    private static void instant(JsonGenerator g, SerializableString field, Instant value) throws IOException {
        string(g, field, Times.iso(value));
    }

    /** A whole number: written as databind writes an {@code int} or {@code long} (the same digits). */
    private static void number(JsonGenerator g, SerializableString field, long value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value);
    }

    private static void numberOrNull(JsonGenerator g, SerializableString field, Integer value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
