package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Output never disappears silently: when standard output or an {@code --out} file cannot be written (here
 * {@code /dev/full}, a disk that is always full), every command prints one line and exits 3; when the reader of
 * standard output goes away ({@code | head}), the command ends quietly with status 141.
 */
class FailedWritesTest {
    private static final Path DEV_FULL = Path.of("/dev/full");
    private static final String FULL = "shoprules: cannot write standard output: No space left on device";

    @TempDir
    static Path dir;
    static String jsonl;

    @BeforeAll
    static void cases() throws IOException {
        jsonl = dir.resolve("cases.jsonl").toString();
        CliTest.Run generated = CliTest.run("generate", "--platform", "tmall", "--count", "300", "--seed", "3");
        Files.writeString(Path.of(jsonl), generated.out());
    }

    /**
     * A run of every command that writes to standard output. A command added to the CLI must be added here (the
     * test below fails until it is), so that its failed writes are tested too.
     */
    static Map<String, List<List<String>>> runs() {
        String example = "../examples/tmall-late-shipment.json";
        return Map.of(
                "check", List.of(List.of("check", example), List.of("check", "--format", "text", example),
                        List.of("check", jsonl), List.of("check", "--threads", "1", jsonl)),
                "rules", List.of(List.of("rules"), List.of("rules", "--format", "json")),
                "whatif", List.of(List.of("whatif", "--cases", jsonl, "--set", "tmall.late-shipment.cap=300"),
                        List.of("whatif", "--cases", jsonl, "--format", "html")),
                "kpi", List.of(List.of("kpi", "--cases", jsonl), List.of("kpi", "--cases", jsonl, "--format", "html")),
                "import", List.of(List.of("import", "--from", "taobao-trade", "../examples/import/tmall-trade.json",
                        "--platform", "tmall", "--as-of", "2026-11-05T12:00:00+08:00")),
                "generate", List.of(List.of("generate", "--platform", "pdd", "--count", "2000")),
                "exam", List.of(List.of("exam", "--platform", "tmall", "--count", "5", "--format", "markdown")),
                "help", List.of(List.of("help"), List.of("check", "--help"), List.of("--version")));
    }

    static List<List<String>> everyRun() {
        return runs().values().stream().flatMap(List::stream).toList();
    }

    @Test
    void everyCommandIsTestedHere() {
        Set<String> commands = new TreeSet<>(new CommandLine(new ShopRulesCli()).getSubcommands().keySet());
        assertThat(runs().keySet()).containsAll(commands);
    }

    @ParameterizedTest
    @MethodSource("everyRun")
    void aFullDiskIsOneLineAndStatus3(List<String> args) throws IOException {
        StringWriter err = new StringWriter();
        int status;
        try (FileOutputStream full = new FileOutputStream(DEV_FULL.toFile())) {
            PrintWriter out = CheckedOutput.printWriter(full, "standard output");
            status = ShopRulesCli.run(args.toArray(String[]::new), out, new PrintWriter(err, true));
        }
        assertThat(err.toString()).isEqualTo(FULL + System.lineSeparator());
        assertThat(status).isEqualTo(ShopRulesCli.FAILURE);
    }

    @Test
    void anOutFileOnAFullDiskIsOneLineAndStatus3() {
        CliTest.Run r = CliTest.run("whatif", "--cases", jsonl, "--format", "json", "--out", DEV_FULL.toString());
        assertThat(r.err()).isEqualTo("shoprules: cannot write /dev/full: No space left on device" + System.lineSeparator());
        assertThat(r.status()).isEqualTo(ShopRulesCli.FAILURE);
    }

    // The real process: standard output as the JVM gives it to main.

    @Test
    void theCommandLineProcessReportsAFullDisk() throws Exception {
        for (List<String> args : List.of(List.of("check", jsonl), List.of("generate", "--platform", "tmall", "--count", "10"))) {
            Process p = process(args).redirectOutput(DEV_FULL.toFile()).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(err).as(args.toString()).isEqualTo(FULL + "\n");
            assertThat(p.exitValue()).isEqualTo(ShopRulesCli.FAILURE);
        }
    }

    @Test
    void aReaderThatStopsEarlyEndsTheRunQuietly() throws Exception {
        Process p = process(List.of("generate", "--platform", "tmall", "--count", "1000000"))
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        try (InputStream out = p.getInputStream()) {
            assertThat(out.readNBytes(100)).hasSize(100); // `| head -c 100`: read a little, then close the pipe
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("stops soon after the reader is gone").isTrue();
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(p.exitValue()).isEqualTo(ShopRulesCli.READER_GONE);
    }

    private static ProcessBuilder process(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                ShopRulesCli.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).directory(new File("."));
    }
}
