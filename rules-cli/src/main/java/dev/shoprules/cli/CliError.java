package dev.shoprules.cli;

/**
 * A mistake the user can fix (a directory where a file was expected, an unwritable {@code --out}) or a failure
 * outside the program (a full disk): printed as one line {@code shoprules: <message>} with its exit status, never
 * as a stack trace.
 */
final class CliError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    CliError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    CliError(int status, String message, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    /**
     * {@code file} if it is a readable file, else one line saying why not (missing, a directory, not readable).
     *
     * @param expected what the user should name instead of a directory, e.g. "a parameter file (.json or .yaml)"
     */
    static java.nio.file.Path readable(java.nio.file.Path file, String expected) {
        if (!java.nio.file.Files.exists(file)) {
            throw new CliError(ShopRulesCli.FAILURE, "no such file: " + file);
        }
        if (java.nio.file.Files.isDirectory(file)) {
            throw new CliError(ShopRulesCli.FAILURE, file + ": is a directory; name " + expected);
        }
        if (!java.nio.file.Files.isReadable(file)) {
            throw new CliError(ShopRulesCli.FAILURE, "cannot read " + file + ": permission denied");
        }
        return file;
    }

    /** What an I/O error says in words, without the exception class: {@code permission denied}, {@code No space left on device}. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
