package dev.shoprules.whatif;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Moves one kind of instant of every case by a fixed duration: {@code shipments.shippedAt=-12h},
 * {@code shipments.pickedUpAt=+1d}, {@code orders.paidAt=+30m}, {@code asOf=+1d12h}. A duration is a sign
 * (optional, {@code +} by default) and one or more amounts with a unit: {@code d} days of 24 hours, {@code h}
 * hours, {@code m} minutes, {@code s} seconds; at most 100 years.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FactShift(ShiftableField field, Duration by) {
    static final Duration LIMIT = Duration.ofDays(36_525);
    private static final Pattern SPEC = Pattern.compile("([+-]?)((?:\\d{1,9}[dhms])+)");
    private static final Pattern PART = Pattern.compile("(\\d{1,9})([dhms])");

    public FactShift {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(by, "by");
        if (by.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("a shift of more than 100 years (" + by + ") is not a scenario");
        }
    }

    /**
     * Parses {@code field=±duration}.
     *
     * @throws IllegalArgumentException naming what is wrong: the form, the field (listing the shiftable ones) or
     *     the duration
     */
    public static FactShift parse(String spec) {
        int eq = spec == null ? -1 : spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("shift \"" + spec + "\": expected field=±duration, e.g. shipments.shippedAt=-12h");
        }
        ShiftableField field;
        try {
            field = ShiftableField.of(spec.substring(0, eq).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shift \"" + spec + "\": " + e.getMessage());
        }
        String text = spec.substring(eq + 1).trim();
        Matcher m = SPEC.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("shift \"" + spec + "\": \"" + text
                    + "\" is not a duration like -12h, +1d, +30m, +1d12h (units d, h, m, s)");
        }
        Duration by = Duration.ZERO;
        Matcher part = PART.matcher(m.group(2));
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            by = by.plus(switch (part.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        if ("-".equals(m.group(1))) {
            by = by.negated();
        }
        try {
            return new FactShift(field, by);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shift \"" + spec + "\": " + e.getMessage());
        }
    }

    /** The spec again, normalised: {@code shipments.shippedAt=-12h}. */
    @Override
    public String toString() {
        long s = by.getSeconds();
        StringBuilder b = new StringBuilder(field.path()).append('=').append(s < 0 ? '-' : '+');
        s = Math.abs(s);
        long d = s / 86_400, h = s % 86_400 / 3600, m = s % 3600 / 60, sec = s % 60;
        if (d > 0) b.append(d).append('d');
        if (h > 0) b.append(h).append('h');
        if (m > 0) b.append(m).append('m');
        if (sec > 0 || s == 0) b.append(sec).append('s');
        return b.toString();
    }
}
