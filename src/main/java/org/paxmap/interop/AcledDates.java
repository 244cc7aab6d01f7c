package org.paxmap.interop;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.paxmap.model.TimePrecision;

/** ACLED's event_date forms and time_precision codes. Stateless. */
final class AcledDates {
    private static final DateTimeFormatter LEGACY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private AcledDates() {}

    /** {@code 2024-01-05}, {@code 05/01/2024} (day first, as ACLED wrote it) or {@code 5 January 2024}. */
    static ForeignTime parse(String text) throws ItemProblem {
        String t = text.trim();
        LocalDate day = null;
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, LEGACY, LONG}) {
            try {
                day = LocalDate.parse(t, f);
                break;
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        if (day == null) {
            throw new ItemProblem("event_date '" + (t.length() > 30 ? t.substring(0, 30) + "…" : t)
                    + "' is not a date (2024-01-05, 05/01/2024 or 5 January 2024)");
        }
        return new ForeignTime(day.atStartOfDay().toInstant(ZoneOffset.UTC), TimePrecision.DAY).checked();
    }

    /** ACLED time_precision: 1 the day, 2 the week, 3 the month (recorded as week, Paxmap's coarsest). */
    static TimePrecision precision(String code) throws ItemProblem {
        return switch (code.trim()) {
            case "", "1" -> TimePrecision.DAY;
            case "2", "3" -> TimePrecision.WEEK;
            default -> throw new ItemProblem("time_precision '" + code + "' is not 1, 2 or 3");
        };
    }
}
