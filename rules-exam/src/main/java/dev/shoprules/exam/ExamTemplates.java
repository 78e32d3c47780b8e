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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds and reads the exam files of a book's rules: {@code <slug>.exam.yaml} beside each rule. */
final class ExamTemplates {
    static final String SUFFIX = ".exam.yaml";
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ExamTemplates() {}

    /** Every template of every rule of the book, in pack order, then file order. */
    static List<ExamTemplate> load(RuleBook book) {
        List<ExamTemplate> all = new ArrayList<>();
        for (Rule rule : book.rules()) {
            Optional<URL> url = book.ruleResource(rule, SUFFIX);
            if (url.isPresent()) {
                all.addAll(read(rule, url.get()));
            }
        }
        return all;
    }

    private static List<ExamTemplate> read(Rule rule, URL url) {
        String file = rule.slug() + SUFFIX;
        ExamFile spec;
        try (InputStream in = url.openStream()) {
            spec = YAML.readValue(in, ExamFile.class);
        } catch (IOException e) {
            throw new ExamException(rule.platform().code() + " " + file + ": " + e.getMessage(), e);
        }
        if (spec == null || !rule.id().equals(spec.rule())) {
            throw new ExamException(rule.platform().code() + " " + file + ": rule must be " + rule.id()
                    + " (the rule it sits beside), was " + (spec == null ? null : spec.rule()));
        }
        if (spec.templates() == null || spec.templates().isEmpty()) {
            throw new ExamException(rule.platform().code() + " " + file + ": no templates");
        }
        Set<String> ids = new HashSet<>();
        List<ExamTemplate> templates = new ArrayList<>();
        for (TemplateSpec t : spec.templates()) {
            if (!ids.add(String.valueOf(t.id()))) {
                throw new ExamException(rule.platform().code() + " " + file + ": template id " + t.id() + " is used twice");
            }
            templates.add(new ExamTemplate(rule, file, spec, t));
        }
        return templates;
    }
}
