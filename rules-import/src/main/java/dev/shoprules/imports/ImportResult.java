package dev.shoprules.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseJson;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What an import produced: the cases (valid input for {@code check}, {@code whatif} and {@code kpi}), in the order
 * their first record appeared, and every problem in input order. Records with an error were not converted; the rest
 * were.
 */
public record ImportResult(List<CaseFacts> cases, List<ImportProblem> problems) {
    private static final ObjectWriter JSON = CaseJson.writerOmittingEmpty();

    public ImportResult {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    /** Whether some record could not be converted (the command exits 1). */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.kind() == ImportProblem.Kind.ERROR);
    }

    /** One case as a JSON Lines line (absent fields and empty lists left out, as the case format allows). */
    public static String jsonLine(CaseFacts c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
