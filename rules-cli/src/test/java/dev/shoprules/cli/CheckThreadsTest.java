package dev.shoprules.cli;

import static dev.shoprules.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.cli.CliTest.Run;
import dev.shoprules.core.Platform;
import dev.shoprules.core.json.CaseReader;
import dev.shoprules.generate.CaseGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --threads N} over JSON Lines prints exactly what the sequential {@code --threads 1} prints: the
 * same verdicts and error lines, byte for byte, in input order, with the same exit status. The file mixes the
 * three platforms and sprinkles bad lines of every kind among the good ones.
 */
class CheckThreadsTest {
    private static final int CASES_PER_PLATFORM = 400;

    @TempDir
    static Path dir;
    static Path cases;
    static int badLines;

    @BeforeAll
    static void writeMixedFile() throws IOException {
        List<List<String>> perPlatform = new ArrayList<>();
        for (Platform p : List.of(Platform.TMALL, Platform.TAOBAO, Platform.PDD)) {
            StringWriter w = new StringWriter();
            new CaseGenerator(p, 20260101).writeJsonLines(CASES_PER_PLATFORM, w);
            perPlatform.add(w.toString().lines().toList());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < CASES_PER_PLATFORM; i++) {
            for (List<String> platform : perPlatform) {
                lines.add(platform.get(i));
            }
            // Every few dozen cases a bad line, of a kind that changes with i, so errors fall in every batch.
            if (i % 23 == 7) {
                String good = perPlatform.get(i % 3).get(i);
                lines.add(switch (i % 5) {
                    case 0 -> good.substring(0, good.length() / 2);                             // cut off: invalid JSON
                    case 1 -> good.replaceFirst("\"presale\":(true|false)", "\"presale\":\"maybe\""); // wrong type
                    case 2 -> "";                                                                 // blank: no case
                    case 3 -> good.replaceFirst("\"paidAt\":\"[^\"]*\"", "\"paidAt\":\"yesterday\"");  // bad instant
                    default -> good.replace("\"platform\":\"", "\"platform\":\"x");              // unknown platform
                });
                badLines += i % 5 == 2 ? 0 : 1;
            }
        }
        // One line too long to hold: reported, never read into memory, and the lines after it still checked.
        lines.add(lines.size() / 2, "{\"caseId\":\"" + "x".repeat(CaseReader.MAX_LINE_BYTES) + "\"}");
        badLines++;
        cases = dir.resolve("mixed.jsonl");
        Files.write(cases, lines, StandardCharsets.UTF_8);
    }

    @Test
    void jsonVerdictsAndErrorLinesAreTheSameOnFourThreadsAsOnOne() {
        Run one = run("check", "--threads", "1", cases.toString());
        Run four = run("check", "--threads", "4", cases.toString());
        assertThat(one.status()).isEqualTo(ShopRulesCli.INVALID_INPUT);
        assertThat(one.err().lines().count()).isEqualTo(badLines);
        assertThat(one.out().lines().count()).isEqualTo(3L * CASES_PER_PLATFORM);
        assertThat(one.err()).contains("line longer than " + CaseReader.MAX_LINE_BYTES + " bytes");
        assertSame(four, one);
    }

    @Test
    void textVerdictsAreTheSameOnFourThreadsAsOnOne() {
        Run one = run("check", "--format", "text", "--threads", "1", cases.toString());
        Run four = run("check", "--format", "text", "--threads", "4", cases.toString());
        assertThat(one.status()).isEqualTo(ShopRulesCli.INVALID_INPUT);
        assertThat(one.out().lines().filter(l -> l.startsWith("case ")).count()).isEqualTo(3L * CASES_PER_PLATFORM);
        assertSame(four, one);
    }

    @Test
    void stdinWithJsonErrorLinesIsCheckedInParallelToo() throws IOException {
        Path small = dir.resolve("small.jsonl");
        Files.write(small, Files.readAllLines(cases).subList(0, 400), StandardCharsets.UTF_8);
        Run one = withStdin(small, "check", "--format", "json", "--threads", "1", "-");
        Run three = withStdin(small, "check", "--format", "json", "--threads", "3", "-");
        assertThat(one.out()).isNotEmpty();
        assertThat(one.err()).startsWith("{\"error\":\"invalid case\",\"file\":\"-\"");
        assertSame(three, one);
        assertThat(one.out()).isEqualTo(run("check", "--format", "json", "--threads", "1", small.toString()).out());
    }

    @Test
    void threadsMustBePositive() {
        Run r = run("check", "--threads", "0", cases.toString());
        assertThat(r.status()).isEqualTo(ShopRulesCli.USAGE);
        assertThat(r.err()).contains("--threads: at least 1, was 0");
    }

    private static void assertSame(Run parallel, Run sequential) {
        assertThat(parallel.status()).isEqualTo(sequential.status());
        assertThat(parallel.err()).isEqualTo(sequential.err());
        // Compared as a whole, not as sets: the order must be the input order.
        assertThat(parallel.out()).isEqualTo(sequential.out());
    }

    private static Run withStdin(Path file, String... args) {
        InputStream saved = System.in;
        try (InputStream in = Files.newInputStream(file)) {
            System.setIn(in);
            return run(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setIn(saved);
        }
    }
}
