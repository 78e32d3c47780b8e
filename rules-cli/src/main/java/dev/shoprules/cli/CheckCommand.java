package dev.shoprules.cli;

import dev.shoprules.core.ShopRules;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.core.json.CaseReader;
import dev.shoprules.core.verdict.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
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
 *
 * <p>JSON Lines are checked on {@code --threads} workers: this thread only reads raw lines and writes; parsing,
 * evaluating and rendering each case to UTF-8 bytes (the whole cost) run on the workers, and {@link OrderedBatches} hands the
 * printed lines back in input order, so stdout and stderr are byte for byte those of {@code --threads 1}.
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

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads checking JSON Lines (default: one per core). The output is the same for any N; "
                    + "1 checks every case on the reading thread.")
    Integer threads;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads: at least 1, was " + workers);
        }
        ShopRules engine = engineOptions.engine();
        CaseSource source = CaseSource.open(file, System.in);
        boolean jsonErrors = format == Format.json;
        Function<Verdict, Object> render = format == Format.text ? VerdictText::render
                : source.jsonLines() ? CaseJson::compactUtf8 : CaseJson::pretty;
        Printer printer = new Printer(spec.commandLine().getOut(), spec.commandLine().getErr(), format == Format.text);
        if (source.jsonLines()) {
            try (Stream<CaseReader.RawLine> lines = source.lines()) {
                OrderedBatches.run(lines.iterator(), CheckCommand::weight,
                        raw -> check(engine, raw.parse(), jsonErrors, render), workers, printer);
            }
        } else {
            try (Stream<CaseInput> cases = source.cases()) {
                cases.forEach(input -> printer.accept(check(engine, input, jsonErrors, render)));
            }
        }
        printer.flush();
        return printer.invalid == 0 ? 0 : ShopRulesCli.INVALID_INPUT;
    }

    /**
     * What one case prints: its error line for stderr, or its verdict for stdout — a text verdict with its own
     * newline, a pretty JSON verdict, or a JSON Lines line as UTF-8 bytes, rendered on the worker so that the
     * writing thread only copies bytes.
     */
    private record Printed(Object output, boolean error) {}

    /**
     * Evaluates one case (on any thread: the engine is thread-safe) and renders what it prints; {@code null} for
     * a blank line, which holds no case and prints nothing.
     */
    private static Printed check(ShopRules engine, CaseInput input, boolean jsonErrors, Function<Verdict, Object> render) {
        if (input == null) {
            return null;
        }
        if (input instanceof CaseInput.Invalid bad) {
            return new Printed(ErrorLine.text(bad, jsonErrors), true);
        }
        CaseInput.Valid ok = (CaseInput.Valid) input;
        Verdict verdict;
        try {
            verdict = engine.evaluate(ok.facts());
        } catch (IllegalArgumentException e) {
            return new Printed(ErrorLine.text(ErrorLine.undecidable(ok, e), jsonErrors), true);
        }
        return new Printed(render.apply(verdict), false);
    }

    /** Prints on the calling thread, in input order, and counts the error lines. */
    private static final class Printer implements Consumer<Printed> {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean text;
        /** Where encoded verdicts go: the command line's own stream, opened at the first one; null until then. */
        private OutputStream utf8;
        int invalid;

        Printer(PrintWriter out, PrintWriter err, boolean text) {
            this.out = out;
            this.err = err;
            this.text = text;
        }

        @Override
        public void accept(Printed p) {
            if (p == null) {
                return;
            }
            if (p.error()) {
                invalid++;
                err.println(p.output());
            } else if (p.output() instanceof byte[] line) {
                writeLine(line);
            } else if (text) {
                out.print(p.output()); // a text verdict ends with its own newline
            } else {
                out.println(p.output());
            }
        }

        private void writeLine(byte[] line) {
            if (!(out instanceof CheckedOutput.Writer stdout)) {
                out.println(new String(line, StandardCharsets.UTF_8)); // a caller's own writer (tests, embedding)
                return;
            }
            if (utf8 == null) {
                utf8 = stdout.utf8();
            }
            try {
                utf8.write(line);
                utf8.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e); // CheckedOutput throws its own Failure first; this is unreachable
            }
        }

        void flush() {
            if (utf8 != null) {
                try {
                    utf8.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            out.flush();
        }
    }

    /** A line's size for batching: a line too long to hold counts as empty, since it is not held. */
    private static long weight(CaseReader.RawLine line) {
        return line.tooLong() ? 0 : line.bytes().length;
    }
}
