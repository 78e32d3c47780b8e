package dev.shoprules.exam;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The shape of a rule's exam file, {@code <slug>.exam.yaml} beside the rule's DRL and YAML (see the README,
 * "Exam questions"). Read strictly: an unknown key is an error naming the file.
 */
final class TemplateSpecs {
    private TemplateSpecs() {}

    /**
     * A rule's exam file: the rule it examines, variables and case skeletons shared by its templates, and the
     * templates. A file shared by the packs ({@code dev/shoprules/exam/shared/}) names the {@code slugs} of the
     * rules it examines instead: its templates are stamped for that rule of every pack that has it.
     */
    record ExamFile(String rule, List<String> slugs, Map<String, VariableSpec> variables, Map<String, JsonNode> cases,
                    List<TemplateSpec> templates) {}

    /**
     * One question template. {@code case} is a case (contract JSON shape, written in YAML) whose scalars
     * {@code $name} are replaced by variables, or the name of a case skeleton of the file. {@code limit} caps how
     * many questions of a paper it may give (for a template whose answer never changes, such as a fixed figure).
     * {@code platforms} limits a shared template to those packs (codes; default: every pack with the rule).
     */
    record TemplateSpec(
            String id,
            QuestionType type,
            Map<String, VariableSpec> variables,
            @JsonProperty("case") JsonNode scenario,
            String stem,
            AnswerSpec answer,
            String explain,
            List<MistakeSpec> distractors,
            List<StatementSpec> statements,
            Integer options,
            List<String> labels,
            String versionAt,
            Integer limit,
            List<String> platforms) {}

    /**
     * One variable: exactly one of {@code money: [min, max]}, {@code integer: [min, max]},
     * {@code instant: [from, to]} (each with an optional {@code step}), {@code oneOf: [...]}, {@code from: var}
     * with {@code plus} or {@code minus} (a number, a {@code [min, max]} range or an integer variable) in
     * {@code unit}s, {@code sum: [var or number, ...]}, a line of the chat table ({@code chatLine}) and the chat
     * account the table holds it with ({@code accountOf: line}: its buyer's or another account's), or a constant
     * {@code value} (may be null). {@code except: [var, ...]} makes {@code oneOf} skip those variables' values.
     */
    record VariableSpec(
            List<BigDecimal> money,
            List<Long> integer,
            List<String> instant,
            JsonNode step,
            List<JsonNode> oneOf,
            String from,
            JsonNode plus,
            JsonNode minus,
            ChronoUnit unit,
            List<JsonNode> sum,
            JsonNode value,
            List<String> except,
            ChatLineSpec chatLine,
            String accountOf) {

        static VariableSpec constant(JsonNode value) {
            return new VariableSpec(null, null, null, null, null, null, null, null, null, null, value, null, null, null);
        }
    }

    /**
     * A customer-service line drawn from the chat table ({@link ChatLines}): one the table lists for
     * {@code detector} (a detector slug such as {@code off-platform}, or {@code $name} of a variable holding one) as
     * violating ({@code violating: true}, or {@code $name} of a true/false variable) or as a benign look-alike. The table's label only picks the line; what a question says about it
     * is what the engine decides on a case holding it.
     */
    record ChatLineSpec(String detector, JsonNode violating) {}

    /**
     * What the answer is, read from the engine's verdict: {@code read} is {@code violated}, {@code fires},
     * {@code anyViolation}, {@code violatedRules}, or
     * {@code <violation|compensation|advisory|sanction|metric>.<field>[.<field>…]} or {@code totals.<field>};
     * findings are those of {@code rule} (default: the file's rule; a slug names that rule of the pack) and, if
     * given, {@code order}, whose fields equal {@code match}'s ({@code match: {kind: AUTO_CONFIRM}}). A true/false
     * statement names the variable holding the value it {@code claim}s: its answer is whether the engine's value
     * equals it.
     */
    record AnswerSpec(String read, String rule, String order, ValueKind as, String unit, String since,
                      Map<String, String> match, String claim) {}

    /**
     * A typical mistake, turned into a scenario the engine evaluates: variables of the case rebound to other
     * variables ({@code rebind: {paidAt: createdAt}}), other figures ({@code parameters: {cap: 99999999}}, a
     * bare name meaning this rule's figure), or the figures of another version or platform ({@code figuresOf}).
     */
    record MistakeSpec(String why, Map<String, String> rebind, Map<String, JsonNode> parameters, FiguresOf figuresOf) {}

    /** Figures of another version of this rule, or of the same-slug rule of another platform (its current version by default). */
    record FiguresOf(String platform, String version) {}

    /** A multiple-choice statement pattern: its text, its own variables and, if it differs, its own case. */
    record StatementSpec(String text, Map<String, VariableSpec> variables, @JsonProperty("case") JsonNode scenario) {}
}
