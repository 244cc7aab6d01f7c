package org.paxmap.app.map;

import org.paxmap.geo.PositionFormat;

/**
 * Formats a position as the status bar shows it: decimal degrees, degrees-minutes-seconds and MGRS (1 m precision).
 * The strings are {@link PositionFormat}'s, so what the status bar shows the plotting forms read back. Stateless;
 * thread-safe.
 */
public final class Coordinates {
    private Coordinates() {}

    /** {@code 33.27100, 35.20300} — latitude first, five decimals (about a metre). */
    public static String decimal(double lon, double lat) {
        return PositionFormat.decimal(lon, lat);
    }

    /** {@code 33°16'15.6"N 35°12'10.8"E}. */
    public static String dms(double lon, double lat) {
        return PositionFormat.dms(lon, lat);
    }

    /** The MGRS reference with 1 m precision, e.g. {@code 36S YC 12345 67890}, or empty outside MGRS (the poles). */
    public static String mgrs(double lon, double lat) {
        return PositionFormat.mgrs(lon, lat);
    }
}
