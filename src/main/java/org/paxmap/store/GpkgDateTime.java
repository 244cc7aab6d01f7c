package org.paxmap.store;

import java.time.Instant;
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

    private GpkgDateTime() {}

    /** The text form of {@code instant} (truncated to the millisecond), or {@code null} for {@code null}. */
    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    /** Parses the text form; {@code null} stays {@code null}. */
    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** {@code instant} truncated to what the store keeps (milliseconds); {@code null} stays {@code null}. */
    static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
