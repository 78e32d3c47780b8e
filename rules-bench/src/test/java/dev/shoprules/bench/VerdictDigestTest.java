package dev.shoprules.bench;

import static org.junit.jupiter.api.Assertions.fail;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.generate.CaseGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdicts of many generated cases, held to a stored SHA-256: a change that is meant to make the engine faster
 * (what reaches working memory, how facts are joined) must not change a single verdict, and the golden cases alone
 * cover too few combinations to show it. The digest is over {@code CaseJson.compact(verdict) + "\n"} of every case
 * in generator order, so it is exactly the bytes {@code check} would print for them.
 * <p>
 * A deliberate change of verdicts (a new rule, a corrected figure) rewrites the stored digests with
 * {@code -Dshoprules.updateDigests=true}. Each green run also keeps its verdicts in
 * {@code target/verdict-digests/<digest>.jsonl.gz}, so that a later red run in the same working tree names the first
 * case whose verdict changed and prints both verdicts (masked, as every output).
 */
class VerdictDigestTest {
    private static final Path STORED = Path.of("src/test/resources/verdict-digests.properties");
    private static final Path KEPT = Path.of("target/verdict-digests");
    private static final long SEED = 2026;

    @ParameterizedTest(name = "{0}: {1} cases")
    @CsvSource({"TMALL, 20000", "TAOBAO, 3000", "PDD, 3000"})
    void verdictsOfGeneratedCasesAreUnchanged(Platform platform, int count) throws IOException {
        RuleBook book = RuleBook.load(platform);
        CaseGenerator generator = new CaseGenerator(platform, SEED);
        List<String> ids = new ArrayList<>(count);
        List<String> lines = new ArrayList<>(count);
        MessageDigest sha = sha256();
        generator.cases(count).forEach(c -> {
            String line = CaseJson.compact(book.evaluate(c)) + "\n";
            ids.add(c.caseId());
            lines.add(line);
            sha.update(line.getBytes(StandardCharsets.UTF_8));
        });
        String actual = HexFormat.of().formatHex(sha.digest());
        String key = platform.code() + "." + count + ".seed" + SEED;

        Properties stored = load();
        String expected = stored.getProperty(key);
        if (Boolean.getBoolean("shoprules.updateDigests")) {
            stored.setProperty(key, actual);
            save(stored);
            keep(actual, lines);
            return;
        }
        if (expected == null) {
            fail("no stored digest " + key + " in " + STORED + "; run with -Dshoprules.updateDigests=true to store "
                    + actual);
        }
        if (expected.equals(actual)) {
            keep(actual, lines);
            return;
        }
        fail(key + ": the verdicts changed (SHA-256 " + actual + ", stored " + expected + ").\n"
                + firstDifference(expected, ids, lines)
                + "\nIf the change of verdicts is meant, store the new digest with -Dshoprules.updateDigests=true"
                + " (and say in the commit why the verdicts changed).");
    }

    /** The first case whose verdict differs from the kept verdicts of the stored digest, if an earlier run kept them. */
    private static String firstDifference(String expected, List<String> ids, List<String> lines) throws IOException {
        Path kept = KEPT.resolve(expected + ".jsonl.gz");
        if (!Files.exists(kept)) {
            return "No verdicts of the stored digest are kept in " + KEPT.toAbsolutePath() + ": run this test once on"
                    + " the commit before the change (without mvn clean) to keep them, then again here to see the"
                    + " first case whose verdict changed.";
        }
        try (BufferedReader before = gunzip(kept)) {
            for (int i = 0; i < lines.size(); i++) {
                String old = before.readLine();
                String now = lines.get(i).substring(0, lines.get(i).length() - 1);
                if (!now.equals(old)) {
                    return "First differing verdict: case #" + i + " (" + ids.get(i) + ")\n  before: " + old
                            + "\n  now:    " + now;
                }
            }
        }
        return "The verdicts equal the kept ones line by line, yet the digests differ: " + kept + " is stale.";
    }

    private static Properties load() throws IOException {
        Properties p = new Properties();
        if (Files.exists(STORED)) {
            try (Reader r = Files.newBufferedReader(STORED, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    /** Sorted, without the date {@link Properties#store} writes, so that only a changed digest shows in a diff. */
    private static synchronized void save(Properties p) throws IOException {
        StringBuilder text = new StringBuilder("# SHA-256 of CaseJson.compact(verdict)+\"\\n\" over generated cases"
                + " (VerdictDigestTest); rewrite with -Dshoprules.updateDigests=true\n");
        new java.util.TreeMap<>(p).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.createDirectories(STORED.getParent());
        Files.writeString(STORED, text, StandardCharsets.UTF_8);
    }

    private static void keep(String digest, List<String> lines) throws IOException {
        Path file = KEPT.resolve(digest + ".jsonl.gz");
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(KEPT);
        Path tmp = Files.createTempFile(KEPT, digest, ".tmp");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static BufferedReader gunzip(Path file) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(file));
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
