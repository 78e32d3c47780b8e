package dev.shoprules.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.exam.TemplateSpecs.AnswerSpec;
import dev.shoprules.exam.TemplateSpecs.ExamFile;
import dev.shoprules.exam.TemplateSpecs.MistakeSpec;
import dev.shoprules.exam.TemplateSpecs.StatementSpec;
import dev.shoprules.exam.TemplateSpecs.TemplateSpec;
import dev.shoprules.exam.TemplateSpecs.VariableSpec;
import java.time.Instant;
import java.util.Arrays;
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

    /** Names a template may use without declaring them: the pack's platform (天猫, tmall) and the rule's slug and title. */
    static final List<String> BUILT_IN = List.of("platform", "code", "slug", "ruleTitle");

    final Map<String, String> ruleNames;

    /**
     * @param rule      the rule examined (for a shared file: the pack's rule of one of its slugs)
     * @param packRules the rules of the pack, in pack order (answers may read another rule, named by slug)
     */
    ExamTemplate(Rule rule, List<Rule> packRules, String file, ExamFile shared, TemplateSpec spec) {
        this.rule = rule;
        this.ruleNames = new LinkedHashMap<>();
        packRules.forEach(r -> ruleNames.put(r.id(), r.title()));
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
        variables.put("platform", constant(rule.platform().chineseName()));
        variables.put("slug", constant(rule.slug()));
        variables.put("ruleTitle", constant(rule.title()));
        variables.put("code", constant(rule.platform().code()));
        for (Map<String, VariableSpec> declared : Arrays.asList(shared.variables(), spec.variables())) {
            if (declared != null) {
                BUILT_IN.stream().filter(declared::containsKey).findFirst().ifPresent(name -> {
                    throw new ExamException(where + ": variable " + name + " is built in (the pack's "
                            + BUILT_IN + ") and cannot be declared");
                });
            }
        }
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
        boolean yesNo = Read.YES_NO.contains(a.read());
        boolean rules = a.read().equals("violatedRules");
        String about = a.rule() == null ? rule.id() : packRules.stream().filter(r -> r.slug().equals(a.rule()))
                .map(Rule::id).findFirst().orElse(a.rule());
        this.answer = new AnswerSpec(a.read(), about, a.order(),
                a.as() == null && (yesNo || rules) ? (rules ? ValueKind.TEXT : ValueKind.BOOLEAN)
                        : require(a.as(), "answer.as"), a.unit(), a.since(), a.match(), a.claim());
        if (answer.claim() != null && (!variables.containsKey(answer.claim()) || type != QuestionType.TRUE_FALSE)) {
            throw new ExamException(where + ": answer.claim names the variable a true/false statement claims");
        }
        if (answer.since() != null && !variables.containsKey(answer.since())) {
            throw new ExamException(where + ": answer.since names no variable: " + answer.since());
        }
        try {
            Map<String, Object> probe = new LinkedHashMap<>();
            BUILT_IN.forEach(name -> probe.put(name, variables.get(name).value().asText()));
            if (answer.since() != null) {
                probe.put(answer.since(), Instant.EPOCH);
            }
            read(probe);
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
                if (answer.as() != ValueKind.BOOLEAN && answer.claim() == null
                        || labels.size() != 2 || labels.get(0).equals(labels.get(1))) {
                    throw new ExamException(where + ": a true/false reads a yes/no answer and has two labels");
                }
            }
            case FILL_IN -> {
                if (answer.as() == ValueKind.BOOLEAN || answer.claim() != null) {
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
        Map<String, String> match = null;
        if (answer.match() != null) {
            match = new LinkedHashMap<>();
            for (Map.Entry<String, String> m : answer.match().entrySet()) {
                match.put(m.getKey(), m.getValue() == null ? null : Placeholders.text(m.getValue(), values, null, where));
            }
        }
        Read read = new Read(answer.rule(), answer.read(), answer.order(), answer.as(), answer.unit(), since,
                match, answer.read().equals("violatedRules") ? ruleNames : null, null);
        if (answer.claim() == null) {
            return read;
        }
        if (!values.containsKey(answer.claim())) {
            return read;
        }
        String claim = read.canonicalClaim(values.get(answer.claim()));
        return new Read(read.rule(), read.select(), read.order(), read.as(), read.unit(), read.since(), read.match(),
                read.names(), claim);
    }

    private static VariableSpec constant(String value) {
        return VariableSpec.constant(TextNode.valueOf(value));
    }
}
