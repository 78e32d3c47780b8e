package dev.shoprules.cli;

import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.Problem;
import java.util.List;

/** A bad case as a machine-readable line on stderr ({@code --format json}). */
record ErrorLine(String error, String file, long line, String caseId, List<Problem> problems) {
    static ErrorLine of(CaseInput.Invalid bad) {
        return new ErrorLine("invalid case", bad.source(), bad.line(), bad.caseId(), bad.problems());
    }
}
