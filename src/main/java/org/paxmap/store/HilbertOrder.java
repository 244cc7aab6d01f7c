package org.paxmap.store;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.shape.fractal.HilbertCode;
import org.paxmap.model.Feature;

/**
 * Orders items along a Hilbert curve over their common extent, by the centres of their envelopes: items close on the
 * curve are close on the map. Used to cluster table rows and R*Tree insertions. Stateless and thread-safe.
 */
final class HilbertOrder {
    private static final int LEVEL = 15; // codes below 2^30: positive ints
    private static final int SIDE = (1 << LEVEL) - 1;

    private HilbertOrder() {}

    /** A copy of {@code features} in Hilbert order of their envelope centres. */
    static List<Feature> sorted(List<Feature> features) {
        double[] bounds = new double[4 * features.size()];
        for (int i = 0; i < features.size(); i++) {
            Envelope e = features.get(i).geometry().getEnvelopeInternal();
            bounds[4 * i] = e.getMinX();
            bounds[4 * i + 1] = e.getMaxX();
            bounds[4 * i + 2] = e.getMinY();
            bounds[4 * i + 3] = e.getMaxY();
        }
        Feature[] out = new Feature[features.size()];
        int k = 0;
        for (int i : order(bounds, features.size())) {
            out[k++] = features.get(i);
        }
        return List.of(out);
    }

    /**
     * The indices {@code 0..count-1} sorted by the Hilbert code of the centre of each envelope, given as four doubles
     * (minx, maxx, miny, maxy) per item; null envelopes (NaN or inverted bounds) sort first.
     */
    static int[] order(double[] bounds, int count) {
        double[] cx = new double[count];
        double[] cy = new double[count];
        Envelope extent = new Envelope();
        for (int i = 0; i < count; i++) {
            if (bounds[4 * i] <= bounds[4 * i + 1]) {
                cx[i] = (bounds[4 * i] + bounds[4 * i + 1]) / 2;
                cy[i] = (bounds[4 * i + 2] + bounds[4 * i + 3]) / 2;
                extent.expandToInclude(cx[i], cy[i]);
            } else {
                cx[i] = Double.NaN;
            }
        }
        double w = Math.max(extent.getWidth(), 1e-9);
        double h = Math.max(extent.getHeight(), 1e-9);
        long[] keyed = new long[count];
        for (int i = 0; i < count; i++) {
            int code = 0;
            if (!Double.isNaN(cx[i])) {
                int x = (int) Math.max(0, (cx[i] - extent.getMinX()) / w * SIDE);
                int y = (int) Math.max(0, (cy[i] - extent.getMinY()) / h * SIDE);
                code = HilbertCode.encode(LEVEL, x, y);
            }
            // code in the high bits, index in the low bits: one primitive sort, no boxing
            keyed[i] = ((long) code << 32) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }
}
