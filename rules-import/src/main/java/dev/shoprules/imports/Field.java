package dev.shoprules.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shoprules.core.Times;
import dev.shoprules.core.privacy.Masking;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON value of a payload with its path, and the typed readings the mappings need. Each reading either returns
 * a value or throws {@link MappingException} naming the path; none guesses. Values of personal fields never appear
 * in a message.
 */
final class Field {
    /** TOP and PDD write times as {@code yyyy-MM-dd HH:mm:ss}, Beijing time (Asia/Shanghai). */
    static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern MONEY = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    /** Fields whose values are personal data of the buyer or receiver. */
    private static final Set<String> PERSONAL = Set.of("buyer_nick", "buyer_open_uid", "receiver_name",
            "receiver_mobile", "receiver_phone", "receiver_address", "address", "receiver_name_mask",
            "receiver_phone_mask", "receiver_address_mask", "address_mask", "ouid");

    final JsonNode node;
    final String path;
    /** The line of the innermost object or array holding this value (errors name it). */
    final long line;
    private final java.util.Map<JsonNode, Long> lines;

    Field(JsonNode node, String path) {
        this(node, path, 1, java.util.Map.of());
    }

    private Field(JsonNode node, String path, long line, java.util.Map<JsonNode, Long> lines) {
        this.node = node;
        this.path = path;
        this.lines = lines;
        Long own = node == null ? null : lines.get(node);
        this.line = own != null ? own : line;
    }

    /** The root of a document read by {@link Payloads}, whose objects know their lines. */
    static Field root(JsonNode node, java.util.Map<JsonNode, Long> lines) {
        return new Field(node, "$", 1, lines);
    }

    Field get(String name) {
        JsonNode child = node == null || !node.isObject() ? null : node.get(name);
        return new Field(child, "$".equals(path) ? name : path + "." + name, line, lines);
    }

    Field at(int index) {
        return new Field(node.get(index), path + "[" + index + "]", line, lines);
    }

    /** Absent or JSON null; TOP omits empty fields, PDD sends null or "". */
    boolean missing() {
        return node == null || node.isNull() || (node.isTextual() && node.asText().isBlank());
    }

    MappingException fail(String message) {
        return new MappingException(path, line, message);
    }

    private String name() {
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    /** The value for a message: personal fields are masked, long values cut. */
    String shown() {
        if (node == null) {
            return "absent";
        }
        String text = node.isTextual() ? node.asText() : node.toString();
        if (PERSONAL.contains(name())) {
            return name().contains("phone") || name().contains("mobile") ? Masking.phone(text)
                    : name().contains("address") ? Masking.address(text) : Masking.name(text);
        }
        text = Masking.mobilesIn(text);
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }

    /** A required text (a JSON string or number: TOP ids are numbers, PDD's are strings). */
    String text() {
        if (missing()) {
            throw fail("required");
        }
        if (!node.isTextual() && !node.isNumber()) {
            throw fail("expected a string or number, was " + node.getNodeType().name().toLowerCase());
        }
        return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText().strip();
    }

    String optText() {
        return missing() ? null : text();
    }

    /** Money in yuan with at most 2 decimals, as a string ("200.07") or an exact number. */
    BigDecimal money() {
        String t = text();
        if (!MONEY.matcher(t).matches()) {
            throw fail("not an amount of money in yuan with at most 2 decimals: " + shown());
        }
        return new BigDecimal(t).setScale(2);
    }

    BigDecimal optMoney() {
        return missing() ? null : money();
    }

    long whole() {
        String t = text();
        if (!WHOLE.matcher(t).matches()) {
            throw fail("not a whole number: " + shown());
        }
        return Long.parseLong(t);
    }

    Long optWhole() {
        return missing() ? null : whole();
    }

    boolean bool() {
        if (missing()) {
            throw fail("required");
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        throw fail("expected true or false, was " + shown());
    }

    Boolean optBool() {
        return missing() ? null : bool();
    }

    /** A platform time: {@code yyyy-MM-dd HH:mm:ss} in Asia/Shanghai. */
    Instant time() {
        String t = text();
        try {
            return LocalDateTime.parse(t, PLATFORM_TIME).atZone(Times.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw fail("not a time as yyyy-MM-dd HH:mm:ss (Asia/Shanghai): " + shown());
        }
    }

    Instant optTime() {
        return missing() ? null : time();
    }

    /**
     * A list as TOP's JSON writes it, wrapped in an object with one key ({@code "orders": {"order": [...]}}), or a
     * plain JSON array as SDKs hand it over. Absent = empty.
     */
    List<Field> list(String wrapper) {
        if (missing()) {
            return List.of();
        }
        Field array = this;
        if (node.isObject()) {
            array = get(wrapper);
            if (array.missing()) {
                throw fail("expected a list or {\"" + wrapper + "\": [...]}");
            }
            if (array.node.isObject()) {
                return List.of(array); // TOP writes a one-element list as the element itself in some SDKs
            }
        }
        if (!array.node.isArray()) {
            throw fail("expected a list");
        }
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < array.node.size(); i++) {
            out.add(array.at(i));
        }
        return out;
    }

    boolean isObject() {
        return node != null && node.isObject();
    }
}
