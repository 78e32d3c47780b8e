package dev.shoprules.tmall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.exam.Exam;
import dev.shoprules.exam.ExamException;
import dev.shoprules.exam.ExamPaper;
import dev.shoprules.exam.ExamVerifier;
import dev.shoprules.exam.Option;
import dev.shoprules.exam.Question;
import dev.shoprules.exam.QuestionType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Tmall exam templates (*.exam.yaml beside the rules) yield questions whose answers the engine confirms. */
class TmallExamTest {
    private static final RuleBook TMALL = RuleBook.load(Platform.TMALL);

    @Test
    void everyTemplateYieldsQuestionsTheEngineConfirms() {
        assertThat(Exam.templates(TMALL)).isNotEmpty();
        assertThat(ExamVerifier.checkTemplates(TMALL, 11, 6)).isEmpty();
    }

    @Test
    void everyRuleOfThePackHasExamQuestions() {
        assertThat(Exam.rulesWithoutQuestions(TMALL)).as("Tmall rules without *.exam.yaml templates").isEmpty();
    }

    @Test
    void thirtyQuestionsWithSeedSevenAreTheSameOnEveryRunAndVerified() {
        ExamPaper paper = Exam.builder(TMALL).count(30).seed(7).generate();
        ExamPaper again = Exam.builder(TMALL).count(30).seed(7).generate();
        assertThat(CaseJson.pretty(again)).isEqualTo(CaseJson.pretty(paper));
        assertThat(ExamVerifier.verify(TMALL, paper)).isEmpty();

        List<Question> questions = paper.questions();
        assertThat(questions).hasSize(30);
        assertThat(questions.stream().map(Question::stem).distinct()).hasSize(30);
        List<String> withQuestions = Exam.rulesWithQuestions(TMALL);
        assertThat(paper.rules()).hasSizeGreaterThanOrEqualTo(Math.min(Exam.MIN_RULES, withQuestions.size()));
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.ruleVersion()).isNotBlank();
            assertThat(q.explanation()).contains("依据：").contains(q.ruleVersion());
        });
        Set<String> singleAnswers = questions.stream().filter(q -> q.type() == QuestionType.SINGLE_CHOICE)
                .map(Question::answer).collect(Collectors.toSet());
        assertThat(singleAnswers).as("shuffled options put the answer under different letters").hasSizeGreaterThan(1);
        assertThat(questions.stream().map(Question::type).distinct()).containsExactly(QuestionType.values());
    }

    @Test
    void theVerifierCatchesAnAnswerTheEngineDoesNotGiveAndADistractorEqualToTheAnswer() {
        ExamPaper paper = Exam.builder(TMALL).count(8).seed(7).rules(List.of("TMALL-LATE-SHIPMENT")).generate();
        Question q = paper.questions().stream().filter(x -> x.type() == QuestionType.SINGLE_CHOICE).findFirst()
                .orElseThrow();
        Option right = q.correctOptions().get(0);
        Option wrong = q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        List<Option> tampered = q.options().stream()
                .map(o -> o == wrong ? new Option(o.label(), right.text(), false, right.value(), o.why(), o.scenario()) : o)
                .toList();
        ExamPaper bad = replace(paper, q, tampered, q.caseJson());
        assertThat(ExamVerifier.verify(TMALL, bad))
                .anyMatch(p -> p.contains("option " + wrong.label() + ": the engine says " + wrong.value()))
                .anyMatch(p -> p.contains("distractor " + wrong.label() + " equals the answer"));

        ObjectNode otherCase = q.caseJson().deepCopy();
        ((ObjectNode) otherCase.withArray("orders").get(0)).put("paidAmount", "1.00");
        assertThat(ExamVerifier.verify(TMALL, replace(paper, q, q.options(), otherCase)))
                .anyMatch(p -> p.contains("option " + right.label() + ": the engine says ")
                        && p.endsWith("the paper says " + right.value()));
    }

    private static ExamPaper replace(ExamPaper paper, Question q, List<Option> options, ObjectNode caseJson) {
        Question changed = new Question(q.number(), q.id(), q.type(), q.ruleId(), q.ruleTitle(), q.ruleVersion(),
                q.citation(), q.template(), q.stem(), options, q.answer(), q.explanation(), q.read(), caseJson);
        return new ExamPaper(paper.platform(), paper.packVersion(), paper.seed(), paper.count(), paper.rules(),
                paper.parameters(), paper.questions().stream().map(x -> x == q ? changed : x).toList());
    }

    @Test
    void aTemplateThatRunsOutOfDistinctQuestionsSaysSo() {
        assertThatThrownBy(() -> Exam.builder(TMALL).templates(List.of("ship-deadline/deadline-hours")).count(2)
                .generate()).isInstanceOf(ExamException.class).hasMessageContaining("yield only 1 distinct questions");
        assertThatThrownBy(() -> Exam.builder(TMALL).rules(List.of("TMALL-NOPE")).generate())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rule TMALL-NOPE");
    }

    @Test
    void anotherSeedGivesAnotherPaper() {
        ExamPaper seven = Exam.builder(TMALL).count(10).seed(7).generate();
        ExamPaper eight = Exam.builder(TMALL).count(10).seed(8).generate();
        assertThat(eight.questions().stream().map(Question::stem).toList())
                .isNotEqualTo(seven.questions().stream().map(Question::stem).toList());
        assertThat(ExamVerifier.verify(TMALL, eight)).isEmpty();
    }
}
