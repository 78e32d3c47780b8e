package dev.shoprules.cli;

import dev.shoprules.core.ShopRules;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.verdict.Verdict;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code shoprules check FILE|-}: one verdict per case in input order (pretty JSON for a {@code .json} file,
 * JSON Lines for JSON Lines input). A bad case yields one line on stderr naming file, line, caseId and JSON
 * path; the other cases are still evaluated and the exit status is 1.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Evaluate cases and print one verdict per case, in input order.")
final class CheckCommand implements Callable<Integer> {
    enum Format { json, text }

    @Parameters(index = "0", paramLabel = "FILE|-", description = "A .json case, a .jsonl file of cases, or - for stdin.")
    String file;

    /** Null means the default: JSON verdicts with error lines for people; an explicit json makes errors JSON too. */
    @Option(names = "--format", description = "json (default) or text. With an explicit --format json, error lines on stderr are JSON objects too.")
    Format format;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ShopRules engine = engineOptions.engine();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CaseSource source = CaseSource.open(file, System.in);
        boolean jsonErrors = format == Format.json;
        boolean text = format == Format.text;
        int invalid = 0;
        try (Stream<CaseInput> cases = source.cases()) {
            Iterator<CaseInput> it = cases.iterator();
            while (it.hasNext()) {
                CaseInput input = it.next();
                if (input instanceof CaseInput.Invalid bad) {
                    invalid++;
                    ErrorLine.print(err, bad, jsonErrors);
                    continue;
                }
                CaseInput.Valid ok = (CaseInput.Valid) input;
                Verdict verdict;
                try {
                    verdict = engine.evaluate(ok.facts());
                } catch (IllegalArgumentException e) {
                    invalid++;
                    ErrorLine.print(err, ErrorLine.undecidable(ok, e), jsonErrors);
                    continue;
                }
                if (text) {
                    out.print(VerdictText.render(verdict));
                } else if (source.jsonLines()) {
                    out.println(CaseJson.compact(verdict));
                } else {
                    out.println(CaseJson.pretty(verdict));
                }
            }
        }
        out.flush();
        return invalid == 0 ? 0 : ShopRulesCli.INVALID_INPUT;
    }
}
