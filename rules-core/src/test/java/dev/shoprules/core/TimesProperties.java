package dev.shoprules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link Times} formats and parses the common instants by hand; these properties hold it to java.time for every
 * instant and every text, including the summer-time years of Asia/Shanghai (1986–1991), years before 1992 and
 * after 9999, fractions of every length and texts java.time rejects.
 */
class TimesProperties {

    @Property(tries = 3000)
    void formatsLikeJavaTime(@ForAll("instants") Instant instant) {
        assertThat(Times.iso(instant)).isEqualTo(Times.ISO.format(instant));
        assertThat(Times.show(instant)).isEqualTo(instant.atZone(Times.ZONE).toOffsetDateTime().toString());
    }

    @Property(tries = 3000)
    void parsesWhatJavaTimeWrites(@ForAll("instants") Instant instant, @ForAll("offsets") ZoneOffset offset) {
        OffsetDateTime t = instant.atOffset(offset);
        for (String text : List.of(t.toString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t))) {
            assertThat(Times.parse(text)).as(text).isEqualTo(instant);
        }
    }

    @Property(tries = 5000)
    void parsesOrRejectsExactlyLikeJavaTime(@ForAll("nearlyInstants") String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> Times.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(Times.parse(text)).as(text).isEqualTo(expected);
    }

    @Example
    void edgesOfTheFixedOffset() {
        for (String text : List.of("1991-09-15T01:59:59+09:00", "1991-12-31T23:59:59+08:00", "1992-01-01T00:00:00+08:00",
                "9999-12-31T23:59:59.999999999+08:00", "+10000-01-01T00:00:00+08:00", "2026-02-29T00:00:00+08:00",
                "2026-11-03T24:00:00+08:00", "2026-11-03t10:00:00z", "2026-11-03T10:00+18:00", "2026-11-03T10:00+18:01")) {
            parsesOrRejectsExactlyLikeJavaTime(text);
        }
        Instant lastSummer = OffsetDateTime.parse("1991-09-15T01:30:00+09:00").toInstant();
        assertThat(Times.show(lastSummer)).isEqualTo("1991-09-15T01:30+09:00");
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(1_700_000_000L, 1_900_000_000L)),
                Tuple.of(2, Arbitraries.longs().between(400_000_000L, 800_000_000L)),
                Tuple.of(1, Arbitraries.longs().between(-3_000_000_000L, 260_000_000_000L)));
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)),
                Tuple.of(1, Arbitraries.integers().between(0, 999_999).map(us -> us * 1000)),
                Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
        Arbitrary<Long> rounded = seconds.map(s -> s - Math.floorMod(s, 60));
        return Combinators.combine(Arbitraries.oneOf(seconds, rounded), nanos).as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.oneOf(Arbitraries.of(ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(-3, -30)),
                Arbitraries.integers().between(-18 * 4, 18 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900)));
    }

    /** Instant texts, some with one character changed, dropped or doubled. */
    @Provide
    Arbitrary<String> nearlyInstants() {
        Arbitrary<String> texts = Combinators.combine(instants(), offsets()).as((i, o) -> i.atOffset(o).toString());
        Arbitrary<Character> replacement = Arbitraries.of('0', '9', '3', '-', ':', 'T', 't', 'Z', 'z', '+', '.', ' ', '2');
        return Combinators.combine(texts, Arbitraries.integers().between(0, 40), replacement,
                Arbitraries.integers().between(0, 3)).as((text, at, c, how) -> {
                    int i = Math.min(at, text.length() - 1);
                    return switch (how) {
                        case 0 -> text;
                        case 1 -> text.substring(0, i) + c + text.substring(i + 1);
                        case 2 -> text.substring(0, i) + text.substring(i + 1);
                        default -> text.substring(0, i) + c + text.substring(i);
                    };
                });
    }
}
