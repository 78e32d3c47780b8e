package dev.shoprules.core.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/** The type of a rule figure; it decides how a parameter value is read and checked. */
@API(status = STABLE, since = "0.1")
public enum FigureType {
    /** Yuan, not negative, at most 2 decimals. */
    MONEY,
    /** A share between 0 and 1 (0.30 = 30 %). */
    RATE,
    /** Platform points or another whole count, not negative. */
    INTEGER,
    /** Whole hours, not negative. */
    HOURS,
    /** Whole days, not negative. */
    DAYS,
    /** Whole seconds, not negative (response-time targets). */
    SECONDS;

    /**
     * Reads a value given as a number or a string (from YAML, JSON, {@code --set} or a Java map).
     *
     * @throws IllegalArgumentException naming what was wrong with the value
     */
    public Object parse(Object raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a value is required");
        }
        if (raw instanceof Boolean) {
            throw new IllegalArgumentException("expected " + expected() + ", got " + raw);
        }
        BigDecimal number;
        try {
            number = raw instanceof BigDecimal b ? b : new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + expected() + ", got \"" + raw + "\"");
        }
        switch (this) {
            case MONEY -> {
                if (number.signum() < 0 || number.stripTrailingZeros().scale() > 2) {
                    throw new IllegalArgumentException("expected " + expected() + ", got " + raw);
                }
                return number.setScale(2);
            }
            case RATE -> {
                if (number.signum() < 0 || number.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("expected " + expected() + ", got " + raw);
                }
                return number.stripTrailingZeros().scale() < 2 ? number.setScale(2) : number.stripTrailingZeros();
            }
            default -> {
                if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                        || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                    throw new IllegalArgumentException("expected " + expected() + ", got " + raw);
                }
                return number.intValueExact();
            }
        }
    }

    public String expected() {
        return switch (this) {
            case MONEY -> "an amount of yuan (not negative, at most 2 decimals)";
            case RATE -> "a rate between 0 and 1";
            case INTEGER -> "a whole number, not negative";
            case HOURS -> "whole hours, not negative";
            case DAYS -> "whole days, not negative";
            case SECONDS -> "whole seconds, not negative";
        };
    }
}
