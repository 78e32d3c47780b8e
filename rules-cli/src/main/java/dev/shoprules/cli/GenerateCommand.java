package dev.shoprules.cli;

import dev.shoprules.core.Platform;
import dev.shoprules.generate.CaseGenerator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shoprules generate --platform P --count N [--seed S]}: synthetic cases as JSON Lines on stdout. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Print realistic synthetic cases as JSON Lines: the same seed gives the same file. "
                + "Streams: any count runs in constant memory.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--platform", required = true, converter = PlatformConverter.class,
            description = "tmall, taobao or pdd.")
    Platform platform;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many cases.")
    long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (count < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count: must not be negative, was " + count);
        }
        PrintWriter out = spec.commandLine().getOut();
        new CaseGenerator(platform, seed).writeJsonLines(count, out);
        out.flush();
        return 0;
    }
}
