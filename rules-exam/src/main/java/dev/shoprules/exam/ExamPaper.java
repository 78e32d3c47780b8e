package dev.shoprules.exam;

import dev.shoprules.core.Platform;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated exam paper: deterministic for its platform, pack version, parameters, seed, count and rule
 * selection.
 *
 * @param rules      the rules the questions cover, in pack order
 * @param parameters the parameter overrides every scenario was evaluated with (besides each option's own)
 */
public record ExamPaper(
        Platform platform,
        String packVersion,
        long seed,
        int count,
        List<String> rules,
        Map<String, String> parameters,
        List<Question> questions) {

    public ExamPaper {
        rules = List.copyOf(rules);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        questions = List.copyOf(questions);
    }

    /** {@code 天猫客服考试}. */
    public String title() {
        return platform.chineseName() + "客服考试";
    }
}
