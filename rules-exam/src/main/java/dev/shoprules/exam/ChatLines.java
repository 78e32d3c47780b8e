package dev.shoprules.exam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chat table: customer-service lines as agents type them, each listed under a detector as violating or as a
 * benign look-alike ({@code dev/shoprules/core/chat/phrases.txt} in rules-core, the same table the detectors'
 * tests run). Chat-conduct questions draw their lines here; the table's label only chooses which lines a question
 * shows, never its answer, which is what the engine decides on a case holding the line.
 */
final class ChatLines {
    static final String RESOURCE = "dev/shoprules/core/chat/phrases.txt";
    private static final ChatLines STANDARD = load(RESOURCE);

    /** Lines by detector slug, then by label (true: violating). */
    private final Map<String, Map<Boolean, List<String>>> lines;

    private ChatLines(Map<String, Map<Boolean, List<String>>> lines) {
        this.lines = lines;
    }

    static ChatLines standard() {
        return STANDARD;
    }

    /** The lines the table lists for a detector, violating or benign, in table order. */
    List<String> lines(String detector, boolean violating) {
        return lines.getOrDefault(detector, Map.of()).getOrDefault(violating, List.of());
    }

    Set<String> detectors() {
        return lines.keySet();
    }

    /** Reads {@code <detector slug> <+|-> <line>} rows; blank lines and {@code #} comments are skipped. */
    static ChatLines load(String resource) {
        Map<String, Map<Boolean, List<String>>> lines = new LinkedHashMap<>();
        try (InputStream in = ChatLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExamException("the chat table " + resource + " is not on the classpath (it ships in rules-core)");
            }
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int n = 0; n < rows.size(); n++) {
                String row = rows.get(n);
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] parts = row.split(" ", 3);
                if (parts.length < 3 || !(parts[1].equals("+") || parts[1].equals("-")) || parts[2].isBlank()) {
                    throw new ExamException(resource + " line " + (n + 1) + ": expected <detector> <+|-> <line>");
                }
                lines.computeIfAbsent(parts[0], d -> new LinkedHashMap<>())
                        .computeIfAbsent(parts[1].equals("+"), v -> new ArrayList<>()).add(parts[2]);
            }
        } catch (IOException e) {
            throw new ExamException("cannot read the chat table " + resource + ": " + e.getMessage(), e);
        }
        return new ChatLines(lines);
    }
}
