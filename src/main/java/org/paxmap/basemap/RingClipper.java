package org.paxmap.basemap;

/**
 * Sutherland–Hodgman clipping of a closed ring against a square, after mapping zoom-0 pixels to tile pixels. The
 * result may contain degenerate edges along the square's sides, which is harmless for filling when the square is
 * larger than the visible tile. Stateless; thread-safe.
 */
final class RingClipper {
    private RingClipper() {}

    /**
     * Maps {@code ring} (interleaved zoom-0 x,y) by {@code p * scale - offset} and clips it to {@code [lo, hi]} on
     * both axes. Returns interleaved tile-pixel coordinates (not repeated closing point); empty if nothing is left.
     */
    static double[] clip(double[] ring, double scale, double ox, double oy, double lo, double hi) {
        int n = ring.length / 2;
        double[] pts = new double[ring.length];
        boolean inside = true;
        for (int i = 0; i < n; i++) {
            double x = ring[2 * i] * scale - ox;
            double y = ring[2 * i + 1] * scale - oy;
            pts[2 * i] = x;
            pts[2 * i + 1] = y;
            if (x < lo || x > hi || y < lo || y > hi) {
                inside = false;
            }
        }
        if (inside) {
            return pts;
        }
        double[] cur = pts;
        int len = n;
        for (int edge = 0; edge < 4 && len > 0; edge++) {
            double[] out = new double[Math.max(8, len * 4 + 8)];
            int m = 0;
            for (int i = 0; i < len; i++) {
                double ax = cur[2 * ((i + len - 1) % len)];
                double ay = cur[2 * ((i + len - 1) % len) + 1];
                double bx = cur[2 * i];
                double by = cur[2 * i + 1];
                boolean ain = in(edge, ax, ay, lo, hi);
                boolean bin = in(edge, bx, by, lo, hi);
                if (bin) {
                    if (!ain) {
                        m = cross(edge, ax, ay, bx, by, lo, hi, out, m);
                    }
                    out[m++] = bx;
                    out[m++] = by;
                } else if (ain) {
                    m = cross(edge, ax, ay, bx, by, lo, hi, out, m);
                }
            }
            cur = out;
            len = m / 2;
        }
        double[] result = new double[len * 2];
        System.arraycopy(cur, 0, result, 0, len * 2);
        return result;
    }

    private static boolean in(int edge, double x, double y, double lo, double hi) {
        switch (edge) {
            case 0:
                return x >= lo;
            case 1:
                return x <= hi;
            case 2:
                return y >= lo;
            default:
                return y <= hi;
        }
    }

    private static int cross(
            int edge, double ax, double ay, double bx, double by, double lo, double hi, double[] out, int m) {
        double t;
        double x;
        double y;
        if (edge < 2) {
            x = edge == 0 ? lo : hi;
            t = (x - ax) / (bx - ax);
            y = ay + t * (by - ay);
        } else {
            y = edge == 2 ? lo : hi;
            t = (y - ay) / (by - ay);
            x = ax + t * (bx - ax);
        }
        out[m++] = x;
        out[m++] = y;
        return m;
    }
}
