package dev.shoprules.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that does not lose a failed write: {@link java.io.PrintStream} and {@link PrintWriter} swallow
 * write errors, so {@code shoprules check cases.jsonl > /dev/full} would exit 0 with every verdict gone. Here the
 * first failed write throws {@link Failure}, an unchecked exception that passes through the writers above it and
 * stops the command; {@link ShopRulesCli} turns it into one line and a non-zero exit, or into a quiet end when the
 * reader went away ({@code | head}). Later writes are dropped: the failure has been reported once.
 */
final class CheckedOutput extends FilterOutputStream {
    private final String name;
    private boolean failed;

    CheckedOutput(OutputStream target, String name) {
        super(target);
        this.name = name;
    }

    /** A UTF-8 writer with a 64 KiB buffer over {@code target} whose failed writes throw {@link Failure}. */
    static Writer printWriter(OutputStream target, String name) {
        return new Writer(new CheckedOutput(target, name));
    }

    /**
     * The command line's writer, which also lets a command write bytes it has already encoded (verdicts rendered
     * to UTF-8 on the worker threads), so the writing thread does not encode them a second time.
     */
    static final class Writer extends PrintWriter {
        private final CheckedOutput bytes;

        private Writer(CheckedOutput bytes) {
            super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16), false);
            this.bytes = bytes;
        }

        /**
         * A buffered stream of bytes to the same target, after what this writer holds: write only to it until it
         * is flushed, then this writer may be used again.
         */
        OutputStream utf8() {
            flush();
            return new BufferedOutputStream(bytes, 1 << 16);
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (failed) {
            return;
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void flush() {
        if (failed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    private Failure fail(IOException e) {
        failed = true;
        return new Failure(name, e);
    }

    /** A write to the command's output failed: a full disk, a closed pipe, a file that cannot be written. */
    static final class Failure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        private final String name;

        Failure(String name, IOException cause) {
            super("cannot write " + name + ": " + CliError.reason(cause), cause);
            this.name = name;
        }

        /**
         * Whether the reader closed the pipe ({@code shoprules generate … | head}): EPIPE, which the JVM reports as
         * an {@link IOException} saying "Broken pipe" (it ignores SIGPIPE), so the message is all there is to go by.
         */
        boolean readerGone() {
            String m = getCause().getMessage();
            return m != null && m.contains("Broken pipe");
        }

        String name() {
            return name;
        }
    }
}
