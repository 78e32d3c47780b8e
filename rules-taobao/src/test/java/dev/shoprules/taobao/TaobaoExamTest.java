package dev.shoprules.taobao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.exam.Exam;
import dev.shoprules.exam.ExamVerifier;
import org.junit.jupiter.api.Test;

/** The Taobao exam templates (*.exam.yaml beside the rules) yield questions whose answers the engine confirms. */
class TaobaoExamTest {
    private static final RuleBook TAOBAO = RuleBook.load(Platform.TAOBAO);

    @Test
    void everyTemplateYieldsQuestionsTheEngineConfirms() {
        assertThat(Exam.rulesWithQuestions(TAOBAO)).contains("TAOBAO-LATE-SHIPMENT");
        assertThat(ExamVerifier.checkTemplates(TAOBAO, 11, 6)).isEmpty();
    }

    @Test
    void everyRuleOfThePackHasExamQuestions() {
        assertThat(Exam.rulesWithoutQuestions(TAOBAO)).as("Taobao rules without *.exam.yaml templates").isEmpty();
    }
}
