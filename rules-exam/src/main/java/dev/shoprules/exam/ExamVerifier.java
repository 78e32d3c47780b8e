package dev.shoprules.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shoprules.core.engine.RuleBook;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-checks a paper against the engine, trusting nothing the generator computed: every option's scenario is read
 * again through the strict case reader, evaluated, and the answer read from the new verdict. A paper passes when
 * every value agrees with the engine, every distractor differs from the answer, the correct options are exactly
 * those the engine makes correct, and no stem repeats.
 */
public final class ExamVerifier {
    private ExamVerifier() {}

    /** Every disagreement between the paper and the engine, one line each; empty when the paper is right. */
    public static List<String> verify(RuleBook book, ExamPaper paper) {
        List<String> problems = new ArrayList<>();
        if (paper.platform() != book.platform()) {
            problems.add("the paper is for " + paper.platform().code() + ", the rule book for " + book.platform().code());
            return problems;
        }
        return verify(new Scenarios(paper.parameters().isEmpty() ? book : book.withParameters(paper.parameters())), paper);
    }

    private static List<String> verify(Scenarios scenarios, ExamPaper paper) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> stems = new HashSet<>();
        if (paper.questions().size() != paper.count()) {
            problems.add("the paper has " + paper.questions().size() + " questions, not " + paper.count());
        }
        for (int i = 0; i < paper.questions().size(); i++) {
            Question q = paper.questions().get(i);
            String where = "question " + q.number() + " (" + q.template() + ")";
            if (q.number() != i + 1) {
                problems.add(where + ": numbered out of order (expected " + (i + 1) + ")");
            }
            if (!ids.add(q.id())) {
                problems.add(where + ": id " + q.id() + " is used twice");
            }
            if (!stems.add(q.stem())) {
                problems.add(where + ": the stem repeats an earlier question's");
            }
            try {
                check(q, scenarios, where, problems);
            } catch (ExamException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Generates {@code perTemplate} questions (or the template's {@code limit}, if lower) from each template of the
     * book on its own and verifies them: a pack's test calls this so that a broken, ambiguous or too narrow
     * template fails the pack's build, naming the template.
     */
    public static List<String> checkTemplates(RuleBook book, long seed, int perTemplate) {
        List<String> problems = new ArrayList<>();
        Scenarios scenarios = new Scenarios(book); // one for every template: books under other figures are kept
        for (ExamTemplate t : ExamTemplates.load(book)) {
            String ref = t.ref;
            try {
                ExamPaper paper = Exam.builder(book).templates(List.of(ref)).count(Math.min(perTemplate, t.limit))
                        .seed(seed).repeatAnswers().generate(scenarios);
                verify(scenarios, paper).forEach(p -> problems.add(ref + ": " + p));
            } catch (ExamException e) {
                problems.add(ref + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private static void check(Question q, Scenarios scenarios, String where, List<String> problems) {
        List<Option> options = q.options();
        List<Option> correct = q.correctOptions();
        Set<String> texts = new HashSet<>();
        for (Option o : options) {
            if (!texts.add(o.text())) {
                problems.add(where + ": option text \"" + o.text() + "\" appears twice");
            }
        }
        if (q.type().lettered()) {
            for (int i = 0; i < options.size(); i++) {
                if (!String.valueOf((char) ('A' + i)).equals(options.get(i).label())) {
                    problems.add(where + ": option " + (i + 1) + " is not lettered " + (char) ('A' + i));
                }
            }
        }
        String expectedAnswer = q.type().lettered()
                ? correct.stream().map(Option::label).collect(Collectors.joining(","))
                : correct.stream().map(Option::text).collect(Collectors.joining(","));
        if (!expectedAnswer.equals(q.answer())) {
            problems.add(where + ": the answer \"" + q.answer() + "\" is not the correct options' \"" + expectedAnswer + "\"");
        }
        switch (q.type()) {
            case SINGLE_CHOICE, FILL_IN, TRUE_FALSE -> {
                if (correct.size() != 1 || (q.type() == QuestionType.TRUE_FALSE && options.size() != 2)
                        || (q.type() == QuestionType.SINGLE_CHOICE && options.size() < 2)) {
                    problems.add(where + ": " + q.type() + " needs exactly one correct option"
                            + (q.type() == QuestionType.TRUE_FALSE ? " of two" : ""));
                    return;
                }
            }
            case MULTIPLE_CHOICE -> {
                if (correct.isEmpty() || correct.size() == options.size()) {
                    problems.add(where + ": a multiple choice needs correct and incorrect options");
                    return;
                }
            }
        }
        for (Option o : options) {
            String name = o.label() != null ? "option " + o.label() : "option \"" + o.text() + "\"";
            if (o.scenario() == null) {
                if (o.correct() || q.type() != QuestionType.TRUE_FALSE) {
                    problems.add(where + ": " + name + " has no scenario to check it with");
                }
                continue;
            }
            ObjectNode c = o.scenario().caseJson() != null ? o.scenario().caseJson() : q.caseJson();
            if (c == null) {
                problems.add(where + ": " + name + " refers to the question's case, but the question has none");
                continue;
            }
            JsonNode verdict = scenarios.verdict(c, o.scenario().parameters(), where + " " + name);
            Optional<String> value = q.read().value(verdict);
            if (value.isEmpty()) {
                problems.add(where + ": " + name + ": the engine's verdict has no " + q.read().select() + " of "
                        + q.read().rule());
                continue;
            }
            if (!value.get().equals(o.value())) {
                problems.add(where + ": " + name + ": the engine says " + value.get() + ", the paper says " + o.value());
            }
            if (o.scenario().parameters().isEmpty()
                    && (o.scenario().caseJson() == null || q.type() == QuestionType.MULTIPLE_CHOICE)) {
                checkVersion(q, verdict, where, problems);
            }
        }
        String right = correct.get(0).value();
        switch (q.type()) {
            case SINGLE_CHOICE, FILL_IN -> {
                for (Option o : options) {
                    if (!o.correct() && o.value().equals(right)) {
                        problems.add(where + ": distractor " + (o.label() != null ? o.label() : o.text())
                                + " equals the answer " + right);
                    }
                    if (!q.read().display(o.value()).equals(o.text())) {
                        problems.add(where + ": option \"" + o.text() + "\" does not show its value " + o.value());
                    }
                }
            }
            case TRUE_FALSE -> {
                Set<String> values = options.stream().map(Option::value).collect(Collectors.toSet());
                if (!values.equals(Set.of("true", "false"))) {
                    problems.add(where + ": a true/false has the options true and false, not " + values);
                }
            }
            case MULTIPLE_CHOICE -> {
                for (Option o : options) {
                    if (o.correct() != Boolean.parseBoolean(o.value())) {
                        problems.add(where + ": option " + o.label() + " is marked " + (o.correct() ? "" : "in")
                                + "correct but the engine says " + o.value());
                    }
                }
            }
        }
    }

    /** The question's rule version is the one the engine's finding of that rule names, when there is one. */
    private static void checkVersion(Question q, JsonNode verdict, String where, List<String> problems) {
        for (String list : List.of("violations", "compensations", "advisories", "sanctions", "refunds")) {
            for (JsonNode f : verdict.path(list)) {
                if (q.ruleId().equals(f.path("ruleId").asText())
                        && !q.ruleVersion().equals(f.path("ruleVersion").asText())) {
                    problems.add(where + ": rule version " + q.ruleVersion() + ", but the engine applied "
                            + f.path("ruleVersion").asText());
                    return;
                }
            }
        }
    }
}
