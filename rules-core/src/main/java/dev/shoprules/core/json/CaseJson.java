package dev.shoprules.core.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.shoprules.core.Times;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The JSON codec of the contract. Reading is strict (unknown fields, missing required fields, instants without
 * an offset, bad money, unknown enum values, duplicate keys, trailing data are errors that name the JSON path)
 * and bounded (nesting depth, string and number length). Writing is deterministic: fields in declaration
 * order, instants in Asia/Shanghai, money as strings with 2 decimals.
 */
@API(status = STABLE, since = "0.1")
public final class CaseJson {
    /** Limits: deep enough for any real case, small enough that a hostile line cannot exhaust the stack or heap. */
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 8 * 1024 * 1024;
    public static final int MAX_NUMBER_LENGTH = 40;

    private static final ObjectMapper READ = readMapper();
    private static final ObjectReader CASE_READER = READ.readerFor(CaseFacts.class);
    private static final com.fasterxml.jackson.core.JsonFactory SCAN = com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(READ.getFactory().streamReadConstraints()).build();
    private static final ObjectMapper WRITE = writeMapper();
    private static final ObjectWriter COMPACT = WRITE.writer();
    private static final ObjectWriter OMITTING_EMPTY = WRITE.copy()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY).writer();
    private static final VerdictWriter VERDICTS = new VerdictWriter(COMPACT);
    private static final ObjectWriter PRETTY = WRITE.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private CaseJson() {}

    private static ObjectMapper readMapper() {
        SimpleModule strict = new SimpleModule("shoprules-strict")
                .addDeserializer(Instant.class, new StrictDeserializers.InstantWithOffset())
                .addDeserializer(BigDecimal.class, new StrictDeserializers.MoneyDeserializer());
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Absent booleans and counts default to false/0; the records still range-check counts.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(strict)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        // "1" is not a quantity and "" is not an order: no silent coercion of scalars or empty strings.
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        return mapper;
    }

    private static ObjectMapper writeMapper() {
        SimpleModule out = new SimpleModule("shoprules-out")
                .addSerializer(Instant.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                        g.writeString(Times.iso(v));
                    }
                })
                .addSerializer(BigDecimal.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(BigDecimal v, JsonGenerator g, SerializerProvider p) throws IOException {
                        g.writeString(v.toPlainString());
                    }
                });
        return JsonMapper.builder()
                .addModule(out)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /**
     * The writer of verdicts and other output (compact). An {@link ObjectWriter} is immutable: a caller can derive
     * its own (e.g. {@code writer().withDefaultPrettyPrinter()}) but cannot change how the library writes, so every
     * output stays byte-identical.
     */
    public static ObjectWriter writer() {
        return COMPACT;
    }

    /** Like {@link #writer()}, but fields that are null or empty (empty lists, strings) are left out, as cases are. */
    public static ObjectWriter writerOmittingEmpty() {
        return OMITTING_EMPTY;
    }

    /** A value as the JSON tree {@link #writer()} would write (instants in Asia/Shanghai, money as strings). */
    public static JsonNode tree(Object value) {
        return WRITE.valueToTree(value);
    }

    /**
     * A parser over JSON text with the reader's limits, for splitting a document into cases. It does not look for
     * duplicate keys: reading each case does, so a duplicate spoils only its own case.
     */
    static JsonParser tokens(String json) throws IOException {
        return SCAN.createParser(json);
    }

    /**
     * Every field the case reader accepts, as a path from the case object: {@code caseId}, {@code orders},
     * {@code orders[].items[].unitPrice}, … in declaration order. What it does not list is an unknown field, an
     * error. (For documentation and tools; the reader's own binding is the definition.)
     */
    public static List<String> fieldPaths() {
        List<String> paths = new java.util.ArrayList<>();
        fieldPaths(READ.constructType(CaseFacts.class), "", paths);
        return List.copyOf(paths);
    }

    private static void fieldPaths(com.fasterxml.jackson.databind.JavaType type, String prefix, List<String> paths) {
        for (com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition p
                : READ.getDeserializationConfig().introspect(type).findProperties()) {
            if (!p.couldDeserialize()) {
                continue;
            }
            String path = prefix + p.getName();
            paths.add(path);
            com.fasterxml.jackson.databind.JavaType t = p.getPrimaryType();
            if (t.isCollectionLikeType() && t.getContentType().isRecordType()) {
                fieldPaths(t.getContentType(), path + "[].", paths);
            } else if (t.isRecordType()) {
                fieldPaths(t, path + ".", paths);
            }
        }
    }

    /** Reads one case from JSON text; never throws for bad input. */
    public static CaseInput parse(String json, String source, long line) {
        CaseFacts facts = CaseBinder.read(json);
        try {
            if (facts == null) {
                facts = readStrictly(json);
            }
        } catch (JsonProcessingException e) {
            long at = line;
            if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
                at = line + e.getLocation().getLineNr() - 1;
            }
            return new CaseInput.Invalid(source, at, caseIdOf(json), List.of(problemOf(e)));
        } catch (IllegalArgumentException e) {
            return new CaseInput.Invalid(source, line, caseIdOf(json), List.of(new Problem("$", e.getMessage())));
        }
        List<Problem> problems = CaseValidator.check(facts);
        if (!problems.isEmpty()) {
            return new CaseInput.Invalid(source, line, facts.caseId(), problems);
        }
        return new CaseInput.Valid(source, line, facts);
    }

    /** The strict reader alone, without {@link CaseBinder}'s fast path: for {@link #parse} and the test holding both equal. */
    static CaseFacts readStrictly(String json) throws JsonProcessingException {
        return CASE_READER.readValue(json);
    }

    /** Best effort: the {@code caseId} of a case that failed to bind, for the error line. */
    private static String caseIdOf(String json) {
        try {
            JsonNode tree = READ.readTree(json);
            JsonNode id = tree == null ? null : tree.get("caseId");
            return id != null && id.isTextual() ? StrictDeserializers.abbreviate(id.asText()) : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Why a document could not be read: a safety limit or malformed JSON, in one line. */
    static String syntaxProblem(JsonProcessingException e) {
        return problemOf(e).message();
    }

    static Problem problemOf(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return new Problem("$", "input exceeds a safety limit: " + firstLine(limit.getOriginalMessage()));
            }
        }
        if (!(e instanceof JsonMappingException m)) {
            return new Problem("$", "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        String path = path(m.getPath());
        if (m instanceof UnrecognizedPropertyException u) {
            return new Problem(path, "unknown field \"" + u.getPropertyName() + "\"");
        }
        if (m instanceof ValueInstantiationException && m.getCause() instanceof IllegalArgumentException iae) {
            return fieldProblem(path, iae.getMessage());
        }
        if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String accepted = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            if (f.getTargetType() == dev.shoprules.core.Platform.class) {
                accepted = Arrays.stream(dev.shoprules.core.Platform.values())
                        .map(dev.shoprules.core.Platform::code).collect(Collectors.joining(", "));
            }
            return new Problem(path, "unknown value \"" + f.getValue() + "\" (one of " + accepted + ")");
        }
        if (m.getCause() instanceof IllegalArgumentException iae) {
            return new Problem(path, iae.getMessage());
        }
        if (m instanceof MismatchedInputException mi && mi.getTargetType() != null
                && !m.getOriginalMessage().startsWith("not ") && !m.getOriginalMessage().startsWith("money")) {
            return new Problem(path, "expected " + describe(mi.getTargetType()) + " ("
                    + firstLine(m.getOriginalMessage()) + ")");
        }
        return new Problem(path, firstLine(m.getOriginalMessage()));
    }

    /** A fact's constructor reports {@code field: message}; the field extends the path. */
    private static Problem fieldProblem(String objectPath, String message) {
        int colon = message == null ? -1 : message.indexOf(": ");
        if (colon > 0 && message.substring(0, colon).matches("[A-Za-z0-9_\\[\\].]+")) {
            String field = message.substring(0, colon);
            String path = "$".equals(objectPath) ? field : objectPath + (field.startsWith("[") ? "" : ".") + field;
            return new Problem(path, message.substring(colon + 2));
        }
        return new Problem(objectPath, String.valueOf(message));
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            }
        }
        return b.isEmpty() ? "$" : b.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) return "a string";
        if (type == int.class || type == Integer.class || type == long.class) return "a whole number";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (List.class.isAssignableFrom(type)) return "a list";
        if (type.isEnum()) return "one of " + Arrays.toString(type.getEnumConstants());
        if (type.isRecord()) return "an object";
        return type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    /** One verdict as compact JSON (a JSON Lines line); any other value as {@link #writer()} writes it. */
    public static String compact(Object value) {
        try {
            return value instanceof Verdict verdict ? VERDICTS.text(verdict) : COMPACT.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #compact} as UTF-8 bytes, for output streams: the bytes are written directly, without the
     * intermediate {@code String} and its second encoding pass. A verdict is written by {@code VerdictWriter}
     * (the bytes {@link #writer()} writes, without databind's reflection), any other value by {@link #writer()}.
     */
    public static byte[] compactUtf8(Object value) {
        try {
            return value instanceof Verdict verdict ? VERDICTS.utf8(verdict) : COMPACT.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One verdict as indented JSON. */
    public static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }


}
