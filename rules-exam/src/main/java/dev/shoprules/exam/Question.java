package dev.shoprules.exam;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One exam question whose answer the engine decided.
 *
 * @param id          stable within a paper ({@code tmall-7-03}); also the caseId of its scenario case
 * @param ruleId      the rule examined, with the version that decided and its citation
 * @param template    the template it came from: {@code <rule-slug>/<template-id>}
 * @param answer      letters for choice questions ({@code B}, {@code A,C}), the option text for true/false
 *                    and fill-in
 * @param read        where the answer is in the verdict of each option's scenario
 * @param caseJson    the scenario, a case in the contract's JSON shape; null for multiple choice, whose options
 *                    each carry their own case
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(
        int number,
        String id,
        QuestionType type,
        String ruleId,
        String ruleTitle,
        String ruleVersion,
        String citation,
        String template,
        String stem,
        List<Option> options,
        String answer,
        String explanation,
        Read read,
        @JsonProperty("case") ObjectNode caseJson) {

    public Question {
        options = List.copyOf(options);
    }

    /** The options a candidate sees: all of them, except a fill-in question's typical wrong answers. */
    public List<Option> shownOptions() {
        return type == QuestionType.FILL_IN ? options.stream().filter(Option::correct).toList() : options;
    }

    /** The correct options. */
    public List<Option> correctOptions() {
        return options.stream().filter(Option::correct).toList();
    }
}
