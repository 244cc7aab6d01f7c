package org.paxmap.geo;

import java.util.Locale;

/**
 * Writes measurements for display: distances in metres/kilometres or nautical miles, bearings as three-digit degrees
 * or NATO mils (6400 to the circle), areas in m², hectares or km². Numbers use a dot and no grouping (Locale.ROOT), so
 * the same text appears on every machine. Stateless and thread-safe.
 */
public final class MeasureFormat {
    /** Metres in an international nautical mile. */
    public static final double METRES_PER_NAUTICAL_MILE = 1852;

    /** NATO mils in a full circle. */
    public static final int MILS_PER_CIRCLE = 6400;

    private MeasureFormat() {}

    /** {@code 850 m} below 1 km, then {@code 2.35 km}, {@code 23.5 km}, {@code 235 km}. */
    public static String distance(double metres) {
        double abs = Math.abs(metres);
        if (Math.round(abs) < 1000) {
            return String.format(Locale.ROOT, "%.0f m", metres);
        }
        double km = metres / 1000;
        if (Math.abs(km) < 9.995) {
            return String.format(Locale.ROOT, "%.2f km", km);
        }
        if (Math.abs(km) < 99.95) {
            return String.format(Locale.ROOT, "%.1f km", km);
        }
        return String.format(Locale.ROOT, "%.0f km", km);
    }

    /** Nautical miles with one decimal below 100 NM, e.g. {@code 12.4 NM}, then whole, e.g. {@code 245 NM}. */
    public static String nauticalMiles(double metres) {
        double nm = metres / METRES_PER_NAUTICAL_MILE;
        return String.format(Locale.ROOT, Math.abs(nm) < 99.95 ? "%.1f NM" : "%.0f NM", nm);
    }

    /** A bearing as three-digit whole degrees, {@code 000°}…{@code 359°} ({@code 359.6} is {@code 000°}). */
    public static String bearing(double degrees) {
        long d = Math.round(normalise(degrees)) % 360;
        return String.format(Locale.ROOT, "%03d°", d);
    }

    /** A bearing in NATO mils, four digits, {@code 0000}…{@code 6399 mil} (1° = 17.78 mil). */
    public static String mils(double degrees) {
        long mils = Math.round(normalise(degrees) / 360 * MILS_PER_CIRCLE) % MILS_PER_CIRCLE;
        return String.format(Locale.ROOT, "%04d mil", mils);
    }

    /** {@code 850 m²} below a hectare, {@code 12.5 ha} below 1 km², then {@code 3.25 km²}, {@code 1250 km²}. */
    public static String area(double squareMetres) {
        double abs = Math.abs(squareMetres);
        if (abs < 9_999.5) {
            return String.format(Locale.ROOT, "%.0f m²", squareMetres);
        }
        if (abs < 999_950) {
            return String.format(Locale.ROOT, "%.1f ha", squareMetres / 10_000);
        }
        double km2 = squareMetres / 1e6;
        if (Math.abs(km2) < 99.995) {
            return String.format(Locale.ROOT, "%.2f km²", km2);
        }
        return String.format(Locale.ROOT, "%.0f km²", km2);
    }

    /** An area in hectares with one decimal, whatever its size, e.g. {@code 1250.0 ha}. */
    public static String hectares(double squareMetres) {
        return String.format(Locale.ROOT, "%.1f ha", squareMetres / 10_000);
    }

    private static double normalise(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
