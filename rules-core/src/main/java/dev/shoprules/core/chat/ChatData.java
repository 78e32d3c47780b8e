package dev.shoprules.core.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The data files of chat reading in {@code dev/shoprules/core/chat/}: UTF-8 lines, {@code #} comments. */
final class ChatData {
    static final String DIRECTORY = "dev/shoprules/core/chat/";

    /** One line that holds data, stripped, with where it came from for error messages. */
    record Line(String file, int number, String text) {
        IllegalStateException error(String problem) {
            return new IllegalStateException(DIRECTORY + file + ":" + number + ": " + problem);
        }
    }

    private ChatData() {}

    /** The non-blank, non-comment lines of a data file; a missing file fails naming it. */
    static List<Line> lines(String file) {
        try (InputStream in = ChatData.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("chat data file " + DIRECTORY + file + " is not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(new Line(file, number, t));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + file, e);
        }
    }
}
