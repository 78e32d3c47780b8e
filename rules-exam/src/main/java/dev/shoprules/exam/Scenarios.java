package dev.shoprules.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.pack.Figure;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.core.params.ParameterException;
import dev.shoprules.core.rules.RuleVersion;
import dev.shoprules.exam.TemplateSpecs.FiguresOf;
import dev.shoprules.exam.TemplateSpecs.MistakeSpec;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates scenarios with the engine, exactly as {@code shoprules check} would: the case goes through the strict
 * JSON reader, the book gets the scenario's parameter overrides, and the verdict is read in its contract JSON.
 * This is the only way an exam obtains an answer: there is no second implementation of any rule.
 */
final class Scenarios {
    private final RuleBook book;
    private final Map<Map<String, String>, RuleBook> books = new HashMap<>();

    Scenarios(RuleBook book) {
        this.book = book;
    }

    RuleBook book() {
        return book;
    }

    /** The verdict, as contract JSON, of a case under extra parameter overrides. */
    JsonNode verdict(ObjectNode caseJson, Map<String, String> parameters, String where) {
        String json;
        try {
            json = CaseJson.writer().writeValueAsString(caseJson);
        } catch (JsonProcessingException e) {
            throw new ExamException(where + ": cannot write the case: " + e.getMessage(), e);
        }
        CaseInput input = CaseJson.parse(json, where, 1);
        if (input instanceof CaseInput.Invalid bad) {
            throw new ExamException(where + ": the scenario is not a valid case: " + bad.describe());
        }
        RuleBook b = book(parameters, where);
        return CaseJson.tree(b.evaluate(((CaseInput.Valid) input).facts()));
    }

    private RuleBook book(Map<String, String> parameters, String where) {
        if (parameters.isEmpty()) {
            return book;
        }
        return books.computeIfAbsent(Map.copyOf(parameters), p -> {
            try {
                return book.withParameters(parameters);
            } catch (ParameterException e) {
                throw new ExamException(where + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * The parameter overrides of a mistake: the figures of another version or platform (those this rule also
     * has), then explicit {@code parameters} (a bare name is this rule's figure). Empty when the mistake needs a
     * pack that is not on the classpath, or the other platform has no such rule or figures.
     */
    Optional<Map<String, String>> parameters(ExamTemplate t, MistakeSpec m) {
        Map<String, String> out = new LinkedHashMap<>();
        Rule rule = t.rule;
        if (m.figuresOf() != null) {
            Optional<RuleVersion> source = figuresOf(t, m.figuresOf());
            if (source.isEmpty()) {
                return Optional.empty();
            }
            RuleVersion own = rule.current();
            source.get().figures().forEach((name, f) -> {
                if (own.has(name) && own.figure(name).type() == f.type()) {
                    out.put(own.figure(name).key(), plain(f));
                }
            });
            if (out.isEmpty()) {
                return Optional.empty();
            }
        }
        if (m.parameters() != null) {
            // A bare name is this rule's figure; slug.figure another rule's of this pack; anything longer a full key.
            m.parameters().forEach((key, value) -> out.put(key.chars().filter(c -> c == '.').count() > 1 ? key
                    : rule.platform().code() + "." + (key.contains(".") ? key : rule.slug() + "." + key),
                    value.asText()));
        }
        book(out, t.where + " distractor \"" + m.why() + "\"");
        return Optional.of(out);
    }

    private Optional<RuleVersion> figuresOf(ExamTemplate t, FiguresOf f) {
        Platform platform;
        try {
            platform = f.platform() == null ? book.platform() : Platform.of(f.platform());
        } catch (IllegalArgumentException e) {
            throw new ExamException(t.where + ": figuresOf: " + e.getMessage(), e);
        }
        boolean own = platform == book.platform();
        if (own && f.version() == null) {
            throw new ExamException(t.where + ": figuresOf this platform needs a version");
        }
        if (!own && !RuleBook.available().contains(platform)) {
            return Optional.empty();
        }
        Optional<Rule> source = (own ? book : RuleBook.load(platform)).rules().stream()
                .filter(r -> r.slug().equals(t.rule.slug())).findFirst();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (f.version() == null) {
            return Optional.of(source.get().current());
        }
        Optional<RuleVersion> version = source.get().versions().stream()
                .filter(v -> v.version().equals(f.version())).findFirst();
        if (version.isEmpty() && own) {
            throw new ExamException(t.where + ": figuresOf: " + t.rule.id() + " has no version " + f.version());
        }
        return version;
    }

    private static String plain(Figure f) {
        return f.value() instanceof BigDecimal b ? b.toPlainString() : String.valueOf(f.value());
    }
}
