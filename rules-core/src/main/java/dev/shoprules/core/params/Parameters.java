package dev.shoprules.core.params;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shoprules.core.Platform;
import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.rules.RuleVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Parameter overrides keyed {@code <platform>.<rule-slug>.<name>}: from {@code --set key=value}, a JSON or
 * YAML file, or a Java map. A key applies to every version of the rule that has the figure; {@code key@version}
 * (e.g. {@code taobao.ship-deadline.hours@2025-02-13}) changes one version only. Values are typed data, never
 * code; unknown keys and ill-typed values are errors.
 */
@API(status = INTERNAL, since = "0.1")
public final class Parameters {
    /** Strict JSON: duplicate keys refused; trailing commas, comments and single quotes are not JSON anyway. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private Parameters() {}

    /** Parses {@code key=value}. */
    public static Map.Entry<String, String> assignment(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0) {
            throw new ParameterException(String.valueOf(text), "expected key=value");
        }
        return Map.entry(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    /**
     * The overrides of a command line in the order they apply: the parameter file (may be null), then each
     * {@code key=value}, so a {@code --set} wins over the file.
     */
    public static Map<String, Object> overrides(Path file, List<String> assignments) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>();
        if (file != null) {
            all.putAll(readFile(file));
        }
        for (String a : assignments) {
            Map.Entry<String, String> kv = assignment(a);
            all.put(kv.getKey(), kv.getValue());
        }
        return all;
    }

