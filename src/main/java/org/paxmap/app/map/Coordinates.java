package org.paxmap.app.map;

import java.util.Locale;
import mil.nga.mgrs.MGRS;

/**
 * Formats a position as the status bar shows it: decimal degrees, degrees-minutes-seconds and MGRS (NGA's MGRS
 * library, 1 m precision). Stateless; thread-safe.
 */
public final class Coordinates {
    private Coordinates() {}

    /** {@code 33.27100, 35.20300} — latitude first, five decimals (about a metre). */
    public static String decimal(double lon, double lat) {
        return String.format(Locale.ROOT, "%.5f, %.5f", lat, lon);
    }

    /** {@code 33°16'15.6"N 35°12'10.8"E}. */
    public static String dms(double lon, double lat) {
        return dms(lat, 'N', 'S') + " " + dms(lon, 'E', 'W');
    }

    /** The MGRS reference with 1 m precision, e.g. {@code 36S YC 12345 67890}, or empty outside MGRS (the poles). */
    public static String mgrs(double lon, double lat) {
        if (lat < -80 || lat > 84 || lon < -180 || lon > 180) {
            return "";
        }
        String plain = MGRS.from(lon, lat).coordinate(5);
        // 36SYC1234567890 -> 36S YC 12345 67890
        int zoneEnd = plain.length() - 12;
        if (zoneEnd < 2) {
            return plain;
        }
        return plain.substring(0, zoneEnd) + " " + plain.substring(zoneEnd, zoneEnd + 2) + " "
                + plain.substring(zoneEnd + 2, zoneEnd + 7) + " " + plain.substring(zoneEnd + 7);
    }

    private static String dms(double value, char positive, char negative) {
        char hemisphere = value < 0 ? negative : positive;
        long tenths = Math.round(Math.abs(value) * 36000);
        long degrees = tenths / 36000;
        long minutes = tenths / 600 % 60;
        double seconds = tenths % 600 / 10.0;
        return String.format(Locale.ROOT, "%d°%02d'%04.1f\"%c", degrees, minutes, seconds, hemisphere);
    }
}
