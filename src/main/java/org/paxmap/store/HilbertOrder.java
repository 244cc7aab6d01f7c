package org.paxmap.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.shape.fractal.HilbertCode;
import org.paxmap.model.Feature;

/**
 * Orders items along a Hilbert curve over their common extent, by the centres of their envelopes: items close on the
 * curve are close on the map. Used to cluster table rows and R*Tree insertions. Stateless and thread-safe.
 */
final class HilbertOrder {
    private static final int LEVEL = 16;
    private static final int SIDE = (1 << LEVEL) - 1;

    private HilbertOrder() {}

    /** A copy of {@code features} in Hilbert order of their envelope centres (empty geometries first). */
    static List<Feature> sorted(List<Feature> features) {
        int count = features.size();
        double[] cx = new double[count];
        double[] cy = new double[count];
        Envelope extent = new Envelope();
        for (int i = 0; i < count; i++) {
            Envelope e = features.get(i).geometry().getEnvelopeInternal();
            if (!e.isNull()) {
                cx[i] = (e.getMinX() + e.getMaxX()) / 2;
                cy[i] = (e.getMinY() + e.getMaxY()) / 2;
                extent.expandToInclude(cx[i], cy[i]);
            }
        }
        double w = Math.max(extent.getWidth(), 1e-9);
        double h = Math.max(extent.getHeight(), 1e-9);
        int[] codes = new int[count];
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            int x = (int) Math.max(0, (cx[i] - extent.getMinX()) / w * SIDE);
            int y = (int) Math.max(0, (cy[i] - extent.getMinY()) / h * SIDE);
            codes[i] = HilbertCode.encode(LEVEL, x, y);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> codes[i]));
        Feature[] out = new Feature[count];
        for (int i = 0; i < out.length; i++) {
            out[i] = features.get(order[i]);
        }
        return List.of(out);
    }
}
