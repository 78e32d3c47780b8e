package dev.shoprules.exam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The chat conduct table: customer-service lines as agents type them on each platform, each with the rule slugs
 * that must flag it or {@code benign}, and whether the chat is held with the order's buyer or another account
 * ({@value #RESOURCE} in rules-core, the table the detectors' {@code ConductLinesTest} runs; its header documents
 * the columns and the case a line is read in). Chat-conduct questions draw their lines here; the table's label
 * only chooses which lines a question shows, never its answer, which is what the engine decides on a case holding
 * the line.
 */
final class ChatLines {
    static final String RESOURCE = "dev/shoprules/core/chat/conduct-lines.tsv";
    /** The chat accounts of the table's case: the order's buyer, and an account that is not. */
    static final String BUYER = "xiaoli_2026";
    static final String OTHER = "zhangwei_88";
    private static final ChatLines STANDARD = load(RESOURCE);

    /** One row: {@code flaggedBy} is empty for a benign line. */
    record Row(String platform, Set<String> flaggedBy, String text, boolean otherAccount) {}

    private final List<Row> rows;

    private ChatLines(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static ChatLines standard() {
        return STANDARD;
    }

    /**
     * The lines of a platform (all platforms' when it has none) that the table lists as flagged by
     * {@code detector}, or as benign ({@code violating} false: benign lines of every kind), in table order.
     */
    List<String> lines(String platform, String detector, boolean violating) {
        List<String> own = select(platform, detector, violating);
        return own.isEmpty() ? select(null, detector, violating) : own;
    }

    private List<String> select(String platform, String detector, boolean violating) {
        return rows.stream()
                .filter(r -> platform == null || r.platform().equals(platform))
                .filter(r -> violating ? r.flaggedBy().contains(detector) : r.flaggedBy().isEmpty())
                .map(Row::text).distinct().toList();
    }

    /** The chat account the table holds a line's chat with: the buyer's, or another account's. */
    String account(String text) {
        Optional<Row> row = rows.stream().filter(r -> r.text().equals(text)).findFirst();
        return row.map(r -> r.otherAccount() ? OTHER : BUYER)
                .orElseThrow(() -> new ExamException("the chat table has no line \"" + text + "\""));
    }

    /** The detectors the table names. */
    Set<String> detectors() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.addAll(r.flaggedBy()));
        return out;
    }

    /** Reads the table: tab-separated platform, expect, line, chat, note under a header row; {@code #} comments. */
    static ChatLines load(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ChatLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExamException("the chat table " + resource + " is not on the classpath (it ships in rules-core)");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            boolean header = true;
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (header && cols.length == 5 && cols[0].equals("platform")) {
                    header = false;
                    continue;
                }
                if (header || cols.length != 5 || !(cols[3].equals("buyer") || cols[3].equals("other"))
                        || cols[2].isBlank()) {
                    throw new ExamException(resource + " line " + (n + 1) + ": expected a header row, then platform,"
                            + " expect, line, chat (buyer|other), note separated by tabs");
                }
                Set<String> flaggedBy = new LinkedHashSet<>();
                if (!cols[1].equals("benign")) {
                    flaggedBy.addAll(List.of(cols[1].split(",")));
                }
                rows.add(new Row(cols[0], flaggedBy, cols[2], cols[3].equals("other")));
            }
        } catch (IOException e) {
            throw new ExamException("cannot read the chat table " + resource + ": " + e.getMessage(), e);
        }
        return new ChatLines(rows);
    }
}
