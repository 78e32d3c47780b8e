package dev.shoprules.cli;

import dev.shoprules.core.engine.PackLoadException;
import dev.shoprules.core.params.ParameterException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shoprules}: evaluate cases, list rules. Exit status 0 ok, 1 some case invalid, 2 usage error, 3 failure. */
@Command(name = "shoprules",
        mixinStandardHelpOptions = true,
        versionProvider = ShopRulesCli.Version.class,
        description = "Merchant rules of Taobao (淘宝), Tmall (天猫) and Pinduoduo (拼多多): violations, points, payouts.",
        subcommands = {CheckCommand.class, RulesCommand.class, CommandLine.HelpCommand.class})
public final class ShopRulesCli {
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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
            if (e instanceof ParameterException || e instanceof PackLoadException
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
