package dev.shoprules.cli;

import dev.shoprules.core.json.CaseInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the commands over a whole case file (whatif, kpi) share: the cases of {@code --cases} streamed as
 * {@code check} reads them — a progress bar on a terminal, each bad case one line on stderr (JSON with
 * {@code --format json}) while the others go on — and the report written to standard output or {@code --out}.
 */
final class FileCommand {
    /** What a file command does with each case. */
    interface Sink {
        /** Takes a valid case; returns the error to report if the command cannot use it, else null. */
        CaseInput.Invalid accept(CaseInput.Valid ok);

        /** Counts an entry that was not a usable case (already reported). */
        void invalid();

        /** Cases taken so far, for the progress bar. */
        long taken();
    }

    private FileCommand() {}

    static void feed(String task, String cases, PrintWriter err, boolean jsonErrors, Sink sink) throws IOException {
        try (Progress progress = Progress.start(task, cases);
             Stream<CaseInput> inputs = CaseSource.open(cases, System.in, progress::meter).cases()) {
            Iterator<CaseInput> it = inputs.iterator();
            while (it.hasNext()) {
                CaseInput input = it.next();
                progress.cases(sink.taken());
                CaseInput.Invalid bad = input instanceof CaseInput.Invalid invalid ? invalid
                        : sink.accept((CaseInput.Valid) input);
                if (bad != null) {
                    sink.invalid();
                    ErrorLine.print(err, bad, jsonErrors);
                }
            }
        }
    }

    /** The report on standard output, or in {@code out} (UTF-8) when given; a failed write is one line, status 3. */
    static void write(CommandSpec spec, Path out, String report) {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(report);
            stdout.flush();
        } else {
            OutputFile.write(out, w -> w.print(report));
        }
    }
}
