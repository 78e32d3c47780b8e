package dev.shoprules.tmall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.exam.Exam;
import dev.shoprules.exam.ExamPaper;
import dev.shoprules.exam.ExamVerifier;
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
    void anotherSeedGivesAnotherPaper() {
        ExamPaper seven = Exam.builder(TMALL).count(10).seed(7).generate();
        ExamPaper eight = Exam.builder(TMALL).count(10).seed(8).generate();
        assertThat(eight.questions().stream().map(Question::stem).toList())
                .isNotEqualTo(seven.questions().stream().map(Question::stem).toList());
        assertThat(ExamVerifier.verify(TMALL, eight)).isEmpty();
    }
}
