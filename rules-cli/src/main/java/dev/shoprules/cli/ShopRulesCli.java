package dev.shoprules.cli;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.PackLoadException;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.params.ParameterException;
import dev.shoprules.exam.ExamException;
import dev.shoprules.whatif.WhatIfException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shoprules}: evaluate cases, list rules, what-if analysis, synthetic cases, exams, scorecards. Exit status 0 ok, 1 some case invalid, 2 usage error, 3 failure. */
@Command(name = "shoprules",
        mixinStandardHelpOptions = true,
        versionProvider = ShopRulesCli.Version.class,
        description = "Merchant rules of Taobao (淘宝), Tmall (天猫) and Pinduoduo (拼多多): violations, points, payouts.",
        subcommands = {CheckCommand.class, RulesCommand.class, WhatIfCommand.class, GenerateCommand.class,
                ExamCommand.class, ImportCommand.class, KpiCommand.class, CommandLine.HelpCommand.class})
public final class ShopRulesCli {
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;

    /** Exit status when the reader of standard output went away ({@code | head}): 128 + SIGPIPE, as a shell tool's. */
    public static final int READER_GONE = 141;

    public static void main(String[] args) {
        // JSON and its Chinese text are UTF-8 whatever the locale (under LANG=C the platform default is ASCII
        // and every Chinese character would print as '?'); stdout gets a large buffer for big outputs, and a failed
        // write to it is reported (CheckedOutput) instead of swallowed as PrintStream would.
        PrintWriter out = CheckedOutput.printWriter(new FileOutputStream(FileDescriptor.out), "standard output");
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = run(args, out, err);
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command line with the given streams and flushes {@code out}; returns the exit status. A user's
     * mistake, a file that cannot be read or written and a failed write to {@code out} each print one line on
     * {@code err} and give a non-zero status; none prints a stack trace.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ShopRulesCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof ParameterException || e instanceof CommandLine.ParameterException
                ? USAGE : FAILURE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine, err));
        // Help and version text are printed by picocli itself, outside the handler above.
        cli.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (CheckedOutput.Failure e) {
                return outputFailed(e, err);
            }
        });
        // A usage mistake is one line that says where the help is, not the whole usage text.
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("shoprules: " + firstLine(e.getMessage()) + " (see: "
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return USAGE;
        });
        try {
            int status = cli.execute(args);
            out.flush();
            return status;
        } catch (CheckedOutput.Failure e) {
            return outputFailed(e, err); // the final flush
        }
    }

    /** Standard output could not be written: one line (or nothing when the reader went away) and the status. */
    private static int outputFailed(CheckedOutput.Failure e, PrintWriter err) {
        if (e.readerGone()) {
            return READER_GONE; // the reader has what it wanted: end quietly
        }
        err.println("shoprules: " + e.getMessage());
        return FAILURE;
    }

    /** One line for what the user can fix or must know, and its exit status; anything else is a bug and is thrown. */
    private static int failed(Exception e, CommandLine commandLine, PrintWriter err) throws Exception {
        if (e instanceof CheckedOutput.Failure f) {
            return outputFailed(f, err);
        }
        if (e instanceof ParameterException p) {
            err.println("shoprules: " + EngineOptions.locate(commandLine, p).getMessage());
            return USAGE;
        }
        if (e instanceof CliError c) {
            err.println("shoprules: " + c.getMessage());
            return c.status();
        }
        if (e instanceof PackLoadException || e instanceof WhatIfException
                || e instanceof ExamException) {
            err.println("shoprules: " + e.getMessage());
            return FAILURE;
        }
        if (e instanceof java.io.IOException io) {
            err.println("shoprules: " + describe(io));
            return FAILURE;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            // CaseReader's "cannot read cases.jsonl after line 12", then what the system said
            String context = io.getMessage().equals(String.valueOf(io.getCause())) ? "" : io.getMessage() + ": ";
            err.println("shoprules: " + context + describe(io.getCause()));
            return FAILURE;
        }
        throw e;
    }

    private static String firstLine(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }

    private static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + CliError.reason(e);
        }
        return CliError.reason(e);
    }

    /**
     * The command line's build and each rule pack's release with the build of its jar (from the jars' manifests),
     * without loading any KieBase:
     * <pre>
     * shoprules 0.1.0
     * tmall   tmall-2026.1   ShopRules Tmall (天猫) rule pack 0.1.0
     * </pre>
     */
    static final class Version implements CommandLine.IVersionProvider {
        static final String DEVELOPMENT = "(development build)";

        @Override
        public String[] getVersion() {
            String v = ShopRulesCli.class.getPackage().getImplementationVersion();
            List<String> lines = new ArrayList<>();
            lines.add("shoprules " + (v == null ? DEVELOPMENT : v));
            for (Platform p : RuleBook.available()) {
                RuleBook book = RuleBook.lazy(p);
                lines.add(String.format("%-7s %-14s %s", p.code(), book.packVersion(),
                        book.packBuild().orElse(DEVELOPMENT)));
            }
            return lines.toArray(String[]::new);
        }
    }
}
