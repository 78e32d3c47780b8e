package dev.shoprules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the README and the docs show in a {@code console} block runs as shown, on the distributions this
 * build packaged ({@code rules-cli/target/lib} for {@code ./shoprules}, {@code rules-spark/target/lib} for
 * {@code rules-spark/local/run}: this module comes after both), as a user's would. A block is a shell session: {@code $ }
 * lines are commands (a trailing {@code \} continues one), the lines after a command are its output (stdout and
 * stderr, as a terminal shows them) and must be printed exactly, except that a line {@code …} stands for any number
 * of lines. A command must succeed, unless the block's next command is {@code echo $?}, which shows its status.
 * The commands of one block run in one shell, in a directory of their own where the repository's files are
 * linked, so what they write stays out of the repository.
 */
class ReadmeCommandsTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String MARK = "@@readme-command-";

    @TempDir
    static Path work;

    record Command(String text, List<String> expected) {}

    record Block(String page, int line, List<Command> commands) {}

    @TestFactory
    Stream<DynamicTest> everyConsoleBlockRunsAsShown() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(REPO.resolve("README.md")));
        try (Stream<Path> docs = Files.list(REPO.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages) {
            blocks.addAll(blocks(REPO.relativize(page).toString(), Files.readAllLines(page)));
        }
        assertThat(blocks).as("console blocks in README.md").isNotEmpty();
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.page() + ":" + b.line(), () -> run(b)));
    }

    static List<Block> blocks(String page, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```console")) {
                continue;
            }
            int start = i + 1;
            List<Command> commands = new ArrayList<>();
            for (i = start; !lines.get(i).strip().equals("```"); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("$ ")) {
                    StringBuilder text = new StringBuilder(line.substring(2));
                    while (text.toString().endsWith("\\")) {
                        text.append('\n').append(lines.get(++i).strip());
                    }
                    commands.add(new Command(text.toString(), new ArrayList<>()));
                } else {
                    assertThat(commands).as("%s:%d: output before any $ command", page, i + 1).isNotEmpty();
                    commands.get(commands.size() - 1).expected().add(lines.get(i).stripTrailing());
                }
            }
            blocks.add(new Block(page, start, commands));
        }
        return blocks;
    }

    private static void run(Block block) throws Exception {
        Path dir = Files.createDirectories(work.resolve(block.page().replace('/', '_') + "-" + block.line()));
        try (Stream<Path> entries = Files.list(REPO)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    Files.createSymbolicLink(dir.resolve(entry.getFileName()), entry);
                }
            }
        }
        StringBuilder script = new StringBuilder("cd '" + dir + "'\n__s=0\n");
        for (int i = 0; i < block.commands().size(); i++) {
            script.append("printf '\\n").append(MARK).append(i).append("\\n'\n(exit $__s)\n")
                    .append(block.commands().get(i).text()).append("\n__s=$?\nprintf '\\n").append(MARK)
                    .append(i).append(" status %d\\n' $__s\n");
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "exec 2>&1\n" + script).redirectErrorStream(true);
        pb.environment().put("SHOPRULES_SKIP_BUILD", "1"); // the distribution was just built by this build
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path link : entries.filter(Files::isSymbolicLink).toList()) {
                Files.delete(link); // the links only, never what they point to
            }
        }
        for (int i = 0; i < block.commands().size(); i++) {
            Command c = block.commands().get(i);
            Matcher m = Pattern.compile("(?s)\n" + MARK + i + "\n(.*)\n" + MARK + i + " status (\\d+)\n").matcher(out);
            assertThat(m.find()).as("%s:%d: %s did not finish:%n%s", block.page(), block.line(), c.text(), out).isTrue();
            String text = m.group(1).endsWith("\n") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
            List<String> printed = text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
            boolean statusShown = i + 1 < block.commands().size()
                    && block.commands().get(i + 1).text().equals("echo $?");
            if (!statusShown) {
                assertThat(Integer.parseInt(m.group(2))).as("%s:%d: exit status of `%s`; it printed:%n%s",
                        block.page(), block.line(), c.text(), m.group(1)).isZero();
            }
            if (!c.expected().isEmpty() || !statusShown) {
                assertThat(matches(c.expected(), printed)).as("%s:%d: `%s` printed:%n%s%nbut the page shows:%n%s",
                        block.page(), block.line(), c.text(), String.join("\n", printed),
                        String.join("\n", c.expected())).isTrue();
            }
        }
    }

    /** Whether the printed lines are the expected ones, a line {@code …} standing for any number of lines. */
    static boolean matches(List<String> expected, List<String> printed) {
        if (expected.isEmpty()) {
            return printed.isEmpty() || printed.stream().allMatch(String::isBlank);
        }
        if (expected.get(0).equals("…")) {
            for (int skip = 0; skip <= printed.size(); skip++) {
                if (matches(expected.subList(1, expected.size()), printed.subList(skip, printed.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !printed.isEmpty() && printed.get(0).stripTrailing().equals(expected.get(0))
                && matches(expected.subList(1, expected.size()), printed.subList(1, printed.size()));
    }
}
