package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.shape.fractal.HilbertCode;
import org.paxmap.model.Layer;

/**
 * The R*Tree entries of one layer's bulk load, inserted together at the end in Hilbert-curve order of their centres.
 * SQLite's R*Tree has no bulk build; inserting neighbours one after another keeps the nodes it touches in the page
 * cache and its splits local, which measurably beats input order for scattered data. Not thread-safe: one instance
 * per layer and transaction.
 */
final class SpatialIndexLoad {
    private static final int HILBERT_LEVEL = 16;

    private final Layer layer;
    private long[] fids = new long[1024];
    private double[] bounds = new double[4 * 1024];
    private int size;
    private final Envelope extent = new Envelope();

    SpatialIndexLoad(Layer layer) {
        this.layer = layer;
    }

    /** Adds the entry of row {@code fid}. */
    void add(long fid, Envelope e) {
        if (size == fids.length) {
            fids = Arrays.copyOf(fids, size * 2);
            bounds = Arrays.copyOf(bounds, size * 8);
        }
        fids[size] = fid;
        bounds[4 * size] = e.getMinX();
        bounds[4 * size + 1] = e.getMaxX();
        bounds[4 * size + 2] = e.getMinY();
        bounds[4 * size + 3] = e.getMaxY();
        extent.expandToInclude(e);
        size++;
    }

    /** Inserts every entry, in Hilbert order, through the writer's statement cache. */
    void insert(StatementCache writes) throws SQLException {
        if (size == 0) {
            return;
        }
        int side = (1 << HILBERT_LEVEL) - 1;
        double w = Math.max(extent.getWidth(), 1e-9);
        double h = Math.max(extent.getHeight(), 1e-9);
        int[] codes = new int[size];
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            double cx = (bounds[4 * i] + bounds[4 * i + 1]) / 2;
            double cy = (bounds[4 * i + 2] + bounds[4 * i + 3]) / 2;
            int x = (int) ((cx - extent.getMinX()) / w * side);
            int y = (int) ((cy - extent.getMinY()) / h * side);
            codes[i] = HilbertCode.encode(HILBERT_LEVEL, x, y);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> codes[i]));
        PreparedStatement ps =
                writes.get("INSERT OR REPLACE INTO rtree_" + layer.tableName() + "_geom VALUES (?, ?, ?, ?, ?)");
        for (int i : order) {
            ps.setLong(1, fids[i]);
            ps.setDouble(2, bounds[4 * i]);
            ps.setDouble(3, bounds[4 * i + 1]);
            ps.setDouble(4, bounds[4 * i + 2]);
            ps.setDouble(5, bounds[4 * i + 3]);
            ps.executeUpdate();
        }
    }
}
