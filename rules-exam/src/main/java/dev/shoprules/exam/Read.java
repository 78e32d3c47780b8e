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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a question's answer is in the engine's verdict (its contract JSON, as {@code shoprules check} prints
 * it) and how it is compared and shown.
 *
 * <ul>
 *   <li>{@code violated}: whether the verdict has a violation of {@code rule};</li>
 *   <li>{@code fires}: whether any finding (violation, compensation, advisory, sanction) names {@code rule};</li>
 *   <li>{@code compensation.amount}, {@code advisory.due}, {@code advisory.evidence.overdue}…: a field of the one
 *       finding of {@code rule} (and {@code order}, if given) in that list;</li>
 *   <li>{@code totals.compensationOwed}…: a field of the totals.</li>
 * </ul>
 *
 * @param since for {@link ValueKind#HOURS}: the instant the hours are counted from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Read(String rule, String select, String order, ValueKind as, String unit, Instant since) {
    static final Set<String> FINDINGS = Set.of("violation", "compensation", "advisory", "sanction", "metric");
    private static final List<String> FIRING = List.of("violations", "compensations", "advisories", "sanctions");

    public Read {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(as, "as");
        String head = head(select);
        boolean yesNo = select.equals("violated") || select.equals("fires");
        if (!yesNo && !(FINDINGS.contains(head) || head.equals("totals")) || !yesNo && !select.contains(".")) {
            throw new IllegalArgumentException("read \"" + select + "\": expected violated, fires, <"
                    + String.join("|", new TreeSet<>(FINDINGS)) + ">.<field> or totals.<field>");
        }
        if (yesNo && as != ValueKind.BOOLEAN) {
            throw new IllegalArgumentException("read " + select + " is a yes/no answer (as: BOOLEAN)");
        }
        if ((as == ValueKind.HOURS) != (since != null)) {
            throw new IllegalArgumentException("as: HOURS goes with since (the instant the hours count from)");
        }
    }

    private static String head(String select) {
        int dot = select.indexOf('.');
        return dot < 0 ? select : select.substring(0, dot);
    }

    /** The answer in canonical form ({@code 240.00}, {@code 48}, {@code true}, an ISO instant), if the verdict has it. */
    public Optional<String> value(JsonNode verdict) {
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
        return Optional.of(canonical(node));
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
        String list = switch (head) {
            case "violated", "fires", "violation" -> "violations";
            case "advisory" -> "advisories";
            default -> head + "s";
        };
        List<JsonNode> found = matching(verdict, list);
        if (found.size() > 1 && !(head.equals("violated") || head.equals("fires"))) {
            throw new ExamException("read " + select + " of " + rule + " is ambiguous: the verdict has "
                    + found.size() + " " + list + " of it (name the order)");
        }
        return found.stream().findFirst();
    }

    private List<JsonNode> matching(JsonNode verdict, String list) {
        List<JsonNode> found = new ArrayList<>();
        JsonNode entries = verdict.get(list);
        if (entries != null) {
            for (JsonNode e : entries) {
                if (rule.equals(e.path("ruleId").asText())
                        && (order == null || order.equals(e.path("orderId").asText()))) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private String canonical(JsonNode node) {
        try {
            return switch (as) {
                case MONEY -> Money.of(new BigDecimal(node.asText())).toPlainString();
                case INTEGER -> String.valueOf(new BigDecimal(node.asText()).longValueExact());
                case INSTANT -> Times.iso(OffsetDateTime.parse(node.asText()).toInstant());
                case HOURS -> hours(Duration.between(since, OffsetDateTime.parse(node.asText()).toInstant()));
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

    private static String hours(Duration d) {
        return Display.money(BigDecimal.valueOf(d.getSeconds()).divide(BigDecimal.valueOf(3600),
                2, RoundingMode.HALF_UP));
    }

    /** How a canonical value reads in a paper: {@code 240元}, {@code 24000积分}, {@code 2026年3月7日10:00}, {@code 48小时}. */
    public String display(String value) {
        String shown = switch (as) {
            case MONEY -> Display.money(new BigDecimal(value));
            case INSTANT -> Display.dateTime(OffsetDateTime.parse(value).toInstant());
            default -> value;
        };
        return shown + (unit != null ? unit : switch (as) {
            case MONEY -> "元";
            case HOURS -> "小时";
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
