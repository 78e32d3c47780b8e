package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.pack.Rule;
import dev.shoprules.exam.Exam;
import dev.shoprules.exam.ExamPaper;
import dev.shoprules.exam.ExamVerifier;
import dev.shoprules.exam.Option;
import dev.shoprules.exam.Question;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each platform's 40-question paper (seed 5, the one README shows) is verified and spans the pack: most of its
 * rules, chat conduct among them, three question types or more, no template asked twice with the same answer, and
 * feedback that names options by their text (platforms shuffle the letters).
 */
class ExamBreadthTest {
    /** Rules a 40-question paper must span, per platform. */
    private static final Map<Platform, Integer> MIN_RULES = Map.of(Platform.TMALL, 12, Platform.TAOBAO, 10, Platform.PDD, 8);
    private static final Set<String> CHAT_RULES = Set.of("abuse", "ad-law", "contact-info", "off-platform", "privacy",
            "review-cashback");
    private static final Pattern LETTER_REFERENCE = Pattern.compile("(^|[；：。\\s])[A-H](「|：|\\.)");

    @ParameterizedTest
    @EnumSource(Platform.class)
    void fortyQuestionsSpanThePack(Platform platform) {
        RuleBook book = RuleBook.load(platform);
        assertThat(Exam.templates(book)).as("templates").hasSizeGreaterThanOrEqualTo(15);
        assertThat(Exam.rulesWithoutQuestions(book)).isEmpty();

        ExamPaper paper = Exam.builder(book).count(40).seed(5).generate();
        assertThat(ExamVerifier.verify(book, paper)).isEmpty();
        assertThat(paper.rules()).hasSizeGreaterThanOrEqualTo(MIN_RULES.get(platform));
        Map<String, String> slugs = book.rules().stream().collect(Collectors.toMap(Rule::id, Rule::slug));
        assertThat(paper.rules().stream().map(slugs::get).filter(CHAT_RULES::contains)).as("chat rules").isNotEmpty();
        assertThat(paper.questions().stream().map(Question::type).distinct()).hasSizeGreaterThanOrEqualTo(3);

        Set<String> asked = new HashSet<>();
        for (Question q : paper.questions()) {
            String answer = q.correctOptions().stream().map(Option::value).sorted().collect(Collectors.joining("|"));
            assertThat(asked.add(q.template() + " " + answer)).as("%s asked twice with answer %s", q.template(), answer)
                    .isTrue();
            assertThat(LETTER_REFERENCE.matcher(q.explanation()).find()).as("feedback names options by text: %s",
                    q.explanation()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void rulesTakeTurnsSoTwentyQuestionsAlreadyCoverMostRules(Platform platform) {
        RuleBook book = RuleBook.load(platform);
        List<String> rules = Exam.builder(book).count(20).seed(9).generate().rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(Math.min(MIN_RULES.get(platform), 20));
    }
}
