package dev.shoprules.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.apiguardian.api.API;

/** Calendar rules of all three platforms run in China Standard Time. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Times {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** How instants are written in verdicts: ISO-8601 with the +08:00 offset. */
    public static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    /*
     * Writing and reading instants is on every case's path (a case has dozens; a verdict quotes them in reasons),
     * and java.time's general formatter and parser cost microseconds each. Asia/Shanghai has been +08:00 without
     * summer time since 1992, so instants from then on are formatted with plain arithmetic, and the one common
     * shape of a case file's instants is parsed by hand; everything else goes through java.time. TimesTest checks
     * both paths against java.time.
     */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** 1992-01-01T00:00:00+08:00: Asia/Shanghai's last summer time ended in September 1991. */
    private static final long FIXED_OFFSET_FROM = 694_195_200L;
    /** 10000-01-01T00:00:00+08:00: from there on years have five digits. */
    private static final long FIXED_OFFSET_UNTIL = 253_402_272_000L;

    private Times() {}

    /** ISO-8601 with the +08:00 offset, seconds always written, as {@link #ISO} writes it. */
    public static String iso(Instant instant) {
        if (instant == null) {
            return null;
        }
        return fixedOffset(instant) ? write(instant, true) : ISO.format(instant);
    }

    /** Short form for reasons and messages, like {@code 2026-11-03T10:00+08:00} ({@link OffsetDateTime#toString()}). */
    public static String show(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return fixedOffset(instant) ? write(instant, false) : instant.atZone(ZONE).toOffsetDateTime().toString();
    }

    /**
     * Parses an ISO-8601 date-time with offset ({@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}), e.g.
     * {@code 2026-11-03T10:00:00+08:00}.
     *
     * @throws DateTimeParseException exactly when {@code OffsetDateTime.parse(text)} would
     */
    public static Instant parse(CharSequence text) {
        Instant fast = parseCommonShape(text);
        return fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    private static boolean fixedOffset(Instant instant) {
        long s = instant.getEpochSecond();
        return s >= FIXED_OFFSET_FROM && s < FIXED_OFFSET_UNTIL;
    }

    /**
     * {@code iso}: seconds always, a fraction only when non-zero and without trailing zeros (the ISO formatter);
     * otherwise seconds only when non-zero and a fraction of 3, 6 or 9 digits (LocalTime.toString).
     */
    private static String write(Instant instant, boolean iso) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), CHINA);
        StringBuilder b = new StringBuilder(35);
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append('T');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute());
        int second = t.getSecond();
        int nano = t.getNano();
        if (iso || second > 0 || nano > 0) {
            two(b.append(':'), second);
        }
        if (nano > 0) {
            int digits = 9;
            if (iso) {
                while (nano % 10 == 0) {
                    nano /= 10;
                    digits--;
                }
            } else if (nano % 1_000_000 == 0) {
                nano /= 1_000_000;
                digits = 3;
            } else if (nano % 1000 == 0) {
                nano /= 1000;
                digits = 6;
            }
            String f = Integer.toString(nano);
            b.append('.').append("000000000", 0, digits - f.length()).append(f);
        }
        return b.append("+08:00").toString();
    }

    private static StringBuilder two(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * {@code yyyy-MM-ddTHH:mm[:ss[.f…]](Z|±HH:MM)}, or null for any other text or an invalid value, which the
     * caller hands to java.time (so errors, lower-case letters and rare shapes behave exactly as before).
     */
    private static Instant parseCommonShape(CharSequence s) {
        int n = s.length();
        if (n < 17 || n > 35 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2);
        int second = 0, nano = 0, i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                    nano = nano * 10 + (s.charAt(i++) - '0');
                }
                if (i == start) {
                    return null;
                }
                for (int k = i - start; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second) < 0 || i >= n) {
            return null;
        }
        int offsetSeconds;
        char sign = s.charAt(i);
        if (sign == 'Z' && i + 1 == n) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int h = digits(s, i + 1, 2), m = digits(s, i + 4, 2);
            if ((h | m) < 0 || h > 18 || m > 59 || (h == 18 && m > 0)) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (h * 3600 + m * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(CharSequence s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 00:00 Asia/Shanghai of {@code date}. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    /** 00:00 Asia/Shanghai of the day after the day {@code instant} falls on. */
    public static Instant startOfNextDay(Instant instant) {
        return startOf(instant.atZone(ZONE).toLocalDate().plusDays(1));
    }

    public static int year(Instant instant) {
        return instant.atZone(ZONE).getYear();
    }

    /** A duration for people: {@code 1天2小时}, {@code 3小时15分}, {@code 45秒}. */
    public static String show(Duration d) {
        long s = Math.abs(d.getSeconds());
        long days = s / 86_400, hours = s % 86_400 / 3600, minutes = s % 3600 / 60, seconds = s % 60;
        StringBuilder b = new StringBuilder(d.isNegative() ? "-" : "");
        if (days > 0) b.append(days).append("天");
        if (hours > 0) b.append(hours).append("小时");
        if (minutes > 0 && days == 0) b.append(minutes).append("分");
        if (b.isEmpty() || (days == 0 && hours == 0 && minutes == 0)) b.append(seconds).append("秒");
        return b.toString();
    }
}
