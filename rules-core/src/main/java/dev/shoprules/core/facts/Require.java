package dev.shoprules.core.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * Guava-style argument checks for fact constructors. Every message starts with the field name so the
 * JSON reader can turn it into a path ({@code orders[0].paidAt: required}).
 */
final class Require {
    private Require() {}

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value;
    }

    public static String text(String value, String field) {
        if (present(value, field).isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return value;
    }

    /** Money: never negative, at most two decimals; returned at scale 2. */
    public static BigDecimal money(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + ": money must not be negative, was " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + ": money has more than 2 decimals: " + value.toPlainString());
        }
        return value.setScale(2);
    }

    public static BigDecimal moneyOrZero(BigDecimal value, String field) {
        return value == null ? BigDecimal.ZERO.setScale(2) : money(value, field);
    }

    public static BigDecimal moneyOrNull(BigDecimal value, String field) {
        return value == null ? null : money(value, field);
    }

    /** Absent lists are empty; present lists are copied and may not contain null. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "]: must not be null");
            }
        }
        return List.copyOf(values);
    }
}
