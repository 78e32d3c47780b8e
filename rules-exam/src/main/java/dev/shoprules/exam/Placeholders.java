package dev.shoprules.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.shoprules.core.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills templates with bound variables. In text (stems, statements, explanations) {@code {name}} shows a
 * variable ({@code {paidAt|date}}, {@code |time}, {@code |datetime} choose how an instant is shown) and
 * {@code {@figure}} a figure of the rule version that decided. In a case, a scalar that is exactly
 * {@code $name} becomes the variable's JSON value: money as a 2-decimal string, instants as ISO-8601 with
 * {@code +08:00}, whole numbers, booleans, text or null.
 */
final class Placeholders {
    private static final Pattern TEXT = Pattern.compile(
            "\\{(@(?:[a-z0-9-]+\\.)?[A-Za-z][A-Za-z0-9_]*|[A-Za-z][A-Za-z0-9_]*)(?:\\|([a-z]+))?}");
    private static final Pattern CASE = Pattern.compile("\\$([A-Za-z][A-Za-z0-9_]*)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Placeholders() {}

    /** Fills {@code {name}} with variables and {@code {@name}} through {@code figures} (null: none allowed). */
    static String text(String template, Map<String, Object> values, Function<String, String> figures, String where) {
        Matcher m = TEXT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String format = m.group(2);
            String shown;
            if (name.startsWith("@")) {
                if (figures == null) {
                    throw new ExamException(where + ": {" + name + "} (a figure) can only be used in explain");
                }
                shown = figures.apply(name.substring(1));
            } else {
                if (!values.containsKey(name)) {
                    throw new ExamException(where + ": unknown variable {" + name + "} in \"" + template + "\"");
                }
                shown = show(values.get(name), format, name, where);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        String result = out.toString();
        if (result.indexOf('{') >= 0 || result.indexOf('}') >= 0) {
            throw new ExamException(where + ": unmatched brace or bad placeholder in \"" + template + "\"");
        }
        return result;
    }

    private static String show(Object value, String format, String name, String where) {
        if (format == null) {
            return Display.value(value);
        }
        if (!(value instanceof Instant at)) {
            throw new ExamException(where + ": {" + name + "|" + format + "}: " + name + " is not an instant");
        }
        return switch (format) {
            case "date" -> Display.date(at);
            case "time" -> Display.time(at);
            case "datetime" -> Display.dateTime(at);
            default -> throw new ExamException(where + ": unknown format |" + format + " (date, time, datetime)");
        };
    }

    /** A copy of {@code template} with every {@code $name} scalar replaced by its variable's JSON value. */
    static JsonNode json(JsonNode template, Map<String, Object> values, String where) {
        if (template.isObject()) {
            ObjectNode copy = NODES.objectNode();
            template.properties().forEach(e -> copy.set(e.getKey(), json(e.getValue(), values, where)));
            return copy;
        }
        if (template.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            template.forEach(e -> copy.add(json(e, values, where)));
            return copy;
        }
        if (template.isTextual() && template.asText().startsWith("$")) {
            Matcher m = CASE.matcher(template.asText());
            if (!m.matches()) {
                throw new ExamException(where + ": \"" + template.asText() + "\" is not a $variable");
            }
            String name = m.group(1);
            if (!values.containsKey(name)) {
                throw new ExamException(where + ": unknown variable $" + name + " in the case");
            }
            return node(values.get(name));
        }
        return template.deepCopy();
    }

    static JsonNode node(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof BigDecimal money) {
            return NODES.textNode(money.setScale(2).toPlainString());
        }
        if (value instanceof Instant at) {
            return NODES.textNode(Times.iso(at));
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        return NODES.textNode(value.toString());
    }
}
