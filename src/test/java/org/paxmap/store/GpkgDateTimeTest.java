package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GpkgDateTimeTest {
    @Test
    void the_fixed_width_form_reads_back_as_the_instant_it_was_written_from() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2200-01-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochMilli(random.nextLong(from, to));
            String text = GpkgDateTime.format(t);
            assertEquals(t, GpkgDateTime.parse(text), text);
            assertEquals(Instant.parse(text), GpkgDateTime.parse(text), text);
        }
    }

    @Test
    void the_fixed_width_form_is_the_formatters_across_and_beyond_four_digit_years() {
        java.time.format.DateTimeFormatter library = java.time.format.DateTimeFormatter.ofPattern(
                        "uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(11);
        long from = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            assertEquals(library.format(t), GpkgDateTime.format(t), t.toString());
        }
        for (String edge : new String[] {
            "0000-01-01T00:00:00Z", "-0001-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999999999Z",
            "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z"
        }) {
            Instant t = Instant.parse(edge);
            assertEquals(library.format(t), GpkgDateTime.format(t), edge);
        }
    }

    @Test
    void month_ends_and_leap_days_read_as_the_library_reads_them() {
        for (String text : new String[] {
            "2024-02-29T23:59:59.999Z",
            "2026-12-31T00:00:00.000Z",
            "2026-04-30T12:00:00.000Z",
            "0001-01-01T00:00:00.000Z"
        }) {
            assertEquals(Instant.parse(text), GpkgDateTime.parse(text), text);
        }
    }

    @Test
    void other_iso_forms_still_read_and_impossible_dates_are_refused() {
        assertEquals(Instant.parse("2026-03-01T10:15:30Z"), GpkgDateTime.parse("2026-03-01T10:15:30Z"));
        assertEquals(Instant.parse("+12026-03-01T10:15:30.000Z"), GpkgDateTime.parse("+12026-03-01T10:15:30.000Z"));
        assertThrows(DateTimeParseException.class, () -> GpkgDateTime.parse("2026-02-30T00:00:00.000Z"));
        assertThrows(DateTimeParseException.class, () -> GpkgDateTime.parse("2026-13-01T00:00:00.000Z"));
        assertThrows(DateTimeParseException.class, () -> GpkgDateTime.parse("2026-01-01 00:00:00.000Z"));
        assertEquals(null, GpkgDateTime.parse(null));
    }
}
