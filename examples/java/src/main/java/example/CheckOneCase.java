package example;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Decides one case file with the Tmall pack, under the pack's figures and with the payout cap lowered to 300. */
public final class CheckOneCase {
    public static void main(String[] args) throws Exception {
        String json = Files.readString(Path.of(args[0]));                   // e.g. examples/tmall-late-shipment-8000.json
        RuleBook tmall = RuleBook.load(Platform.TMALL);                     // found with ServiceLoader, built once
        RuleBook lowerCap = tmall.withParameters(Map.of("tmall.late-shipment.cap", "300")); // keep books: each reuses its sessions
        CaseInput in = CaseJson.parse(json, args[0], 1);                    // strict; never throws for bad input
        if (in instanceof CaseInput.Valid ok) {
            Verdict verdict = tmall.evaluate(ok.facts());                   // thread-safe, reads no clock but asOf
            Verdict whatIf = lowerCap.evaluate(ok.facts());
            System.out.println(CaseJson.compact(verdict.compensations()));  // the contract's JSON, personal data masked
            System.out.println("owed " + verdict.totals().compensationOwed()
                    + " yuan; with the cap at 300: " + whatIf.totals().compensationOwed());
        } else if (in instanceof CaseInput.Invalid bad) {
            System.err.println(bad.describe());                             // file, line, case id, JSON path
            System.exit(1);
        }
    }
}
