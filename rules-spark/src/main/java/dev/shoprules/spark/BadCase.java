package dev.shoprules.spark;

import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.json.Problem;
import java.io.Serializable;
import java.util.List;

/**
 * An input entry that is not a case the loaded packs can decide: where it is (file, line, its position in the
 * input), its {@code caseId} if one could be read, and what is wrong, by JSON path. Nothing is dropped: every bad
 * entry becomes one of these, reported as the local command line reports it.
 */
public record BadCase(long position, String file, long line, String caseId, List<Problem> problems)
        implements Serializable {

    public BadCase {
        problems = List.copyOf(problems);
    }

    static BadCase of(long position, CaseInput.Invalid bad) {
        return new BadCase(position, bad.source(), bad.line(), bad.caseId(), bad.problems());
    }

    /** {@code cases.jsonl:3: case c-003: orders[0].paidAt: not an ISO-8601 instant with offset}, as on stderr. */
    public String describe() {
        return new CaseInput.Invalid(file, line, caseId, problems).describe();
    }

    /** The error line {@code check --format json} writes: {@code {"error":"invalid case","file":…,"line":…,…}}. */
    public String json() {
        return CaseJson.compact(new ErrorLine("invalid case", file, line, caseId, problems));
    }

    private record ErrorLine(String error, String file, long line, String caseId, List<Problem> problems) {}
}