    /**
     * Reads a parameter file: JSON or YAML, either flat ({@code "tmall.late-shipment.cap": 300}) or nested
     * ({@code tmall: {late-shipment: {cap: 300}}}). As strict as a case file: a {@code .json} file is read as JSON
     * (no trailing commas, comments or single quotes), {@code .yaml}/{@code .yml} as YAML, anything else as JSON
     * when it starts with <code>{</code> and as YAML otherwise; duplicate keys (also when a flat key repeats a
     * nested one), lists and empty values are refused. Every error is a {@link ParameterException} whose message
     * starts with {@code file:line:column}. Numbers are kept exact (never {@code double}).
     */
    public static Map<String, Object> readFile(Path file) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        read(file, values, new LinkedHashMap<>());
        return values;
    }

    /**
     * Where a parameter file sets {@code key}: {@code file:line}, or {@code null} when it does not (or the file no
     * longer reads). For naming the line when a key the file set turns out unknown or ill-typed.
     */
    public static String whereSet(Path file, String key) {
        Map<String, String> lines = new LinkedHashMap<>();
        try {
            read(file, new LinkedHashMap<>(), lines);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
        return lines.get(key);
    }

    private static void read(Path file, Map<String, Object> values, Map<String, String> lines) throws IOException {
        JsonFactory factory = isJson(file) ? JSON : YAML;
        try (JsonParser p = factory.createParser(Files.newInputStream(file))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return; // an empty file overrides nothing
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(file, p, "a parameter file holds one object of key: value, not " + describe(first));
            }
            flatten(file, p, "", values, lines);
            if (p.nextToken() != null) {
                throw problem(file, p, "unexpected content after the parameter object");
            }
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        }
    }

    private static void flatten(Path file, JsonParser p, String prefix, Map<String, Object> values,
                                Map<String, String> lines) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT) {
                flatten(file, p, key + ".", values, lines);
                continue;
            }
            Object scalar = switch (value) {
                case VALUE_STRING -> {
                    if (p.getText().isBlank()) {
                        throw problem(file, p, key + ": no value");
                    }
                    yield p.getText();
                }
                case VALUE_NUMBER_INT -> p.getNumberValue();
                case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
                case VALUE_NULL -> throw problem(file, p, key + ": no value");
                default -> throw problem(file, p, key + ": " + describe(value) + " is not a parameter value");
            };
            if (values.containsKey(key)) {
                throw problem(file, p, key + ": set twice (also at " + lines.get(key) + ")");
            }
            values.put(key, scalar);
            lines.put(key, file + ":" + p.currentTokenLocation().getLineNr());
        }
    }

    private static ParameterException problem(Path file, JsonParser p, String message) {
        JsonLocation at = p.currentTokenLocation();
        return new ParameterException(file + ":" + at.getLineNr() + ":" + at.getColumnNr(), message);
    }

    private static boolean isJson(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            for (int b = in.read(); b != -1; b = in.read()) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b == '{';
                }
            }
            return false;
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /**
     * Malformed JSON or YAML in one line: {@code p.yaml:2:1: while scanning for the next token: found character
     * '\t(TAB)' that cannot start any token}. SnakeYAML's message spans several lines, with the context's and the
     * problem's marks and source excerpts; the problem's mark (the last) is the place to name.
     */
    private static ParameterException syntaxError(Path file, JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
        java.util.regex.Matcher mark = java.util.regex.Pattern.compile("line (\\d+), column (\\d+):").matcher(message);
        while (mark.find()) {
            where = ":" + mark.group(1) + ":" + mark.group(2);
        }
        String text = message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip).collect(java.util.stream.Collectors.joining(": "));
        return new ParameterException(file + where, text.isEmpty() ? "unreadable" : text);
    }

    /** Splits overrides by the platform their key names; a key naming no platform is an error. */
    public static Map<Platform, Map<String, Object>> byPlatform(Map<String, ?> overrides) {
        Map<Platform, Map<String, Object>> split = new LinkedHashMap<>();
        overrides.forEach((key, value) -> {
            int dot = key.indexOf('.');
            Platform p;
            try {
                p = Platform.of(dot < 0 ? key : key.substring(0, dot));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(key, "unknown parameter (keys look like tmall.late-shipment.cap)");
            }
            split.computeIfAbsent(p, x -> new LinkedHashMap<>()).put(key, value);
        });
        return split;
    }

    /**
     * Returns {@code rules} with the overrides applied. Overrides are applied in map order, so a
     * version-qualified key after a plain key wins for its version.
     */
    public static List<Rule> apply(List<Rule> rules, Map<String, ?> overrides) {
        if (overrides.isEmpty()) {
            return rules;
        }
        Map<String, Rule> bySlugKey = new LinkedHashMap<>();
        for (Rule r : rules) {
            bySlugKey.put(r.platform().code() + "." + r.slug(), r);
        }
        overrides.forEach((qualifiedKey, raw) -> {
            Objects.requireNonNull(qualifiedKey, "parameter key");
            int at = qualifiedKey.indexOf('@');
            String key = at < 0 ? qualifiedKey : qualifiedKey.substring(0, at);
            String onlyVersion = at < 0 ? null : qualifiedKey.substring(at + 1);
            int lastDot = key.lastIndexOf('.');
            Rule rule = lastDot < 0 ? null : bySlugKey.get(key.substring(0, lastDot));
            String name = lastDot < 0 ? key : key.substring(lastDot + 1);
            if (rule == null || rule.versions().stream().noneMatch(v -> v.has(name))) {
                throw new ParameterException(qualifiedKey, "unknown parameter" + suggestion(rules, key));
            }
            List<RuleVersion> versions = new ArrayList<>();
            boolean matched = false;
            for (RuleVersion v : rule.versions()) {
                boolean target = v.has(name) && (onlyVersion == null || onlyVersion.equals(v.version()));
                if (target) {
                    matched = true;
                    Figure f = v.figure(name);
                    Object typed;
                    try {
                        typed = f.type().parse(raw);
                    } catch (IllegalArgumentException e) {
                        throw new ParameterException(qualifiedKey, e.getMessage());
                    }
                    versions.add(v.withFigure(name, typed));
                } else {
                    versions.add(v);
                }
            }
            if (!matched) {
                throw new ParameterException(qualifiedKey, "rule " + rule.id() + " has no version " + onlyVersion
                        + " (versions: " + rule.versions().stream().map(RuleVersion::version).toList() + ")");
            }
            bySlugKey.put(rule.platform().code() + "." + rule.slug(), new Rule(rule.id(), rule.slug(),
                    rule.platform(), rule.title(), rule.summary(), rule.severity(), rule.citation(), versions));
        });
        return Collections.unmodifiableList(new ArrayList<>(bySlugKey.values()));
    }

    private static String suggestion(List<Rule> rules, String key) {
        List<String> known = rules.stream().flatMap(r -> r.current().figures().values().stream())
                .map(Figure::key).filter(k -> k.startsWith(key.substring(0, Math.max(0, key.lastIndexOf('.')))))
                .toList();
        return known.isEmpty() ? " (see `shoprules rules` for the keys)" : " (this rule has " + known + ")";
    }
}
