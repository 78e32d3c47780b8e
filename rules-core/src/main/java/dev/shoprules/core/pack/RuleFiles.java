package dev.shoprules.core.pack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.shoprules.core.Platform;
import dev.shoprules.core.Times;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.core.verdict.Confidence;
import dev.shoprules.core.verdict.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads rule descriptions ({@code <slug>.yaml}) that sit beside each rule's DRL:
 *
 * <pre>
 * id: TMALL-LATE-SHIPMENT
 * slug: late-shipment
 * title: 延迟发货
 * summary: …
 * severity: GENERAL
 * citation: 天猫规则：发货时间
 * figures:                          # every figure is a parameter tmall.late-shipment.&lt;name&gt;
 *   rate: { type: RATE, description: share of the goods amount paid }
 * versions:                         # half-open [from, until); until is the next version's from
 *   - version: "2017-01-01"
 *     from: 2017-01-01              # 00:00 Asia/Shanghai; omitted = since always
 *     values:
 *       rate: { value: 0.30, confidence: SEED, citation: … }
 * </pre>
 *
 * A malformed file fails the pack's loading with a message naming the file: a pack never half-loads.
 */
final class RuleFiles {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    record FigureSpec(FigureType type, String description) {}

    record ValueSpec(Object value, Confidence confidence, String citation) {}

    record VersionSpec(String version, LocalDate from, String citation, Severity severity,
                       Map<String, ValueSpec> values) {}

    record RuleSpec(String id, String slug, String title, String summary, Severity severity, String citation,
                    Map<String, FigureSpec> figures, List<VersionSpec> versions) {}

    private RuleFiles() {}

    public static List<Rule> load(Platform platform, ClassLoader loader, String directory, List<String> slugs) {
        List<Rule> rules = new ArrayList<>();
        for (String slug : slugs) {
            String path = directory + "/" + slug + ".yaml";
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("rule file " + path + " not found on the classpath");
                }
                rules.add(toRule(platform, slug, YAML.readValue(in, RuleSpec.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + path + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("rule file " + path + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }

    private static Rule toRule(Platform platform, String slug, RuleSpec spec) {
        Objects.requireNonNull(spec.id(), "id");
        if (!slug.equals(spec.slug())) {
            throw new IllegalArgumentException("slug \"" + spec.slug() + "\" does not match the file name");
        }
        Objects.requireNonNull(spec.severity(), "severity");
        Objects.requireNonNull(spec.citation(), "citation");
        Map<String, FigureSpec> figureSpecs = spec.figures() == null ? Map.of() : spec.figures();
        if (spec.versions() == null || spec.versions().isEmpty()) {
            throw new IllegalArgumentException("versions: at least one is required");
        }
        List<VersionSpec> ordered = new ArrayList<>(spec.versions());
        ordered.sort(Comparator.comparing(VersionSpec::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        var labels = new HashSet<String>();
        List<RuleVersion> versions = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            VersionSpec v = ordered.get(i);
            Objects.requireNonNull(v.version(), "versions[].version");
            if (!labels.add(v.version())) {
                throw new IllegalArgumentException("version " + v.version() + " is declared twice");
            }
            if (i > 0 && v.from() == null) {
                throw new IllegalArgumentException("only the oldest version may omit from");
            }
            Instant from = v.from() == null ? null : Times.startOf(v.from());
            Instant until = i + 1 < ordered.size() ? Times.startOf(ordered.get(i + 1).from()) : null;
            Map<String, ValueSpec> values = v.values() == null ? Map.of() : v.values();
            if (!values.keySet().equals(figureSpecs.keySet())) {
                throw new IllegalArgumentException("version " + v.version() + " gives figures " + values.keySet()
                        + " but the rule declares " + figureSpecs.keySet());
            }
            String citation = v.citation() != null ? v.citation() : spec.citation();
            Map<String, Figure> figures = new LinkedHashMap<>();
            figureSpecs.forEach((name, f) -> {
                ValueSpec value = values.get(name);
                String key = platform.code() + "." + slug + "." + name;
                Objects.requireNonNull(f.type(), key + ": type");
                if (value.confidence() == null) {
                    throw new IllegalArgumentException(key + " (version " + v.version() + "): confidence is required");
                }
                Object typed;
                try {
                    typed = f.type().parse(value.value());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(key + " (version " + v.version() + "): " + e.getMessage());
                }
                figures.put(name, new Figure(key, name, f.type(), typed, value.confidence(),
                        value.citation() != null ? value.citation() : citation, f.description(), null));
            });
            versions.add(new RuleVersion(spec.id(), slug, v.version(), from, until,
                    v.severity() != null ? v.severity() : spec.severity(), citation, figures));
        }
        return new Rule(spec.id(), slug, platform, spec.title(), spec.summary(), spec.severity(), spec.citation(),
                versions);
    }
}
