package org.paxmap.geo;

import java.util.Locale;
import mil.nga.mgrs.MGRS;

/**
 * Writes a WGS84 position as decimal degrees, degrees-minutes-seconds, degrees-decimal-minutes or MGRS (NGA's {@code
 * mil.nga.mgrs}). Every string it writes is read back by {@link PositionParser} to the same position within the
 * precision written. Arguments are longitude first, as in JTS (x = longitude). Stateless and thread-safe.
 */
public final class PositionFormat {
    private PositionFormat() {}

    /** {@code 33.27100, 35.20300} — latitude first, five decimals (about a metre). */
    public static String decimal(double lon, double lat) {
        return decimal(lon, lat, 5);
    }

    /** Latitude first with {@code decimals} decimals (0…10), e.g. {@code 33.2712, 35.2033} for 4. */
    public static String decimal(double lon, double lat, int decimals) {
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("decimals must be 0…10: " + decimals);
        }
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + ", " + f, lat, lon);
    }

    /** {@code 33°16'15.6"N 35°12'10.8"E}: seconds to a tenth (about 3 m). */
    public static String dms(double lon, double lat) {
        return dms(lat, 'N', 'S') + " " + dms(lon, 'E', 'W');
    }

    /** {@code 33°16.260'N 35°12.180'E}: minutes to a thousandth (about 2 m). */
    public static String degreesDecimalMinutes(double lon, double lat) {
        return ddm(lat, 'N', 'S') + " " + ddm(lon, 'E', 'W');
    }

    /**
     * The MGRS reference with 1 m precision, e.g. {@code 36S YC 12345 67890}, or empty outside MGRS (beyond 80°S and
     * 84°N, where UPS applies).
     */
    public static String mgrs(double lon, double lat) {
        return mgrs(lon, lat, 5);
    }

    /**
     * The MGRS reference with {@code digits} (0…5) digits for easting and for northing, separated by spaces ({@code
     * 36S YC 123 678} for 3: 100 m), or empty outside MGRS. Digits are truncated, as MGRS requires: the reference
     * names the square the position lies in.
     */
    public static String mgrs(double lon, double lat, int digits) {
        if (digits < 0 || digits > 5) {
            throw new IllegalArgumentException("MGRS digits must be 0…5: " + digits);
        }
        if (!(lat >= -80 && lat <= 84 && lon >= -180 && lon <= 180)) {
            return "";
        }
        String plain = MGRS.from(lon, lat).coordinate(digits);
        // 36SYC1234567890 -> 36S YC 12345 67890
        int zoneEnd = plain.length() - 2 - 2 * digits;
        StringBuilder s =
                new StringBuilder(plain.substring(0, zoneEnd)).append(' ').append(plain, zoneEnd, zoneEnd + 2);
        if (digits > 0) {
            s.append(' ')
                    .append(plain, zoneEnd + 2, zoneEnd + 2 + digits)
                    .append(' ')
                    .append(plain, zoneEnd + 2 + digits, plain.length());
        }
        return s.toString();
    }

    private static String dms(double value, char positive, char negative) {
        char hemisphere = value < 0 ? negative : positive;
        long tenths = Math.round(Math.abs(value) * 36000);
        long degrees = tenths / 36000;
        long minutes = tenths / 600 % 60;
        double seconds = tenths % 600 / 10.0;
        return String.format(Locale.ROOT, "%d°%02d'%04.1f\"%c", degrees, minutes, seconds, hemisphere);
    }

    private static String ddm(double value, char positive, char negative) {
        char hemisphere = value < 0 ? negative : positive;
        long thousandths = Math.round(Math.abs(value) * 60_000);
        long degrees = thousandths / 60_000;
        double minutes = thousandths % 60_000 / 1000.0;
        return String.format(Locale.ROOT, "%d°%06.3f'%c", degrees, minutes, hemisphere);
    }
}
