package dev.shoprules.core.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;

/**
 * Reads case files lazily, in order, one {@link CaseInput} per case: a {@code .json} file holds one case, a JSON
 * array of cases or concatenated case objects ({@link #document}), a {@code .jsonl}/{@code .ndjson} file one case
 * per line. Nothing is dropped: every non-blank line yields a
 * valid case or an {@link CaseInput.Invalid} naming file, line, case id and JSON path, and a bad line never
 * stops the lines after it. Each line is decoded as strict UTF-8 on its own, so invalid bytes spoil only
 * their line; a leading byte-order mark is skipped.
 */
@API(status = STABLE, since = "0.1")
public final class CaseReader {
    /** Longest line read; a longer one is reported and skipped without holding it in memory. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private CaseReader() {}

    /** Whether a file name says JSON Lines. */
    public static boolean isJsonLines(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** Reads a file by its extension. The stream holds the file open: close it. */
    public static Stream<CaseInput> read(Path file) throws IOException {
        String name = file.toString();
        InputStream in = Files.newInputStream(file);
        return isJsonLines(name) ? jsonLines(in, name).onClose(() -> closeQuietly(in)) : document(in, name);
    }

    /**
     * Reads a JSON document from the whole stream: one case, a JSON array of cases, or several case objects one
     * after another (as {@code jq} prints them). Each case is read on its own, in order, so a bad one never stops
     * the others; when the document holds several cases, each error's JSON path starts with the case's 0-based
     * index ({@code [2].orders[0].paidAt}) and its line is where that case starts or the error is. Malformed JSON
     * ends the document: the cases before it are read, and the error names the index it was found in.
     */
    public static Stream<CaseInput> document(InputStream in, String source) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_LINE_BYTES + 1);
            if (bytes.length > MAX_LINE_BYTES) {
                return Stream.of(new CaseInput.Invalid(source, 1, null,
                        List.of(new Problem("$", "case file larger than " + MAX_LINE_BYTES + " bytes"))));
            }
            int start = hasBom(bytes, bytes.length) ? 3 : 0;
            String text;
            try {
                text = strictUtf8(bytes, start, bytes.length);
            } catch (CharacterCodingException e) {
                return Stream.of(new CaseInput.Invalid(source, 1, null, List.of(new Problem("$", "not valid UTF-8"))));
            }
            return Documents.split(text, source);
        }
    }

    /** Reads JSON Lines; blank lines are skipped (they hold no case). The stream is lazy and sequential. */
    public static Stream<CaseInput> jsonLines(InputStream in, String source) {
        return rawLines(in, source).map(RawLine::parse).filter(Objects::nonNull);
    }

    /**
     * The lines of a JSON Lines input, read but not yet parsed, lazily and in order (blank lines included, with
     * their numbers). Reading must be sequential, but {@link RawLine#parse} of different lines may run on
     * different threads; {@code rawLines(in, source).map(RawLine::parse).filter(Objects::nonNull)} is exactly
     * {@link #jsonLines}. A line longer than {@link #MAX_LINE_BYTES} is skipped as it is read and arrives as a
     * {@link RawLine#tooLong()} marker. Read errors surface as {@link UncheckedIOException}.
     */
    public static Stream<RawLine> rawLines(InputStream in, String source) {
        Iterator<RawLine> it = new LineIterator(in, source);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /**
     * One line of a JSON Lines input as read by {@link #rawLines}: its bytes without the newline, not yet decoded.
     *
     * @param line the 1-based line number
     * @param bytes the line's bytes (owned by this record, never shared), or {@code null} when the line was
     *        longer than {@link #MAX_LINE_BYTES}: such a line is not held in memory
     */
    public record RawLine(String source, long line, byte[] bytes) {
        /** Whether the line was longer than {@link #MAX_LINE_BYTES}, so only its number is known. */
        public boolean tooLong() {
            return bytes == null;
        }

        /** The case or the error, as {@link CaseReader#line} reads it, or {@code null} for a blank line. */
        public CaseInput parse() {
            return bytes == null ? CaseReader.tooLong(source, line) : CaseReader.line(bytes, bytes.length, source, line);
        }
    }

    /**
     * One line of a JSON Lines file, read exactly as {@link #jsonLines} reads it: for callers that split files
     * themselves (e.g. Spark). A trailing carriage return is dropped, a leading byte-order mark skipped, the bytes
     * decoded as strict UTF-8 and the case parsed by {@link CaseJson#parse}.
     *
     * @param bytes the line without its newline; only the first {@code length} bytes are read
     * @return the case or the error, or {@code null} for a blank line (it holds no case)
     */
    public static CaseInput line(byte[] bytes, int length, String source, long line) {
        if (length > MAX_LINE_BYTES) {
            return tooLong(source, line);
        }
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        if (isBlank(bytes, length)) {
            return null;
        }
        return decode(bytes, length, source, line);
    }

    private static CaseInput.Invalid tooLong(String source, long line) {
        return new CaseInput.Invalid(source, line, null,
                List.of(new Problem("$", "line longer than " + MAX_LINE_BYTES + " bytes")));
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte c = bytes[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static CaseInput decode(byte[] bytes, int length, String source, long line) {
        int start = hasBom(bytes, length) ? 3 : 0;
        try {
            return CaseJson.parse(strictUtf8(bytes, start, length), source, line);
        } catch (CharacterCodingException e) {
            return new CaseInput.Invalid(source, line, null, List.of(new Problem("$", "not valid UTF-8")));
        }
    }

    private static boolean hasBom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * Decodes strictly: malformed, overlong and surrogate sequences are an error. The JDK's replacing decoder is more
     * than twice as fast as a reporting CharsetDecoder (7.1 → 3.0 µs a case) and turns every such sequence into
     * U+FFFD, so a text without U+FFFD was valid UTF-8; only a text holding one is decoded again by the reporting
     * decoder, to tell a real U+FFFD from a bad byte.
     */
    private static String strictUtf8(byte[] bytes, int start, int end) throws CharacterCodingException {
        String fast = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a read-only stream; nothing was lost
        }
    }

    /**
     * Splits the input into lines with its own 64 KiB buffer, scanning for newlines in bulk: reading byte by byte
     * through a synchronized stream cost more than parsing the JSON. A line inside one chunk is copied out once;
     * only a line spanning chunks goes through the growing buffer.
     */
    private static final class LineIterator implements Iterator<RawLine> {
        private final InputStream in;
        private final String source;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int limit;
        private long lineNo;
        private RawLine next;
        private boolean eof;

        LineIterator(InputStream in, String source) {
            this.in = in;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !eof) {
                next = readOne();
            }
            return next != null;
        }

        @Override
        public RawLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawLine n = next;
            next = null;
            return n;
        }

        /** The next line, or null at the end of input (an empty last "line" after the final newline is none). */
        private RawLine readOne() {
            buffer.reset();
            boolean tooLong = false;
            boolean sawAny = false;
            boolean newline = false;
            try {
                while (!newline) {
                    if (pos == limit) {
                        limit = in.read(chunk, 0, chunk.length);
                        pos = 0;
                        if (limit <= 0) {
                            limit = 0;
                            eof = true;
                            break;
                        }
                    }
                    int end = pos;
                    while (end < limit && chunk[end] != '\n') {
                        end++;
                    }
                    newline = end < limit;
                    if (newline && !sawAny) {
                        // The whole line lies in this chunk: copy it out directly (it is at most 64 KiB long).
                        lineNo++;
                        RawLine whole = new RawLine(source, lineNo, Arrays.copyOfRange(chunk, pos, end));
                        pos = end + 1;
                        return whole;
                    }
                    sawAny = true;
                    int room = MAX_LINE_BYTES - buffer.size();
                    int length = end - pos;
                    if (length > room) {
                        tooLong = true;
                        length = room;
                    }
                    buffer.write(chunk, pos, length);
                    pos = newline ? end + 1 : end;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source + " after line " + lineNo, e);
            }
            if (!sawAny) {
                return null;
            }
            lineNo++;
            return new RawLine(source, lineNo, tooLong ? null : buffer.toByteArray());
        }
    }
}
