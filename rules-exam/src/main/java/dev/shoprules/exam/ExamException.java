package dev.shoprules.exam;

/**
 * An exam cannot be made as asked: a template is malformed or its scenario does not produce what it reads
 * (the message names the template, e.g. {@code tmall late-shipment/payout}), or the templates cannot yield as
 * many distinct questions as requested.
 */
public class ExamException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExamException(String message) {
        super(message);
    }

    public ExamException(String message, Throwable cause) {
        super(message, cause);
    }
}
