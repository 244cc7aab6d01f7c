package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;

/**
 * The R*Tree entries of the new rows of one layer in a bulk load, inserted together at the end in Hilbert order of
 * their centres (see {@link HilbertOrder}): SQLite's R*Tree has no bulk build, and inserting neighbours one after
 * another keeps the nodes it touches in the page cache and its splits local; into an empty index the tree is packed
 * directly instead ({@link RtreePacking}). Not thread-safe: one instance per layer
 * and transaction.
 */
final class SpatialIndexLoad {
    private final Layer layer;
    private long[] fids = new long[1024];
    private double[] bounds = new double[4 * 1024];
    private int size;

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
        size++;
    }

    /**
     * Inserts every entry, in Hilbert order, through the writer's statement cache: into an empty index by packing the
     * tree directly ({@link RtreePacking}: a fraction of the time of SQLite's one-by-one R*Tree inserts, and full
     * nodes), into one that holds entries through SQLite.
     */
    void insert(StatementCache writes) throws SQLException {
        String rtree = "rtree_" + layer.tableName() + "_geom";
        int[] order = HilbertOrder.order(bounds, size);
        if (size > 0 && RtreePacking.isEmpty(writes, rtree)) {
            RtreePacking.pack(writes, rtree, fids, bounds, order, size);
            return;
        }
        PreparedStatement ps = writes.get("INSERT OR REPLACE INTO " + rtree + " VALUES (?, ?, ?, ?, ?)");
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
