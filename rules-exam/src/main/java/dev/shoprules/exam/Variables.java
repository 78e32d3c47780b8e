package dev.shoprules.exam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shoprules.exam.TemplateSpecs.VariableSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Draws a scenario's variables from their specs with a seeded {@link Random}: money as BigDecimal at 2 decimals,
 * whole numbers as Long, instants, text, booleans, or null. Variables are drawn in declaration order; one that
 * refers to a later one draws it first, so the order of draws, and hence every paper, depends only on the seed.
 */
final class Variables {
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Set<String> UNITS = Set.of("DAYS", "HOURS", "MINUTES", "SECONDS");

    private final Map<String, VariableSpec> specs;
    private final Map<String, Object> values;
    private final Random random;
    private final String where;
    private final Set<String> drawing = new HashSet<>();

    private Variables(Map<String, VariableSpec> specs, Map<String, Object> given, Random random, String where) {
        this.specs = specs;
        this.values = new LinkedHashMap<>(given);
        specs.keySet().forEach(values::remove);
        this.random = random;
        this.where = where;
    }

    /** Draws every variable of {@code specs}; {@code given} are already bound (a spec of the same name wins). */
    static Map<String, Object> draw(Map<String, VariableSpec> specs, Map<String, Object> given, Random random,
                                    String where) {
        Variables v = new Variables(specs, given, random, where);
        specs.keySet().forEach(v::resolve);
        return Collections.unmodifiableMap(v.values);
    }

    /** Checks a spec's shape (exactly one kind, ranges in order) without drawing. */
    static void validate(String name, VariableSpec s, String where) {
        if (!NAME.matcher(name).matches()) {
            throw new ExamException(where + ": variable name \"" + name + "\" is not a plain identifier");
        }
        if (s == null) {
            throw new ExamException(where + ": variable " + name + " has no definition");
        }
        int kinds = count(s.money() != null, s.integer() != null, s.instant() != null, s.oneOf() != null,
                s.from() != null, s.sum() != null, s.value() != null, s.chatLine() != null, s.accountOf() != null);
        if (kinds != 1) {
            throw new ExamException(where + ": variable " + name + " needs exactly one of money, integer, instant, "
                    + "oneOf, from, sum, chatLine, accountOf, value");
        }
        if (s.except() != null && s.oneOf() == null) {
            throw new ExamException(where + ": variable " + name + ": except goes with oneOf");
        }
        if (s.chatLine() != null) {
            if (s.chatLine().detector() == null || s.chatLine().violating() == null) {
                throw new ExamException(where + ": variable " + name + ": chatLine needs detector and violating");
            }
            String d = s.chatLine().detector();
            JsonNode violating = s.chatLine().violating();
            if (!violating.isBoolean() && !(violating.isTextual() && violating.asText().startsWith("$"))) {
                throw new ExamException(where + ": variable " + name + ": chatLine violating is true, false or $variable");
            }
            if (!d.startsWith("$") && violating.isBoolean()
                    && ChatLines.standard().lines(null, d, violating.asBoolean()).isEmpty()) {
                throw new ExamException(where + ": variable " + name + ": the chat table has no "
                        + (violating.asBoolean() ? "violating" : "benign") + " line for detector " + d
                        + " (detectors: " + ChatLines.standard().detectors() + ")");
            }
        }
        if (s.from() != null && (s.plus() == null) == (s.minus() == null)) {
            throw new ExamException(where + ": variable " + name + ": from needs exactly one of plus or minus");
        }
        if (s.from() == null && (s.plus() != null || s.minus() != null || s.unit() != null)) {
            throw new ExamException(where + ": variable " + name + ": plus, minus and unit go with from");
        }
        if (s.unit() != null && !UNITS.contains(s.unit().name())) {
            throw new ExamException(where + ": variable " + name + ": unit is one of " + UNITS);
        }
        if (s.step() != null && s.money() == null && s.integer() == null && s.instant() == null) {
            throw new ExamException(where + ": variable " + name + ": step goes with money, integer or instant");
        }
        for (List<?> range : Arrays.asList(s.money(), s.integer(), s.instant())) {
            if (range != null && range.size() != 2) {
                throw new ExamException(where + ": variable " + name + ": a range is [min, max]");
            }
        }
        if (s.oneOf() != null && s.oneOf().isEmpty()) {
            throw new ExamException(where + ": variable " + name + ": oneOf is empty");
        }
        if (s.sum() != null && s.sum().size() < 2) {
            throw new ExamException(where + ": variable " + name + ": sum needs at least two terms");
        }
    }

    private static int count(boolean... present) {
        int n = 0;
        for (boolean p : present) {
            n += p ? 1 : 0;
        }
        return n;
    }

