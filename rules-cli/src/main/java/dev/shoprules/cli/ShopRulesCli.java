package dev.shoprules.cli;

import dev.shoprules.core.engine.PackLoadException;
import dev.shoprules.core.params.ParameterException;
import dev.shoprules.whatif.WhatIfException;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import dev.shoprules.exam.ExamException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

    public static void main(String[] args) {
        // JSON and its Chinese text are UTF-8 whatever the locale (under LANG=C the platform default is ASCII
        // and every Chinese character would print as '?'); stdout gets a large buffer for big outputs.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ShopRulesCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof ParameterException || e instanceof CommandLine.ParameterException
                ? USAGE : FAILURE);
        // Bad parameters and missing packs are the user's to fix: one clear line, no stack trace.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ParameterException || e instanceof PackLoadException || e instanceof WhatIfException
                    || e instanceof ExamException
                    || e instanceof java.nio.file.NoSuchFileException) {
                commandLine.getErr().println("shoprules: " + describe(e));
                return e instanceof ParameterException ? USAGE : FAILURE;
            }
            throw e;
        });
        return cli.execute(args);
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "no such file: " + f.getFile();
        }
        return e.getMessage();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ShopRulesCli.class.getPackage().getImplementationVersion();
            return new String[] {"shoprules " + (v == null ? "(development build)" : v)};
        }
    }
}
