package org.paxmap.samples;

/**
 * A rough Mediterranean coastline of southern Lebanon (Ras Naqoura to the Litani mouth), so that generated positions
 * stay on land. Accurate to a few hundred metres; an exercise aid, not a map. Thread-safe (stateless).
 */
final class Coastline {
    /** Latitude, longitude of the shore, south to north. */
    private static final double[][] SHORE = {
        {33.05, 35.100},
        {33.10, 35.110},
        {33.13, 35.130},
        {33.20, 35.170},
        {33.27, 35.190},
        {33.34, 35.235},
        {33.40, 35.265}
    };

    /** How far inland (degrees of longitude, about 300 m) a reflected position is kept at least. */
    private static final double MARGIN = 0.003;

    private Coastline() {}

    /** The shore's longitude at {@code lat}. */
    static double shoreLon(double lat) {
        for (int i = 1; i < SHORE.length; i++) {
            if (lat <= SHORE[i][0] || i == SHORE.length - 1) {
                double f = (lat - SHORE[i - 1][0]) / (SHORE[i][0] - SHORE[i - 1][0]);
                return SHORE[i - 1][1] + f * (SHORE[i][1] - SHORE[i - 1][1]);
            }
        }
        throw new AssertionError("unreachable");
    }

    /** {@code lon} if it is on land at {@code lat}, else its mirror image across the shore line (plus a margin). */
    static double landward(double lon, double lat) {
        double limit = shoreLon(lat) + MARGIN;
        return lon >= limit ? lon : 2 * limit - lon;
    }
}
