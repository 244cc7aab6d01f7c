package org.paxmap.geo;

/** How a position was written: the notations {@link PositionParser} reads. */
public enum PositionNotation {
    /** {@code 33.2712, 35.2033} or {@code 33.2712N 35.2033E}. */
    DECIMAL_DEGREES,
    /** {@code N33°16.272' E35°12.198'}. */
    DEGREES_DECIMAL_MINUTES,
    /** {@code 33°16'16.3"N 35°12'11.9"E}. */
    DEGREES_MINUTES_SECONDS,
    /** {@code 36S YC 12345 67890}. */
    MGRS
}
