package dev.shoprules.cli;

import dev.shoprules.core.json.CaseInput;
import dev.shoprules.core.json.CaseReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Opens the cases named on the command line: a {@code .json} file (one case, a JSON array of cases or concatenated
 * case objects), a {@code .jsonl} file (one per line), or {@code -} for standard input, read as JSON Lines when its
 * first line is a whole JSON object and as a JSON document otherwise (so both {@code cat case.json | shoprules check
 * -} and piped JSONL work).
 *
 * @param lines the raw lines of JSON Lines input (to parse them on other threads), or {@code null}
 * @param single the one case of a single JSON input, or {@code null} for JSON Lines
 */
record CaseSource(Stream<CaseReader.RawLine> lines, Stream<CaseInput> single) {

    boolean jsonLines() {
        return lines != null;
    }

    /** Every case in input order, parsed on the calling thread (as {@link CaseReader#jsonLines} reads them). */
    Stream<CaseInput> cases() {
        return lines != null ? lines.map(CaseReader.RawLine::parse).filter(Objects::nonNull) : single;
    }

    static CaseSource open(String name, InputStream stdin) throws IOException {
        return open(name, stdin, UnaryOperator.identity());
    }

    /** As {@link #open(String, InputStream)}, reading through {@code meter} (e.g. to count bytes for a progress bar). */
    static CaseSource open(String name, InputStream stdin, UnaryOperator<InputStream> meter) throws IOException {
        if ("-".equals(name)) {
            BufferedInputStream in = new BufferedInputStream(meter.apply(stdin), 1 << 16);
            boolean lines = firstLineIsWholeObject(in);
            return lines ? new CaseSource(CaseReader.rawLines(in, "-"), null)
                    : new CaseSource(null, CaseReader.document(in, "-"));
        }
        InputStream in = meter.apply(Files.newInputStream(readable(name)));
        return CaseReader.isJsonLines(name)
                ? new CaseSource(CaseReader.rawLines(in, name).onClose(() -> closeQuietly(in)), null)
                : new CaseSource(null, CaseReader.document(in, name));
    }

    /** The path of a case file the user named, or one line saying why it cannot be read. */
    static Path readable(String name) {
        return CliError.readable(Path.of(name), "a case file (.json or .jsonl), or - for standard input");
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // a read-only stream: nothing to lose
        }
    }

    private static boolean firstLineIsWholeObject(BufferedInputStream in) throws IOException {
        in.mark(CaseReader.MAX_LINE_BYTES);
        try {
            int depth = 0;
            boolean inString = false;
            boolean escaped = false;
            boolean started = false;
            int b;
            int read = 0;
            // Track brace depth outside strings on the first non-blank line: depth back to 0 on that line = whole object.
            while ((b = in.read()) != -1 && read++ < CaseReader.MAX_LINE_BYTES) {
                char c = (char) b;
                if (c == '\n') {
                    if (started) {
                        return depth == 0;
                    }
                    continue;
                }
                if (!started && (Character.isWhitespace(c) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    continue; // blank lines and a byte-order mark come before the first line
                }
                if (!started && c != '{') {
                    return false; // an array of cases, or not JSON at all: read as one document
                }
                started = true;
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            }
            return started && depth == 0;
        } finally {
            in.reset();
        }
    }
}
