package dev.shoprules.core.params;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.Map;
import java.util.Objects;

/**
 * Parameter overrides keyed {@code <platform>.<rule-slug>.<name>}: from {@code --set key=value}, a JSON or
 * YAML file, or a Java map. A key applies to every version of the rule that has the figure; {@code key@version}
 * (e.g. {@code taobao.ship-deadline.hours@2025-02-13}) changes one version only. Values are typed data, never
 * code; unknown keys and ill-typed values are errors.
 */
public final class Parameters {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

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
     * Reads a parameter file: JSON or YAML (JSON is YAML), either flat ({@code "tmall.late-shipment.cap": 300})
     * or nested ({@code tmall: {late-shipment: {cap: 300}}}).
     */
    public static Map<String, Object> readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Object tree = YAML.readValue(in, new TypeReference<Object>() {});
            if (tree == null) {
                return Map.of();
            }
            if (!(tree instanceof Map<?, ?> map)) {
                throw new ParameterException(file.toString(), "a parameter file holds one object of key: value");
            }
            Map<String, Object> flat = new LinkedHashMap<>();
            flatten("", map, flat, file);
            return flat;
        }
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> into, Path file) {
        map.forEach((k, v) -> {
            String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            if (v instanceof Map<?, ?> nested) {
                flatten(key, nested, into, file);
            } else if (v instanceof List<?>) {
                throw new ParameterException(key, "a list is not a parameter value (in " + file + ")");
            } else {
                into.put(key, v);
            }
        });
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
