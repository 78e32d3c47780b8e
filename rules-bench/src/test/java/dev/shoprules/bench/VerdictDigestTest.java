package dev.shoprules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoprules.core.Platform;
import dev.shoprules.core.engine.RuleBook;
import dev.shoprules.core.json.CaseJson;
import dev.shoprules.generate.CaseGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Performance work changes how cases reach the engine, never what it decides: the verdicts of a fixed set of
 * generated cases, rendered as {@code check} renders them, must hash to the digest stored before the work began.
 * A deliberate change of a rule or of the generator changes the digest too; then regenerate it with
 * {@code ./mvnw -pl rules-bench -am verify -Dtest=VerdictDigestTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dshoprules.updateDigests=true} and say in the commit why the verdicts changed.
 */
class VerdictDigestTest {
    private static final Path STORED = Path.of("src/test/resources/verdict-digests.properties");

    @ParameterizedTest(name = "{0}: {1} cases, seed {2}")
    @CsvSource({"TMALL, 20000, 2026", "TAOBAO, 5000, 2026", "PDD, 5000, 2026"})
    void verdictsOfGeneratedCasesHashToTheStoredDigest(Platform platform, int count, long seed) throws Exception {
        RuleBook book = RuleBook.load(platform);
        MessageDigest sha = sha256();
        new CaseGenerator(platform, seed).cases(count).forEach(c ->
                sha.update((CaseJson.compact(book.evaluate(c)) + "\n").getBytes(StandardCharsets.UTF_8)));
        String digest = HexFormat.of().formatHex(sha.digest());
        String key = platform.code() + "." + count + "." + seed;
        Properties stored = stored();
        if (Boolean.getBoolean("shoprules.updateDigests")) {
            stored.setProperty(key, digest);
            try (OutputStream out = Files.newOutputStream(STORED)) {
                stored.store(out, "SHA-256 of the verdict JSON lines of generated cases (see VerdictDigestTest)");
            }
            return;
        }
        assertThat(digest).as("digest of %s verdicts (key %s in %s)", platform, key, STORED)
                .isEqualTo(stored.getProperty(key));
    }

    private static Properties stored() throws IOException {
        Properties p = new Properties();
        if (Files.exists(STORED)) {
            try (InputStream in = Files.newInputStream(STORED)) {
                p.load(in);
            }
        }
        return p;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
