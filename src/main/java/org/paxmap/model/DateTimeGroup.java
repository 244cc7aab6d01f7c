package org.paxmap.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A military date-time group: {@code DDHHMM} + time-zone letter + month + year, e.g. {@code 241530ZNOV26} = 24 November
 * 2026, 15:30 UTC.
 *
 * <p>{@link #parse} accepts spaces between the parts ({@code 241530Z NOV 26}), lower case, the months JAN…DEC, a
 * two-digit year (20yy) or a four-digit one, and every military time-zone letter: Z = UTC, A…I and K…M = UTC+1…+12
 * (J is skipped), N…Y = UTC−1…−12. J ("local time") names no offset and is refused. Errors name the part and the
 * reason ("day 32 does not exist in NOV 2026", "unknown month 'NVO'", "zone letter 'J' is not a time zone"). {@link
 * #format} writes an instant in Z.
 *
 * <p>An immutable value; thread-safe.
 *
 * @param instant the moment, in UTC
 * @param zone the time-zone letter it was written with ({@code 'Z'} for UTC)
 */
public record DateTimeGroup(Instant instant, char zone) {
    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
    private static final String EXPECTED = "expected DDHHMM, a zone letter, the month and the year, e.g. 241530ZNOV26";

    public DateTimeGroup {
        if (instant == null) {
            throw new IllegalArgumentException("instant is required");
        }
        offsetHours(Character.toUpperCase(zone), String.valueOf(zone));
        zone = Character.toUpperCase(zone);
    }

    /** The group of {@code instant} in Z (UTC). */
    public static DateTimeGroup utc(Instant instant) {
        return new DateTimeGroup(instant, 'Z');
    }

    /**
     * The date-time group {@code text} denotes.
     *
     * @throws IllegalArgumentException naming the part that is wrong and why
     */
    public static DateTimeGroup parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no date-time group given: " + EXPECTED);
        }
        String s = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (s.length() < 7 || !s.substring(0, 6).chars().allMatch(Character::isDigit)) {
            throw unreadable(text);
        }
        int day = Integer.parseInt(s.substring(0, 2));
        int hour = Integer.parseInt(s.substring(2, 4));
        int minute = Integer.parseInt(s.substring(4, 6));
        char zone = s.charAt(6);
        if (!Character.isLetter(zone)) {
            throw new IllegalArgumentException(
                    "'" + text.strip() + "' has no time-zone letter after DDHHMM: " + EXPECTED);
        }
        String rest = s.substring(7);
        int monthEnd = 0;
        while (monthEnd < rest.length() && Character.isLetter(rest.charAt(monthEnd))) {
            monthEnd++;
        }
        String monthName = rest.substring(0, monthEnd);
        String yearText = rest.substring(monthEnd);
        if (monthName.isEmpty()) {
            throw new IllegalArgumentException("'" + text.strip() + "' has no month: " + EXPECTED);
        }
        int monthIndex = monthName.length() == 3 ? MONTHS.indexOf(monthName) : -1;
        if (monthIndex < 0 || monthIndex % 3 != 0) {
            throw new IllegalArgumentException("unknown month '" + monthName + "': expected JAN, FEB, … DEC");
        }
        Month month = Month.of(monthIndex / 3 + 1);
        if (!yearText.matches("\\d{2}|\\d{4}")) {
            throw new IllegalArgumentException(
                    yearText.isEmpty()
                            ? "'" + text.strip() + "' has no year: " + EXPECTED
                            : "year '" + yearText + "' must be two digits (20yy) or four");
        }
        int year = Integer.parseInt(yearText) + (yearText.length() == 2 ? 2000 : 0);
        int offset = offsetHours(zone, String.valueOf(zone));
        if (hour > 23) {
            throw new IllegalArgumentException("hour " + hour + " must be below 24");
        }
        if (minute > 59) {
            throw new IllegalArgumentException("minute " + minute + " must be below 60");
        }
        String monthYear = monthName + " " + year;
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("day " + day + " does not exist in " + monthYear);
        }
        try {
            Instant instant = LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.ofHours(offset));
            return new DateTimeGroup(instant, zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a date: " + e.getMessage(), e);
        }
    }

    /** {@code instant} as a date-time group in Z, e.g. {@code 241530ZNOV26} (seconds are dropped, not rounded). */
    public static String format(Instant instant) {
        return utc(instant).toString();
    }

    /** The offset from UTC of the zone letter, in hours. */
    public ZoneOffset offset() {
        return ZoneOffset.ofHours(offsetHours(zone, String.valueOf(zone)));
    }

    /** The group as written in its own zone, e.g. {@code 241530ZNOV26} or {@code 241730BNOV26}. */
    @Override
    public String toString() {
        LocalDateTime local = LocalDateTime.ofInstant(instant, offset());
        return String.format(
                Locale.ROOT,
                "%02d%02d%02d%c%s%02d",
                local.getDayOfMonth(),
                local.getHour(),
                local.getMinute(),
                zone,
                MONTHS.substring((local.getMonthValue() - 1) * 3, local.getMonthValue() * 3),
                Math.floorMod(local.getYear(), 100));
    }

    private static int offsetHours(char zone, String written) {
        if (zone == 'Z') {
            return 0;
        }
        if (zone == 'J') {
            throw new IllegalArgumentException(
                    "zone letter 'J' is not a time zone: it means local time; give the offset");
        }
        if (zone >= 'A' && zone <= 'I') {
            return zone - 'A' + 1;
        }
        if (zone >= 'K' && zone <= 'M') {
            return zone - 'K' + 10;
        }
        if (zone >= 'N' && zone <= 'Y') {
            return -(zone - 'N' + 1);
        }
        throw new IllegalArgumentException("zone letter '" + written + "' is not a time zone (A…Z without J)");
    }

    private static IllegalArgumentException unreadable(String text) {
        return new IllegalArgumentException("cannot read '" + text.strip() + "' as a date-time group: " + EXPECTED);
    }
}
