package dev.shoprules.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Calendar rules of all three platforms run in China Standard Time. */
public final class Times {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** How instants are written in verdicts: ISO-8601 with the +08:00 offset. */
    public static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    private Times() {}

    public static String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }

    /** Short form for reasons and messages, like {@code 2026-11-03T10:00+08:00}. */
    public static String show(Instant instant) {
        return instant == null ? "—" : instant.atZone(ZONE).toOffsetDateTime().toString();
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
