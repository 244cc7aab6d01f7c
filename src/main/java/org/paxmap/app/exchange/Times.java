package org.paxmap.app.exchange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the exchange dialogs show them: UTC to the minute. Thread-safe. */
final class Times {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Times() {}

    /** {@code when} as {@code 2026-09-01 08:00 UTC}, or a dash if unknown. */
    static String format(Instant when) {
        return when == null ? "—" : FORMAT.format(when);
    }
}
