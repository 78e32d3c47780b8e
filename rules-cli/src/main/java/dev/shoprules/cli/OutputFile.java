package dev.shoprules.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An {@code --out FILE} of a command: checked before the run starts (so a typo in a directory name does not cost a
 * whole run), written at the end with every write error reported.
 */
final class OutputFile {
    private OutputFile() {}

    /**
     * Fails with one line unless {@code file} can be written: its directory exists and is writable, and the file
     * itself is not a directory and, if it exists, is writable.
     */
    static void checkWritable(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw new CliError(ShopRulesCli.FAILURE, option + " " + file + ": is a directory; name a file");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CliError(ShopRulesCli.FAILURE, option + " " + file + ": no such directory " + dir);
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(dir)) {
            throw new CliError(ShopRulesCli.FAILURE, option + " " + file + ": permission denied");
        }
    }

    /** Writes the file through a checked writer: a failed write or close is one line and exit status 3. */
    static void write(Path file, Consumer<PrintWriter> content) {
        try (OutputStream raw = Files.newOutputStream(file)) {
            PrintWriter w = CheckedOutput.printWriter(raw, file.toString());
            content.accept(w);
            w.flush();
        } catch (IOException e) {
            throw new CliError(ShopRulesCli.FAILURE, "cannot write " + file + ": " + CliError.reason(e), e);
        }
    }
}
