package dev.shoprules.core.json;

import static org.apiguardian.api.API.Status.STABLE;

import dev.shoprules.core.facts.CaseFacts;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** One entry of a case file, in file order: a valid case, or an error that says exactly what is wrong. */
@API(status = STABLE, since = "0.1")
public sealed interface CaseInput {

    /** The file name (or {@code -} for standard input). */
    String source();

    /** The 1-based line the case starts on (JSON Lines) or the error was found on (a single JSON file). */
    long line();

    record Valid(String source, long line, CaseFacts facts) implements CaseInput {}

    /** A case that cannot be evaluated; {@code caseId} is {@code null} when not even it could be read. */
    record Invalid(String source, long line, String caseId, List<Problem> problems) implements CaseInput {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("problems: at least one is required");
            }
        }

        /** {@code cases.jsonl:3: case c-003: orders[0].paidAt: not an ISO-8601 instant with offset}. */
        public String describe() {
            return source + ":" + line + ": case " + (caseId == null ? "?" : caseId) + ": "
                    + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
        }
    }
}
