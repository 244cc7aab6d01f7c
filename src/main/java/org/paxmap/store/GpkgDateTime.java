package org.paxmap.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The GeoPackage DATETIME text form, {@code YYYY-MM-DDTHH:MM:SS.SSSZ} (ISO 8601 in UTC with milliseconds). Fixed
 * width, so that text order is time order and SQL range comparisons work on it. Thread-safe.
 */
final class GpkgDateTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.dddZ";
    private static final int WIDTH = SHAPE.length();

    private GpkgDateTime() {}

    /**
     * The text form of {@code instant} (truncated to the millisecond), or {@code null} for {@code null}. Years 0 to
     * 9999 are written digit by digit (a bulk write formats two or three times per row, and the formatter costs a
     * field resolution each time); others go through the formatter, which writes them as it always did.
     */
    static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FAST || seconds >= END_FAST) {
            return FORMAT.format(instant);
        }
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(days);
        char[] out = new char[WIDTH];
        put(out, 0, date.getYear(), 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        put(out, 20, instant.getNano() / 1_000_000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    /** The first second of year 0 and the first of year 10000: the range {@link #format} writes itself. */
    private static final long FIRST_FAST = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;

    private static final long END_FAST = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400L;

    private static void put(char[] out, int from, int value, int count) {
        for (int i = from + count - 1; i >= from; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Parses the text form; {@code null} stays {@code null}. The fixed-width form this class writes is read field by
     * field (a store read parses one or two per row, and {@link Instant#parse} costs a formatter's resolution each
     * time); anything else goes through {@link Instant#parse}.
     *
     * @throws java.time.format.DateTimeParseException if it is not an ISO 8601 instant
     */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == WIDTH && text.charAt(WIDTH - 1) == 'Z' && fixedWidth(text)) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int milli = digits(text, 20, 3);
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(
                            days * 86_400 + hour * 3600L + minute * 60L + second, milli * 1_000_000L);
                } catch (DateTimeException e) {
                    // a day the month does not have: Instant.parse says so in its own words
                }
            }
        }
        return Instant.parse(text);
    }

    private static boolean fixedWidth(String text) {
        for (int i = 0; i < WIDTH; i++) {
            char c = text.charAt(i);
            char want = SHAPE.charAt(i);
            if (want == 'd' ? c < '0' || c > '9' : c != want) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** {@code instant} truncated to what the store keeps (milliseconds); {@code null} stays {@code null}. */
    static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
