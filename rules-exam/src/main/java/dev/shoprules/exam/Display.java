package dev.shoprules.exam;

import dev.shoprules.core.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How values read in a Chinese exam paper: {@code 8000}, {@code 12.5}, {@code 2026年3月5日10:00}. */
final class Display {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Display() {}

    /** Yuan without trailing zeros: {@code 8000}, {@code 240.5}. */
    static String money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    static String date(Instant instant) {
        return DATE.format(instant.atZone(Times.ZONE));
    }

    static String time(Instant instant) {
        ZonedDateTime at = instant.atZone(Times.ZONE);
        return (at.getSecond() == 0 ? TIME : TIME_SECONDS).format(at);
    }

    /** {@code 2026年3月5日10:00} (seconds only when not zero), in Asia/Shanghai like every platform rule. */
    static String dateTime(Instant instant) {
        return date(instant) + time(instant);
    }

    /** A bound variable in stem text: money without trailing zeros, instants as date and time. */
    static String value(Object value) {
        if (value instanceof BigDecimal money) {
            return money(money);
        }
        if (value instanceof Instant instant) {
            return dateTime(instant);
        }
        return String.valueOf(value);
    }
}
