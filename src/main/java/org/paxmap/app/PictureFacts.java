package org.paxmap.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.store.PictureSummary;

/** The short texts the window shows about a picture: counts, time span, extent. Thread-safe (stateless). */
final class PictureFacts {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PictureFacts() {}

    /** E.g. {@code 300 incidents · 12 routes · 12 zones}. */
    static String counts(PictureSummary summary) {
        return count(summary, Layer.INCIDENTS, "incident", "incidents")
                + " · " + count(summary, Layer.ROUTES, "route", "routes")
                + " · " + count(summary, Layer.ZONES, "zone", "zones");
    }

    /** E.g. {@code 2026-09-01 – 2026-10-15 UTC}, or {@code no dates} for an empty picture. */
    static String timeSpan(PictureSummary summary) {
        return span(summary.earliest(), summary.latest());
    }

    static String span(Instant earliest, Instant latest) {
        if (earliest == null || latest == null) {
            return "no dates";
        }
        return DAY.format(earliest) + " – " + DAY.format(latest) + " UTC";
    }

    /** E.g. {@code 35.1120–35.7750 E, 33.0830–33.3690 N}, or {@code no extent}. */
    static String extent(Envelope extent) {
        if (extent == null || extent.isNull()) {
            return "no extent";
        }
        return String.format(
                Locale.ROOT,
                "%.4f–%.4f %s, %.4f–%.4f %s",
                Math.abs(extent.getMinX()),
                Math.abs(extent.getMaxX()),
                extent.getMinX() < 0 ? "W" : "E",
                Math.abs(extent.getMinY()),
                Math.abs(extent.getMaxY()),
                extent.getMinY() < 0 ? "S" : "N");
    }

    private static String count(PictureSummary summary, Layer layer, String one, String many) {
        long n = summary.counts().getOrDefault(layer, 0L);
        return n + " " + (n == 1 ? one : many);
    }
}
