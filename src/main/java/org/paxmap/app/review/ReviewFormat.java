package org.paxmap.app.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.paxmap.model.Severity;
import org.paxmap.model.TimePrecision;

/** How the review writes times, codes and numbers: UTC, ISO-like, compact. Stateless. */
final class ReviewFormat {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReviewFormat() {}

    /** {@code 2026-09-03 14:20Z}, or the day alone ({@code 2026-09-03}, {@code ~2026-09-03} for a week). */
    static String time(Instant at, TimePrecision precision) {
        if (at == null) {
            return "";
        }
        if (precision == TimePrecision.EXACT) {
            return MINUTE.format(at);
        }
        return (precision == TimePrecision.WEEK ? "~" : "") + DAY.format(at);
    }

    /** {@code 2026-09-03 14:20Z}, or an empty text for {@code null}. */
    static String time(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    /** {@code High}: a code in sentence case. */
    static String words(String code) {
        String spaced = code.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The severity in sentence case. */
    static String severity(Severity severity) {
        return words(severity.code());
    }

    /** {@code 12,345}. */
    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Degrees with five decimals (about a metre). */
    static String degrees(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
