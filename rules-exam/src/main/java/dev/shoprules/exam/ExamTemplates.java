package dev.shoprules.exam;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.exam.TemplateSpecs.ExamFile;
import dev.shoprules.exam.TemplateSpecs.TemplateSpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads the exam files of a book's rules: {@code <slug>.exam.yaml} beside each rule (the pack's own
 * questions), and the files shared by the packs, written once beside the shared DRL in
 * {@code rules-core/src/main/shared-rules} and shipped by this module in {@value #SHARED} (listed in
 * {@code exam-files.txt}). A shared file's templates are stamped for every pack that has a rule of its slugs:
 * {@code {platform}} is the pack's name and {@code {@figure}} the pack's figure.
 */
final class ExamTemplates {
    static final String SUFFIX = ".exam.yaml";
    static final String SHARED = "dev/shoprules/exam/shared/";
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ExamTemplates() {}

    /** Every template of every rule of the book, in pack order, then file order. */
    static List<ExamTemplate> load(RuleBook book) {
        List<ExamTemplate> all = new ArrayList<>();
        List<Rule> rules = book.rules();
        Map<String, ExamFile> shared = shared();
        for (Rule rule : rules) {
            Optional<URL> url = book.ruleResource(rule, SUFFIX);
            Set<String> ids = new HashSet<>();
            if (url.isPresent()) {
                String file = rule.slug() + SUFFIX;
                ExamFile spec = read(url.get(), rule.platform().code() + " " + file);
                if (!rule.id().equals(spec.rule()) || spec.slugs() != null) {
                    throw new ExamException(rule.platform().code() + " " + file + ": rule must be " + rule.id()
                            + " (the rule it sits beside), was " + spec.rule());
                }
                all.addAll(templates(rule, rules, file, spec, ids));
            }
            for (Map.Entry<String, ExamFile> e : shared.entrySet()) {
                if (e.getValue().slugs().contains(rule.slug())) {
                    all.addAll(templates(rule, rules, "shared/" + e.getKey(), e.getValue(), ids));
                }
            }
        }
        return all;
    }

    private static List<ExamTemplate> templates(Rule rule, List<Rule> rules, String file, ExamFile spec, Set<String> ids) {
        List<ExamTemplate> templates = new ArrayList<>();
        for (TemplateSpec t : spec.templates()) {
            if (!ids.add(String.valueOf(t.id()))) {
                throw new ExamException(rule.platform().code() + " " + file + ": template id " + t.id()
                        + " is used twice for " + rule.id());
            }
            if (t.platforms() == null || t.platforms().contains(rule.platform().code())) {
                templates.add(new ExamTemplate(rule, rules, file, spec, t));
            }
        }
        return templates;
    }

    /** The shared files by name, in index order; each names its slugs. */
    private static Map<String, ExamFile> shared() {
        Map<String, ExamFile> files = new LinkedHashMap<>();
        for (String name : index()) {
            URL url = ExamTemplates.class.getClassLoader().getResource(SHARED + name);
            if (url == null) {
                throw new ExamException(SHARED + "exam-files.txt lists " + name + ", which is not there");
            }
            ExamFile spec = read(url, "shared/" + name);
            if (spec.rule() != null || spec.slugs() == null || spec.slugs().isEmpty()) {
                throw new ExamException("shared/" + name + ": a shared file names the slugs of its rules, not a rule");
            }
            files.put(name, spec);
        }
        return files;
    }

    /** The shared files' names: {@code exam-files.txt} lists one per line ({@code #} comments). */
    static List<String> index() {
        try (InputStream in = ExamTemplates.class.getClassLoader().getResourceAsStream(SHARED + "exam-files.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new ExamException(SHARED + "exam-files.txt: " + e.getMessage(), e);
        }
    }

    private static ExamFile read(URL url, String file) {
        ExamFile spec;
        try (InputStream in = url.openStream()) {
            spec = YAML.readValue(in, ExamFile.class);
        } catch (IOException e) {
            throw new ExamException(file + ": " + e.getMessage(), e);
        }
        if (spec == null || spec.templates() == null || spec.templates().isEmpty()) {
            throw new ExamException(file + ": no templates");
        }
        return spec;
    }
}
