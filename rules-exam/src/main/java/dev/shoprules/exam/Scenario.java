package dev.shoprules.exam;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the engine evaluated to obtain an option's value: a case in the contract's JSON shape (absent: the
 * question's own case) and parameter overrides on top of the paper's (absent: none). Anyone can re-check it
 * with {@code shoprules check [--set key=value]… case.json}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Scenario(@JsonProperty("case") ObjectNode caseJson, Map<String, String> parameters) {
    /** The question's own case with the paper's parameters. */
    public static final Scenario QUESTION_CASE = new Scenario(null, Map.of());

    public Scenario {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
