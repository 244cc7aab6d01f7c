package org.paxmap.interop;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import org.paxmap.model.TimePrecision;

/**
 * Times as foreign files write them (XML Schema dateTime with or without an offset, date, year-month, year), read
 * to an instant with how precisely it is known, within 1900–2200 as every picture time is. Stateless.
 *
 * @param instant the time, or the start of the day/month/year given
 * @param precision {@code EXACT} for a time of day, {@code DAY} for a date, {@code WEEK} (Paxmap's coarsest) for a
 *     month or year
 */
record ForeignTime(Instant instant, TimePrecision precision) {
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /** Parses {@code text}; a time without offset is read as UTC. */
    static ForeignTime parse(String text) throws ItemProblem {
        String t = text.trim();
        ForeignTime parsed;
        try {
            if (t.matches("\\d{4}")) {
                parsed = new ForeignTime(start(LocalDate.of(Integer.parseInt(t), 1, 1)), TimePrecision.WEEK);
            } else if (t.matches("\\d{4}-\\d{2}")) {
                parsed = new ForeignTime(start(YearMonth.parse(t).atDay(1)), TimePrecision.WEEK);
            } else if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                parsed = new ForeignTime(start(LocalDate.parse(t)), TimePrecision.DAY);
            } else {
                try {
                    parsed = new ForeignTime(OffsetDateTime.parse(t).toInstant(), TimePrecision.EXACT);
                } catch (DateTimeParseException noOffset) {
                    parsed = new ForeignTime(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC), TimePrecision.EXACT);
                }
            }
        } catch (java.time.DateTimeException e) {
            throw new ItemProblem(
                    "'" + abbreviate(t) + "' is not a date or time (e.g. 2024-05-01 or" + " 2024-05-01T10:00:00Z)");
        }
        return parsed.checked();
    }

    /** The time given to a thing without one: the start of the import week, known only to the week. */
    static ForeignTime importWeek(Instant importTime) {
        LocalDate monday = importTime
                .atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ForeignTime(start(monday), TimePrecision.WEEK);
    }

    /** This time if it lies within 1900–2200. */
    ForeignTime checked() throws ItemProblem {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new ItemProblem("time " + instant + " lies outside 1900–2200");
        }
        return this;
    }

    /** The instant truncated to the millisecond (what the picture stores). */
    Instant millis() {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String abbreviate(String t) {
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
