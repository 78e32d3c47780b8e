package dev.shoprules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mistake a user makes on the command line is one clear line on stderr with the documented exit status
 * (docs/commands.md "Exit status"), never a stack trace, and nothing on stdout.
 */
class MistakesTest {
    private static final String EXAMPLE = "../examples/tmall-late-shipment.json";

    @TempDir
    static Path dir;

    /** A file in the temporary directory with this content. */
    private static String file(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> mistakes() {
        String d = dir.toString();
        return Stream.of(
                // what the user typed, exit status, what the one line must say
                mistake(List.of("check", "../examples/"), 3, "../examples: is a directory; name a case file"),
                mistake(List.of("check", "no-such-cases.jsonl"), 3, "no such file: no-such-cases.jsonl"),
                mistake(List.of("whatif", "--cases", "../examples"), 3, "is a directory"),
                mistake(List.of("check", "--params", file("bad.yaml", "tmall:\n  late-shipment: [cap: 300\n"), EXAMPLE),
                        2, d + "/bad.yaml:"),
                mistake(List.of("check", "--params", file("tabs.yaml", "tmall:\n\tlate-shipment:\n"), EXAMPLE),
                        2, d + "/tabs.yaml:2:"),
                mistake(List.of("check", "--params", file("comma.json", "{\"tmall.late-shipment.cap\": 300,}"), EXAMPLE),
                        2, d + "/comma.json:1:"),
                mistake(List.of("check", "--params", file("dup.json",
                                "{\"tmall.late-shipment.cap\": 300,\n \"tmall.late-shipment.cap\": 200}"), EXAMPLE),
                        2, d + "/dup.json:2:"),
                mistake(List.of("check", "--params", file("dup.yaml", "tmall:\n  late-shipment:\n    cap: 300\n    cap: 200\n"),
                        EXAMPLE), 2, d + "/dup.yaml:4:"),
                mistake(List.of("check", "--params", file("twice.yaml",
                                "tmall.late-shipment.cap: 300\ntmall:\n  late-shipment:\n    cap: 200\n"), EXAMPLE),
                        2, "tmall.late-shipment.cap: set twice"),
                mistake(List.of("check", "--params", file("list.yaml", "tmall.late-shipment.cap: [300]\n"), EXAMPLE),
                        2, "a list is not a parameter value"),
                mistake(List.of("check", "--params", file("empty.yaml", "tmall.late-shipment.cap:\n"), EXAMPLE),
                        2, "tmall.late-shipment.cap: no value"),
                mistake(List.of("check", "--params", file("kap.yaml", "# a typo\ntmall:\n  late-shipment:\n    kap: 300\n"),
                        EXAMPLE), 2, d + "/kap.yaml:4: tmall.late-shipment.kap: unknown parameter"),
                mistake(List.of("check", "--params", file("scalar.yaml", "300\n"), EXAMPLE), 2, "one object of key: value"),
                mistake(List.of("check", "--params", d, EXAMPLE), 3, "is a directory; name a parameter file"),
                mistake(List.of("check", "--params", "no-such.yaml", EXAMPLE), 3, "no such file: no-such.yaml"),
                mistake(List.of("check", "--set", "tmall.late-shipment.cap", EXAMPLE), 2, "expected key=value"),
                mistake(List.of("check", "--set", "tmall.late-shipment.rate=2", EXAMPLE), 2, "between 0 and 1"),
                mistake(List.of("check", "--threads", "0", EXAMPLE), 2, "--threads: at least 1"),
                mistake(List.of("check", "--format", "xml", EXAMPLE), 2, "--format"),
                mistake(List.of("check"), 2, "Missing required parameter"),
                mistake(List.of("chekc", EXAMPLE), 2, "Unmatched argument"),
                mistake(List.of("whatif", "--cases", EXAMPLE, "--out", "/no/such/dir/r.html"), 3,
                        "--out /no/such/dir/r.html: no such directory /no/such/dir"),
                mistake(List.of("whatif", "--cases", EXAMPLE, "--out", d), 3, "is a directory; name a file"),
                mistake(List.of("kpi", "--cases", EXAMPLE, "--out", "/no/such/dir/k.html"), 3,
                        "--out /no/such/dir/k.html: no such directory /no/such/dir"),
                mistake(List.of("whatif", "--cases", EXAMPLE, "--shift", "orders.paidAt=+1x"), 2, "--shift"),
                mistake(List.of("whatif", "--cases", EXAMPLE, "--shift", "orders.nope=+1d"), 2, "orders.nope"),
                mistake(List.of("generate", "--platform", "jd", "--count", "1"), 2, "jd"),
                mistake(List.of("generate", "--platform", "tmall", "--count", "-1"), 2, "--count: must not be negative"),
                mistake(List.of("exam", "--platform", "tmall", "--rules", "NO-SUCH-RULE"), 2, "NO-SUCH-RULE"),
                mistake(List.of("exam", "--platform", "tmall", "--count", "0"), 2, "count"),
                mistake(List.of("rules", "--platform", "amazon"), 2, "amazon"));
    }

    private static Arguments mistake(List<String> args, int status, String says) {
        return Arguments.of(String.join(" ", args), args, status, says);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isOneClearLineWithTheDocumentedStatus(String shown, List<String> args, int status, String says) {
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("shoprules: ").contains(says)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.status()).as(r.err()).isEqualTo(status);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnreadableFileIsOneLine() throws IOException {
        Path secret = dir.resolve("secret.jsonl");
        Files.writeString(secret, "{}\n");
        Assumptions.assumeTrue(secret.toFile().setReadable(false, false) && !Files.isReadable(secret),
                "running as root: every file is readable");
        CliTest.Run r = CliTest.run("check", secret.toString());
        assertThat(r.err()).isEqualTo("shoprules: cannot read " + secret + ": permission denied" + System.lineSeparator());
        assertThat(r.status()).isEqualTo(3);
    }
}
