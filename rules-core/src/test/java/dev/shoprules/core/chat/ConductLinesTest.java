package dev.shoprules.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shoprules.core.Platform;
import dev.shoprules.core.facts.CaseFacts;
import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conduct table ({@code conduct-lines.tsv} in this package of rules-core's main resources, shipped because the
 * exam module draws its chat-conduct questions from it; its header documents the columns and the case
 * every line is read in): customer-service lines of the three platforms, each with exactly the detectors that
 * must flag it, or "benign" for look-alikes no detector may flag. Every line is read as an agent message of a
 * whole case through {@link ChatReader}, so case numbers, the chat's account and privacy count as in production.
 * {@link #figures()} reports recall and benign hits per detector; docs/chat.md (linked from the README) shows them,
 * and {@link #theFiguresInTheDocsAreTheMeasuredOnes()} keeps the two equal.
 */
class ConductLinesTest {
    static final String FILE = "conduct-lines.tsv";
    static final String BUYER = "xiaoli_2026";
    static final String OTHER = "zhangwei_88";

    /** One row of the table; {@code expected} is empty for a benign line. */
    record Line(int number, Platform platform, Set<ChatDetector> expected, String text, boolean otherAccount,
                String note) {
        boolean benign() {
            return expected.isEmpty();
        }

        @Override
        public String toString() {
            return number + " " + platform.name().toLowerCase(Locale.ROOT) + " "
                    + (benign() ? "benign" : expected.stream().map(ChatDetector::slug).collect(Collectors.joining(",")))
                    + (otherAccount ? " [other] " : " ") + text;
        }
    }

    static List<Line> lines() {
        try (InputStream in = ConductLinesTest.class.getResourceAsStream(FILE)) {
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<Line> out = new ArrayList<>();
            boolean header = true;
            for (int i = 0; i < rows.size(); i++) {
                String row = rows.get(i);
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cols = row.split("\t", -1);
                if (cols.length != 5) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected 5 tab-separated columns");
                }
                if (header) {
                    assertThat(cols).containsExactly("platform", "expect", "line", "chat", "note");
                    header = false;
                    continue;
                }
                Set<ChatDetector> expected = EnumSet.noneOf(ChatDetector.class);
                if (!cols[1].equals("benign")) {
                    for (String slug : cols[1].split(",")) {
                        expected.add(Arrays.stream(ChatDetector.values()).filter(d -> d.slug().equals(slug))
                                .findFirst().orElseThrow(() -> new IllegalStateException("unknown slug " + slug)));
                    }
                }
                if (!cols[3].equals("buyer") && !cols[3].equals("other")) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": chat is buyer or other");
                }
                out.add(new Line(i + 1, Platform.of(cols[0]), expected, cols[2], cols[3].equals("other"), cols[4]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Line> violating() {
        return lines().stream().filter(l -> !l.benign());
    }

    static Stream<Line> benign() {
        return lines().stream().filter(Line::benign);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a scanner knows of the table's case on Tmall: its own numbers. */
    static final ScanContext CONTEXT = ScanContext.of(Platform.TMALL,
            ChatReader.caseNumbers(caseOf(Platform.TMALL, "在的", false)));

    /** The case of the table's header with the line as the agent's reply in a chat about the order. */
    static CaseFacts caseOf(Platform platform, String text, boolean otherAccount) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("caseId", "conduct");
        c.put("platform", platform.name().toLowerCase(Locale.ROOT));
        c.put("asOf", "2026-11-05T12:00:00+08:00");
        c.put("shop", Map.of("id", "s-1", "name", "测试旗舰店", "registeredPhones",
                List.of("400-123-4567", "0571-87654321")));
        c.put("orders", List.of(Map.of(
                "id", "2026110112345678901", "buyerId", BUYER,
                "createdAt", "2026-11-01T09:58:00+08:00", "paidAt", "2026-11-01T10:00:00+08:00",
                "items", List.of(Map.of("sku", "A1", "title", "连衣裙 165/88A", "quantity", 1, "unitPrice", "800.00")),
                "shippingFee", "0.00", "paidAmount", "800.00", "paymentMethod", "ALIPAY",
                "receiver", Map.of("name", "李小丽", "phone", "13812345678", "address", "浙江省杭州市西湖区文三路100号"))));
        c.put("shipments", List.of(
                Map.of("orderId", "2026110112345678901", "carrier", "ZTO", "trackingNo", "75123456789012",
                        "shippedAt", "2026-11-01T16:00:00+08:00"),
                Map.of("orderId", "2026110112345678901", "carrier", "SF", "trackingNo", "SF1234567890123",
                        "shippedAt", "2026-11-01T16:00:00+08:00")));
        c.put("chats", List.of(Map.of("id", "chat-1", "account", otherAccount ? OTHER : BUYER,
                "orderIds", List.of("2026110112345678901"),
                "messages", List.of(
                        Map.of("from", "BUYER", "at", "2026-11-02T10:00:00+08:00", "text", "在吗"),
                        Map.of("from", "AGENT", "agentId", "xiaomei", "at", "2026-11-02T10:00:20+08:00",
                                "text", text)))));
        try {
            CaseInput in = CaseJson.parse(JSON.writeValueAsString(c), FILE, 1);
            if (in instanceof CaseInput.Valid v) {
                return v.facts();
            }
            throw new IllegalStateException(((CaseInput.Invalid) in).describe());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detectors whose findings a line's message produces. */
    static Set<ChatDetector> detected(Line l) {
        Set<ChatDetector> found = EnumSet.noneOf(ChatDetector.class);
        ChatReader.read(caseOf(l.platform(), l.text(), l.otherAccount())).findings()
                .forEach(f -> found.add(f.detector()));
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violating")
    void aViolatingLineIsFlaggedByExactlyItsDetectors(Line l) {
        assertThat(detected(l)).as("%s (%s)", l, l.note()).isEqualTo(l.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benign")
    void aBenignLineIsFlaggedByNoDetector(Line l) {
        assertThat(detected(l)).as("%s (%s)", l, l.note()).isEmpty();
    }

    @Test
    void theTableHasAtLeast150OfEachOverEveryDetectorAndPlatform() {
        assertThat(violating().count()).isGreaterThanOrEqualTo(150);
        assertThat(benign().count()).isGreaterThanOrEqualTo(150);
        for (Platform p : Platform.values()) {
            assertThat(benign().filter(l -> l.platform() == p)).as("benign on %s", p).hasSizeGreaterThan(20);
            for (ChatDetector d : ChatDetector.values()) {
                assertThat(violating().filter(l -> l.platform() == p && l.expected().contains(d)))
                        .as("%s on %s", d.slug(), p).isNotEmpty();
            }
        }
    }

    /**
     * Recall (violating lines whose expected detector flags them) and benign hits (benign lines a detector
     * flags) per detector, as a Markdown table; also written to {@code target/conduct-lines-figures.md}.
     */
    static String figures() {
        Map<ChatDetector, int[]> byDetector = new EnumMap<>(ChatDetector.class);
        for (ChatDetector d : ChatDetector.values()) {
            byDetector.put(d, new int[3]); // expected, caught, benign hits
        }
        List<String> missed = new ArrayList<>();
        Set<String> flagged = new TreeSet<>();
        for (Line l : lines()) {
            Set<ChatDetector> found = detected(l);
            for (ChatDetector d : l.expected()) {
                byDetector.get(d)[0]++;
                if (found.contains(d)) {
                    byDetector.get(d)[1]++;
                } else {
                    missed.add(d.slug() + ": " + l.text());
                }
            }
            if (l.benign()) {
                for (ChatDetector d : found) {
                    byDetector.get(d)[2]++;
                    flagged.add(d.slug() + ": " + l.text());
                }
            }
        }
        StringBuilder b = new StringBuilder("| Detector | Violating lines | Caught | Recall | Benign lines flagged |\n"
                + "|---|---|---|---|---|\n");
        int expected = 0;
        int caught = 0;
        int hits = 0;
        for (Map.Entry<ChatDetector, int[]> e : byDetector.entrySet()) {
            int[] n = e.getValue();
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f %% | %d |%n", e.getKey().slug(), n[0], n[1],
                    100.0 * n[1] / Math.max(1, n[0]), n[2]));
            expected += n[0];
            caught += n[1];
            hits += n[2];
        }
        b.append(String.format(Locale.ROOT, "| all | %d | %d | %.0f %% | %d of %d |%n", expected, caught,
                100.0 * caught / Math.max(1, expected), hits, benign().count()));
        StringBuilder detail = new StringBuilder(b).append("\nMissed:\n");
        missed.forEach(m -> detail.append("- ").append(m).append('\n'));
        detail.append("\nBenign lines flagged:\n");
        flagged.forEach(m -> detail.append("- ").append(m).append('\n'));
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "conduct-lines-figures.md"), detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** The table of docs/chat.md: its "after" columns are what {@link #figures()} measures now. */
    @Test
    void theFiguresInTheDocsAreTheMeasuredOnes() throws IOException {
        Map<String, String[]> documented = new LinkedHashMap<>();
        Files.readString(Path.of("../docs/chat.md")).lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| Detector"))
                .map(ConductLinesTest::cells)
                .filter(c -> c.length == 6)
                .forEach(c -> documented.put(c[0], c));
        Map<String, String> measured = new LinkedHashMap<>();
        figures().lines().skip(2).map(ConductLinesTest::cells).forEach(c ->
                measured.put(c[0], c[1] + " | " + c[2] + " (" + c[3] + ") | " + c[4]));
        Map<String, String> shown = new LinkedHashMap<>();
        documented.forEach((detector, c) -> shown.put(detector, c[1] + " | " + c[3] + " | " + c[5]));
        assertThat(shown).as("docs/chat.md: detector → violating lines | recall after | benign flagged after")
                .isEqualTo(measured);
    }

    private static String[] cells(String row) {
        String inner = row.strip();
        return Arrays.stream(inner.substring(1, inner.length() - 1).split("\\|")).map(String::strip)
                .toArray(String[]::new);
    }

    @Test
    void everyDetectorCatchesAllItsLinesAndFlagsNoBenignOne() {
        String table = figures();
        System.out.println(table);
        assertThat(table.lines().skip(2)).as(table)
                .allSatisfy(row -> assertThat(row).contains("| 100 % |").matches(".*\\| 0( of \\d+)? \\|$"));
    }
}
