package dev.shoprules.pdd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.exam.Exam;
import dev.shoprules.exam.ExamVerifier;
import org.junit.jupiter.api.Test;

/** The PDD exam templates (the pack's own *.exam.yaml and the shared ones) yield questions the engine confirms. */
class PddExamTest {
    private static final RuleBook PDD = RuleBook.load(Platform.PDD);

    @Test
    void everyTemplateYieldsQuestionsTheEngineConfirms() {
        assertThat(ExamVerifier.checkTemplates(PDD, 11, 6)).isEmpty();
    }

    @Test
    void everyRuleOfThePackHasExamQuestions() {
        assertThat(Exam.rulesWithoutQuestions(PDD)).as("PDD rules without *.exam.yaml templates").isEmpty();
    }
}
