package dev.shoprules.exam;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.shoprules.core.Times;
import dev.shoprules.core.verdict.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where a question's answer is in the engine's verdict (its contract JSON, as {@code shoprules check} prints
 * it) and how it is compared and shown.
 *
 * <ul>
 *   <li>{@code violated}: whether the verdict has a violation of {@code rule};</li>
 *   <li>{@code fires}: whether any finding (violation, compensation, advisory, sanction) names {@code rule};</li>
 *   <li>{@code compensation.amount}, {@code advisory.due}, {@code refund.entitled}, {@code advisory.evidence.overdue}…: a field of the one
 *       finding of {@code rule} (and {@code order}, if given) in that list;</li>
 *   <li>{@code totals.compensationOwed}…: a field of the totals;</li>
 *   <li>{@code anyViolation}: whether the verdict has any violation at all (of any rule);</li>
 *   <li>{@code violatedRules}: which rules the verdict has violations of, shown by their {@code names}
 *       (rule id → title, in pack order), or {@link #NO_VIOLATION} when there is none.</li>
 * </ul>
 *
 * @param since for {@link ValueKind#HOURS}: the instant the hours are counted from
 * @param match for a finding: the one whose fields equal these ({@code kind: AUTO_CONFIRM},
 *              {@code name: tmall.reply-rate-30s}, {@code chatId: null} — a dotted name reads into
 *              {@code evidence}); null: no condition
 * @param names for {@code violatedRules}: each rule id the answer may name and how it reads (its title)
 * @param claim for a statement (判断题 such as "运费险保障期限为发货后90天"): the value the statement claims, in
 *              canonical form; the answer is then whether the engine's value equals it ({@code true}/{@code false})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Read(String rule, String select, String order, ValueKind as, String unit, Instant since,
                   Map<String, String> match, Map<String, String> names, String claim) {
    static final Set<String> FINDINGS = Set.of("violation", "compensation", "advisory", "sanction", "metric", "refund");
    /** The yes/no reads. */
    static final Set<String> YES_NO = Set.of("violated", "fires", "anyViolation");
    /** What {@code violatedRules} reads when the verdict has no violation. */
    public static final String NO_VIOLATION = "不违规";
    private static final List<String> FIRING = List.of("violations", "compensations", "advisories", "sanctions");

    public Read {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(as, "as");
        String head = head(select);
        boolean yesNo = YES_NO.contains(select);
        boolean rules = select.equals("violatedRules");
        if (!yesNo && !rules && (!(FINDINGS.contains(head) || head.equals("totals")) || !select.contains("."))) {
            throw new IllegalArgumentException("read \"" + select + "\": expected violated, fires, anyViolation, "
                    + "violatedRules, <" + String.join("|", new TreeSet<>(FINDINGS)) + ">.<field> or totals.<field>");
        }
        if (yesNo && as != ValueKind.BOOLEAN) {
            throw new IllegalArgumentException("read " + select + " is a yes/no answer (as: BOOLEAN)");
        }
        if (rules != (names != null) || rules && as != ValueKind.TEXT) {
            throw new IllegalArgumentException("read violatedRules is TEXT and goes with the names of the rules");
        }
        if ((as == ValueKind.HOURS || as == ValueKind.DAYS) != (since != null)) {
            throw new IllegalArgumentException("as: HOURS and DAYS go with since (the instant they count from)");
        }
        if (claim != null && (yesNo || rules)) {
            throw new IllegalArgumentException("a claim is compared with a value; read " + select + " is not one");
        }
        if (match != null && (select.equals("anyViolation") || rules || head.equals("totals"))) {
            throw new IllegalArgumentException("match selects a finding; read " + select + " reads none");
        }
        match = match == null || match.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<>(match));
        names = names == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** A read without conditions on the finding. */
    public Read(String rule, String select, String order, ValueKind as, String unit, Instant since) {
        this(rule, select, order, as, unit, since, null, null, null);
    }

    /** A value a statement claims (a drawn variable: whole number, money, text) in this read's canonical form. */
    String canonicalClaim(Object value) {
        String text = value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
        try {
            return switch (as) {
                case MONEY, RATE -> Money.of(new BigDecimal(text)).toPlainString();
                case INTEGER -> String.valueOf(new BigDecimal(text).longValueExact());
                case HOURS, DAYS, NUMBER -> Display.money(new BigDecimal(text));
                case INSTANT -> Times.iso(OffsetDateTime.parse(text).toInstant());
                case BOOLEAN, TEXT -> text;
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new ExamException("claim " + value + " is not " + as);
        }
    }

    private static String head(String select) {
        int dot = select.indexOf('.');
        return dot < 0 ? select : select.substring(0, dot);
    }

    /** The answer in canonical form ({@code 240.00}, {@code 48}, {@code true}, an ISO instant), if the verdict has it. */
    public Optional<String> value(JsonNode verdict) {
        if (select.equals("anyViolation")) {
            return Optional.of(String.valueOf(!verdict.path("violations").isEmpty()));
        }
        if (select.equals("violatedRules")) {
            Set<String> ids = new HashSet<>();
            verdict.path("violations").forEach(v -> ids.add(v.path("ruleId").asText()));
            for (String id : ids) {
                if (!names.containsKey(id)) {
                    throw new ExamException("read violatedRules: the verdict violates " + id
                            + ", which is not among the rules the answer may name " + names.keySet());
                }
            }
            String shown = names.entrySet().stream().filter(e -> ids.contains(e.getKey())).map(Map.Entry::getValue)
                    .collect(Collectors.joining("、"));
            return Optional.of(shown.isEmpty() ? NO_VIOLATION : shown);
        }
        if (select.equals("violated")) {
            return Optional.of(String.valueOf(!matching(verdict, "violations").isEmpty()));
        }
        if (select.equals("fires")) {
            return Optional.of(String.valueOf(FIRING.stream().anyMatch(l -> !matching(verdict, l).isEmpty())));
        }
        Optional<JsonNode> holder = finding(verdict);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = holder.get();
        for (String part : select.substring(select.indexOf('.') + 1).split("\\.")) {
            node = node.get(part);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
        }
        String value = canonical(node);
        return Optional.of(claim == null ? value : String.valueOf(value.equals(claim)));
    }

    /**
     * The finding the answer is read from: the one entry of {@code rule} (and {@code order}) in the selected
     * list, the totals, or for {@code violated}/{@code fires} the first violation of the rule.
     *
     * @throws ExamException if the list has several entries that match (the read is ambiguous)
     */
    public Optional<JsonNode> finding(JsonNode verdict) {
        String head = head(select);
        if (head.equals("totals")) {
            return Optional.ofNullable(verdict.get("totals"));
        }
        if (head.equals("anyViolation") || head.equals("violatedRules")) {
            return Optional.empty();
        }
        String list = switch (head) {
            case "violated", "fires", "violation" -> "violations";
            case "advisory" -> "advisories";
            default -> head + "s";
        };
        List<JsonNode> found = matching(verdict, list);
        if (found.size() > 1 && !(head.equals("violated") || head.equals("fires"))) {
            throw new ExamException("read " + select + " of " + rule + " is ambiguous: the verdict has "
                    + found.size() + " " + list + " of it (name the order, or match its fields)");
        }
        return found.stream().findFirst();
    }

    private List<JsonNode> matching(JsonNode verdict, String list) {
        List<JsonNode> found = new ArrayList<>();
        JsonNode entries = verdict.get(list);
        if (entries != null) {
            for (JsonNode e : entries) {
                if (rule.equals(e.path("ruleId").asText())
                        && (order == null || order.equals(e.path("orderId").asText())) && matches(e)) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    /** Whether a finding's fields equal {@link #match}'s (a null value: the field is null or absent). */
    private boolean matches(JsonNode finding) {
        if (match == null) {
            return true;
        }
        for (Map.Entry<String, String> m : match.entrySet()) {
            JsonNode node = finding;
            for (String part : m.getKey().split("\\.")) {
                node = node.path(part);
            }
            boolean absent = node.isMissingNode() || node.isNull();
            if (m.getValue() == null ? !absent : absent || !m.getValue().equals(node.asText())) {
                return false;
            }
        }
        return true;
    }

    private String canonical(JsonNode node) {
        try {
            return switch (as) {
                case MONEY, RATE -> Money.of(new BigDecimal(node.asText())).toPlainString();
                case INTEGER -> String.valueOf(new BigDecimal(node.asText()).longValueExact());
                case NUMBER -> Display.money(new BigDecimal(node.asText()));
                case INSTANT -> Times.iso(OffsetDateTime.parse(node.asText()).toInstant());
                case HOURS -> per(Duration.between(since, OffsetDateTime.parse(node.asText()).toInstant()), 3600);
                case DAYS -> per(Duration.between(since, OffsetDateTime.parse(node.asText()).toInstant()), 86400);
                case BOOLEAN -> {
                    if (!node.isBoolean()) {
                        throw new ExamException("read " + select + " is not true/false but " + node);
                    }
                    yield String.valueOf(node.asBoolean());
                }
                case TEXT -> node.asText();
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new ExamException("read " + select + " is not " + as + ": " + node);
        }
    }

    private static String per(Duration d, int seconds) {
        return Display.money(BigDecimal.valueOf(d.getSeconds()).divide(BigDecimal.valueOf(seconds),
                2, RoundingMode.HALF_UP));
    }

    /** How a canonical value reads in a paper: {@code 240元}, {@code 24000积分}, {@code 2026年3月7日10:00}, {@code 48小时}. */
    public String display(String value) {
        if (claim != null) {
            return value;
        }
        String shown = switch (as) {
            case MONEY -> Display.money(new BigDecimal(value));
            case RATE -> Display.money(new BigDecimal(value).movePointRight(2)) + "%";
            case INSTANT -> Display.dateTime(OffsetDateTime.parse(value).toInstant());
            default -> value;
        };
        return shown + (unit != null ? unit : switch (as) {
            case MONEY -> "元";
            case HOURS -> "小时";
            case DAYS -> "天";
            default -> "";
        });
    }

    /** The engine's own words for a finding: its formula, else its reason, else its message. */
    static Optional<String> detail(JsonNode finding) {
        for (String field : List.of("formula", "reason", "message")) {
            JsonNode v = finding.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return Optional.of(v.asText());
            }
        }
        return Optional.empty();
    }
}
