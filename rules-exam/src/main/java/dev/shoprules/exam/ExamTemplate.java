package dev.shoprules.exam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.exam.TemplateSpecs.AnswerSpec;
import dev.shoprules.exam.TemplateSpecs.ExamFile;
import dev.shoprules.exam.TemplateSpecs.MistakeSpec;
import dev.shoprules.exam.TemplateSpecs.StatementSpec;
import dev.shoprules.exam.TemplateSpecs.TemplateSpec;
import dev.shoprules.exam.TemplateSpecs.VariableSpec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One question template of a rule's exam file, checked and with the file's shared variables and cases resolved. */
final class ExamTemplate {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final List<String> DEFAULT_LABELS = List.of("正确", "错误");

    /** A multiple-choice statement pattern with its case resolved. */
    record Statement(String text, Map<String, VariableSpec> variables, JsonNode caseTemplate) {}

    final Rule rule;
    final String ref;
    final String where;
    final QuestionType type;
    final Map<String, VariableSpec> variables;
    final JsonNode caseTemplate;
    final String stem;
    final String explain;
    final AnswerSpec answer;
    final List<MistakeSpec> mistakes;
    final List<Statement> statements;
    final int options;
    final List<String> labels;
    final String versionAt;
    final int limit;

    ExamTemplate(Rule rule, String file, ExamFile shared, TemplateSpec spec) {
        this.rule = rule;
        this.ref = rule.slug() + "/" + spec.id();
        this.where = rule.platform().code() + " " + file + " template " + spec.id();
        if (spec.id() == null || !ID.matcher(spec.id()).matches()) {
            throw new ExamException(rule.platform().code() + " " + file + ": template id \"" + spec.id()
                    + "\" must be lower-case words joined by hyphens");
        }
        this.type = require(spec.type(), "type");
        this.stem = require(spec.stem(), "stem");
        this.explain = spec.explain();
        this.versionAt = spec.versionAt();
        this.limit = spec.limit() == null ? Integer.MAX_VALUE : spec.limit();
        if (limit < 1) {
            throw new ExamException(where + ": limit is at least 1");
        }
        this.variables = new LinkedHashMap<>();
        if (shared.variables() != null) {
            variables.putAll(shared.variables());
        }
        if (spec.variables() != null) {
            variables.putAll(spec.variables());
        }
        variables.forEach((name, v) -> Variables.validate(name, v, where));
        if (versionAt != null && !variables.containsKey(versionAt)) {
            throw new ExamException(where + ": versionAt names no variable: " + versionAt);
        }
        this.caseTemplate = spec.scenario() == null ? null : resolveCase(spec.scenario(), shared);
        AnswerSpec a = require(spec.answer(), "answer");
        require(a.read(), "answer.read");
        boolean yesNo = a.read().equals("violated") || a.read().equals("fires");
        this.answer = new AnswerSpec(a.read(), a.rule() == null ? rule.id() : a.rule(), a.order(),
                a.as() == null && yesNo ? ValueKind.BOOLEAN : require(a.as(), "answer.as"), a.unit(), a.since());
        if (answer.since() != null && !variables.containsKey(answer.since())) {
            throw new ExamException(where + ": answer.since names no variable: " + answer.since());
        }
        try {
            read(answer.since() == null ? Map.of() : Map.of(answer.since(), Instant.EPOCH));
        } catch (IllegalArgumentException e) {
            throw new ExamException(where + ": answer: " + e.getMessage(), e);
        }
        this.mistakes = spec.distractors() == null ? List.of() : List.copyOf(spec.distractors());
        for (MistakeSpec m : mistakes) {
            if (m.why() == null || m.why().isBlank()) {
                throw new ExamException(where + ": every distractor says why (the typical mistake)");
            }
            if (m.rebind() == null && m.parameters() == null && m.figuresOf() == null) {
                throw new ExamException(where + ": distractor \"" + m.why()
                        + "\" changes nothing (give rebind, parameters or figuresOf)");
            }
            if (m.rebind() != null) {
                m.rebind().forEach((from, to) -> {
                    if (!variables.containsKey(from) || !variables.containsKey(to)) {
                        throw new ExamException(where + ": distractor \"" + m.why() + "\" rebinds unknown variable "
                                + (variables.containsKey(from) ? to : from));
                    }
                });
            }
        }
        this.statements = spec.statements() == null ? List.of() : spec.statements().stream().map(s -> statement(s, shared)).toList();
        this.labels = spec.labels() == null ? DEFAULT_LABELS : List.copyOf(spec.labels());
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        this.options = spec.options() == null ? 4 : spec.options();
        if (spec.options() != null && !choice) {
            throw new ExamException(where + ": options is for single and multiple choice");
        }
        if (spec.labels() != null && type != QuestionType.TRUE_FALSE) {
            throw new ExamException(where + ": labels is for true/false");
        }
        if (!statements.isEmpty() != (type == QuestionType.MULTIPLE_CHOICE)) {
            throw new ExamException(where + ": statements are for, and required by, multiple choice");
        }
        switch (type) {
            case SINGLE_CHOICE -> {
                if (options < 2 || mistakes.size() < options - 1) {
                    throw new ExamException(where + ": a single choice of " + options + " options needs at least "
                            + (options - 1) + " distractors");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (options < 2 || answer.as() != ValueKind.BOOLEAN || !mistakes.isEmpty()) {
                    throw new ExamException(where + ": a multiple choice reads a yes/no answer for each of its "
                            + "statements (at least 2 options) and has no distractors");
                }
            }
            case TRUE_FALSE -> {
                if (answer.as() != ValueKind.BOOLEAN || labels.size() != 2 || labels.get(0).equals(labels.get(1))) {
                    throw new ExamException(where + ": a true/false reads a yes/no answer and has two labels");
                }
            }
            case FILL_IN -> {
                if (answer.as() == ValueKind.BOOLEAN) {
                    throw new ExamException(where + ": a yes/no answer is a true/false question, not fill-in");
                }
            }
        }
        if (type != QuestionType.MULTIPLE_CHOICE && caseTemplate == null) {
            throw new ExamException(where + ": case is required");
        }
    }

    private Statement statement(StatementSpec s, ExamFile shared) {
        require(s.text(), "statements[].text");
        Map<String, VariableSpec> own = s.variables() == null ? Map.of() : s.variables();
        own.forEach((name, v) -> Variables.validate(name, v, where));
        JsonNode c = s.scenario() == null ? caseTemplate : resolveCase(s.scenario(), shared);
        if (c == null) {
            throw new ExamException(where + ": statement \"" + s.text() + "\" has no case (give one to it or the template)");
        }
        return new Statement(s.text(), own, c);
    }

    private JsonNode resolveCase(JsonNode c, ExamFile shared) {
        if (c.isTextual()) {
            JsonNode named = shared.cases() == null ? null : shared.cases().get(c.asText());
            if (named == null) {
                throw new ExamException(where + ": no case named \"" + c.asText() + "\" in the file's cases");
            }
            c = named;
        }
        if (!c.isObject()) {
            throw new ExamException(where + ": case is a case object or the name of one of the file's cases");
        }
        return c;
    }

    private <T> T require(T value, String field) {
        if (value == null) {
            throw new ExamException(where + ": " + field + " is required");
        }
        return value;
    }

    /** The answer's read for one draw of the variables ({@code since} bound to its instant). */
    Read read(Map<String, Object> values) {
        Instant since = null;
        if (answer.since() != null) {
            if (!(values.get(answer.since()) instanceof Instant at)) {
                throw new ExamException(where + ": answer.since " + answer.since() + " is not an instant");
            }
            since = at;
        }
        return new Read(answer.rule(), answer.read(), answer.order(), answer.as(), answer.unit(), since);
    }
}
