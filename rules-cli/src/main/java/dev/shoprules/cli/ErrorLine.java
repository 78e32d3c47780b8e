package dev.shoprules.cli;

import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.json.Problem;
import java.io.PrintWriter;
import java.util.List;

/** A bad case as a machine-readable line on stderr ({@code --format json}). */
record ErrorLine(String error, String file, long line, String caseId, List<Problem> problems) {
    static ErrorLine of(CaseInput.Invalid bad) {
        return new ErrorLine("invalid case", bad.source(), bad.line(), bad.caseId(), bad.problems());
    }

    /** A well-formed case no loaded pack can decide (its platform's pack is missing). */
    static CaseInput.Invalid undecidable(CaseInput.Valid ok, IllegalArgumentException e) {
        return new CaseInput.Invalid(ok.source(), ok.line(), ok.facts().caseId(),
                List.of(new Problem("platform", e.getMessage())));
    }

    /** One line on stderr: for people, or a JSON object when the user asked for JSON. */
    static void print(PrintWriter err, CaseInput.Invalid bad, boolean json) {
        err.println(text(bad, json));
    }

    /** The text of that line, without its line separator. */
    static String text(CaseInput.Invalid bad, boolean json) {
        return json ? CaseJson.compact(of(bad)) : bad.describe();
    }
}
