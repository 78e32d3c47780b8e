package dev.shoprules.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr while a long command reads its input (me.tongfei:progressbar): bytes read of the file,
 * speed, and cases so far. Shown only on an interactive terminal; silent when input or output is redirected, in
 * tests and in CI.
 */
final class Progress implements AutoCloseable {
    private static final Progress SILENT = new Progress(null);
    private static final long MIB = 1L << 20;

    private final ProgressBar bar;
    private long shownCases = -1;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, String source) throws IOException {
        if (System.console() == null) {
            return SILENT;
        }
        long size = "-".equals(source) ? -1 : Files.size(CaseSource.readable(source));
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(size)
                .setUnit(" MiB", MIB)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build());
    }

    /** The input, counting the bytes read into the bar. */
    InputStream meter(InputStream in) {
        if (bar == null) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bar.stepBy(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    bar.stepBy(n);
                }
                return n;
            }
        };
    }

    /** Cases handed to the engine so far (shown next to the bar, updated every thousand). */
    void cases(long count) {
        if (bar != null && count - shownCases >= 1000) {
            shownCases = count;
            bar.setExtraMessage(String.format(java.util.Locale.ROOT, "  %,d cases", count));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