    private Object resolve(String name) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        VariableSpec spec = specs.get(name);
        if (spec == null) {
            throw new ExamException(where + ": unknown variable " + name);
        }
        if (!drawing.add(name)) {
            throw new ExamException(where + ": variable " + name + " refers to itself");
        }
        Object value;
        try {
            value = drawOne(name, spec);
        } catch (ArithmeticException | DateTimeParseException | IllegalArgumentException e) {
            throw new ExamException(where + ": variable " + name + ": " + e.getMessage(), e);
        }
        drawing.remove(name);
        values.put(name, value);
        return value;
    }

    private Object drawOne(String name, VariableSpec s) {
        if (s.money() != null) {
            BigDecimal min = money(s.money().get(0), name);
            BigDecimal max = money(s.money().get(1), name);
            BigDecimal step = s.step() == null ? BigDecimal.ONE : money(s.step().decimalValue(), name);
            long k = pick(max.subtract(min).divide(step).longValueExact(), name);
            return min.add(step.multiply(BigDecimal.valueOf(k))).setScale(2);
        }
        if (s.integer() != null) {
            long step = s.step() == null ? 1 : s.step().asLong();
            long min = s.integer().get(0);
            long max = s.integer().get(1);
            if (step <= 0 || (max - min) % step != 0) {
                throw new IllegalArgumentException("step must be positive and divide max - min");
            }
            return min + step * pick((max - min) / step, name);
        }
        if (s.instant() != null) {
            Instant from = instant(s.instant().get(0));
            Instant to = instant(s.instant().get(1));
            Duration step = s.step() == null ? Duration.ofMinutes(1) : Duration.parse(s.step().asText());
            long steps = Duration.between(from, to).dividedBy(step);
            return from.plus(step.multipliedBy(pick(steps, name)));
        }
        if (s.oneOf() != null) {
            List<Object> choices = new ArrayList<>();
            for (JsonNode o : s.oneOf()) {
                choices.add(scalar(o, name));
            }
            if (s.except() != null) {
                for (String other : s.except()) {
                    choices.remove(resolve(other));
                }
            }
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("oneOf has nothing left after except " + s.except());
            }
            return choices.get(random.nextInt(choices.size()));
        }
        if (s.chatLine() != null) {
            String detector = s.chatLine().detector();
            if (detector.startsWith("$")) {
                detector = String.valueOf(resolve(detector.substring(1)));
            }
            JsonNode label = s.chatLine().violating();
            Object violating = label.isBoolean() ? label.asBoolean() : resolve(label.asText().substring(1));
            if (!(violating instanceof Boolean v)) {
                throw new IllegalArgumentException("chatLine violating " + label.asText() + " is not true/false");
            }
            // The pack's own lines (the built-in variable code is its platform), else every platform's.
            String platform = specs.containsKey("code") || values.containsKey("code") ? String.valueOf(resolve("code")) : null;
            List<String> lines = ChatLines.standard().lines(platform, detector, v);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("the chat table has no " + (v ? "violating" : "benign")
                        + " line for detector " + detector);
            }
            return lines.get(random.nextInt(lines.size()));
        }
        if (s.from() != null) {
            Object base = resolve(s.from());
            if (!(base instanceof Instant at)) {
                throw new IllegalArgumentException("from " + s.from() + " is not an instant (" + base + ")");
            }
            boolean plus = s.plus() != null;
            long amount = amount(plus ? s.plus() : s.minus(), name);
            Duration d = Duration.of(amount, s.unit() == null ? ChronoUnit.HOURS : s.unit());
            return plus ? at.plus(d) : at.minus(d);
        }
        if (s.accountOf() != null) {
            return ChatLines.standard().account(String.valueOf(resolve(s.accountOf())));
        }
        if (s.sum() != null) {
            List<Object> terms = new ArrayList<>();
            for (JsonNode t : s.sum()) {
                terms.add(t.isTextual() ? resolve(t.asText()) : scalar(t, name));
            }
            if (terms.stream().allMatch(Long.class::isInstance)) {
                return terms.stream().mapToLong(Long.class::cast).sum();
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Object t : terms) {
                if (t instanceof Long l) {
                    total = total.add(BigDecimal.valueOf(l));
                } else if (t instanceof BigDecimal b) {
                    total = total.add(b);
                } else {
                    throw new IllegalArgumentException("sum of something that is not a number: " + t);
                }
            }
            return total.setScale(2);
        }
        return scalar(s.value(), name);
    }

    /** A uniformly drawn whole number in [0, max]. */
    private long pick(long max, String name) {
        if (max < 0) {
            throw new IllegalArgumentException("range is empty (min above max)");
        }
        if (max >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("range has too many steps; use a larger step");
        }
        return random.nextInt((int) max + 1);
    }

    private long amount(JsonNode node, String name) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isArray() && node.size() == 2 && node.get(0).isIntegralNumber() && node.get(1).isIntegralNumber()) {
            long min = node.get(0).asLong();
            return min + pick(node.get(1).asLong() - min, name);
        }
        if (node.isTextual()) {
            Object v = resolve(node.asText());
            if (v instanceof Long l) {
                return l;
            }
            throw new IllegalArgumentException(node.asText() + " is not a whole number (" + v + ")");
        }
        throw new IllegalArgumentException("plus/minus is a whole number, a [min, max] range or an integer variable");
    }

    private static BigDecimal money(BigDecimal value, String name) {
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("money is not negative and has at most 2 decimals: " + value);
        }
        return value;
    }

    static Instant instant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    /** A YAML scalar as a variable value: whole numbers Long, decimals money, text, booleans, null. */
    static Object scalar(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return money(node.decimalValue(), name).setScale(2);
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        throw new IllegalArgumentException("a value is a number, text, true/false or null, not " + node);
    }
}
