package org.paxmap.export;

import java.math.BigDecimal;
import org.locationtech.jts.geom.Coordinate;

/** Numbers as foreign formats want them: plain decimal notation, never {@code 1.0E-7}. Stateless. */
final class Numbers {
    private Numbers() {}

    /** {@code d} in its shortest plain decimal form ({@code 35.5}, {@code 0.0000001}, {@code 12}). */
    static String plain(double d) {
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** {@code lon,lat} as KML writes a coordinate. */
    static String lonLat(Coordinate c) {
        return plain(c.x) + "," + plain(c.y);
    }

    /** A KML coordinates list: {@code lon,lat} separated by spaces. */
    static String lonLats(Coordinate[] cs) {
        StringBuilder sb = new StringBuilder();
        for (Coordinate c : cs) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(lonLat(c));
        }
        return sb.toString();
    }
}
