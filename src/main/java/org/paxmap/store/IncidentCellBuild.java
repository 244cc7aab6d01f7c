package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.WebMercator;

/**
 * Builds levels of the incident cell cache ({@link IncidentCellTable}) from the live incidents: one pass over the rows
 * the R*Tree holds (the live ones, as {@link PictureStore#mapFeatures} reads them), each point projected once and
 * added to the cell it falls in at every level asked for, exactly as the map computes it (world pixel at zoom 0 times
 * {@link IncidentCell#scale}, divided by the cell edge and floored); then each level's rows are replaced and stamped
 * with the change count read in the same transaction. Not thread-safe: run under the store's write lock, inside one
 * transaction on the writer.
 */
final class IncidentCellBuild {
    private static final String ROWS = "SELECT t.fid, t.geom, " + Levels.ordinalSql("t.severity")
            + " FROM rtree_incidents_geom r JOIN incidents t ON t.fid = r.id";
    private static final String INSERT = "INSERT INTO paxmap_incident_cells"
            + " (q, cx, cy, n, sx, sy, max_level, minx, miny, maxx, maxy, fid)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private IncidentCellBuild() {}

    /** Builds quarter zooms {@code levels} again from the incidents, on {@code writes}' connection. */
    static void build(StatementCache writes, int[] levels) throws SQLException {
        long changes;
        try (ResultSet rs = writes.get("SELECT n FROM paxmap_incident_changes").executeQuery()) {
            changes = rs.next() ? rs.getLong(1) : 0;
        }
        Sums[] sums = new Sums[levels.length];
        double[] scales = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            sums[i] = new Sums();
            scales[i] = IncidentCell.scale(levels[i]);
        }
        try (ResultSet rs = writes.get(ROWS).executeQuery()) {
            while (rs.next()) {
                Geometry g = GeoPackageGeometry.decode(rs.getBytes(2));
                if (g instanceof Point p && !p.isEmpty()) {
                    double wx = WebMercator.x(p.getX(), 0);
                    double wy = WebMercator.y(p.getY(), 0);
                    long fid = rs.getLong(1);
                    int level = rs.getInt(3);
                    for (int i = 0; i < levels.length; i++) {
                        sums[i].add(wx * scales[i], wy * scales[i], level, fid);
                    }
                }
            }
        }
        for (int i = 0; i < levels.length; i++) {
            write(writes, levels[i], sums[i], changes);
        }
    }

    private static void write(StatementCache writes, int q, Sums sums, long changes) throws SQLException {
        PreparedStatement delete = writes.get("DELETE FROM paxmap_incident_cells WHERE q = ?");
        delete.setInt(1, q);
        delete.executeUpdate();
        PreparedStatement insert = writes.get(INSERT);
        // in key order: the B-tree is appended to, not split at random
        Integer[] order = new Integer[sums.size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(
                order,
                (a, b) -> sums.cx[a] != sums.cx[b]
                        ? Long.compare(sums.cx[a], sums.cx[b])
                        : Long.compare(sums.cy[a], sums.cy[b]));
        for (int c : order) {
            insert.setInt(1, q);
            insert.setLong(2, sums.cx[c]);
            insert.setLong(3, sums.cy[c]);
            insert.setInt(4, sums.n[c]);
            insert.setDouble(5, sums.sx[c]);
            insert.setDouble(6, sums.sy[c]);
            insert.setInt(7, sums.maxLevel[c]);
            insert.setDouble(8, sums.box[4 * c]);
            insert.setDouble(9, sums.box[4 * c + 1]);
            insert.setDouble(10, sums.box[4 * c + 2]);
            insert.setDouble(11, sums.box[4 * c + 3]);
            insert.setLong(12, sums.fid[c]);
            insert.executeUpdate();
        }
        PreparedStatement stamp =
                writes.get("INSERT OR REPLACE INTO paxmap_incident_cell_levels (q, built_at) VALUES (?, ?)");
        stamp.setInt(1, q);
        stamp.setLong(2, changes);
        stamp.executeUpdate();
    }

    /** One level's cells being summed, as parallel columns. */
    private static final class Sums {
        private final Map<Long, Integer> slots = new HashMap<>();
        private int size;
        private long[] cx = new long[256];
        private long[] cy = new long[256];
        private int[] n = new int[256];
        private double[] sx = new double[256];
        private double[] sy = new double[256];
        private int[] maxLevel = new int[256];
        private double[] box = new double[4 * 256];
        private long[] fid = new long[256];

        void add(double x, double y, int level, long rowFid) {
            long col = IncidentCell.cellOf(x);
            long row = IncidentCell.cellOf(y);
            Integer slot = slots.get((col << 32) ^ (row & 0xFFFFFFFFL));
            int c;
            if (slot == null) {
                c = newCell(col, row);
                box[4 * c] = x;
                box[4 * c + 1] = y;
                box[4 * c + 2] = x;
                box[4 * c + 3] = y;
                maxLevel[c] = level;
                fid[c] = rowFid;
            } else {
                c = slot;
                box[4 * c] = Math.min(box[4 * c], x);
                box[4 * c + 1] = Math.min(box[4 * c + 1], y);
                box[4 * c + 2] = Math.max(box[4 * c + 2], x);
                box[4 * c + 3] = Math.max(box[4 * c + 3], y);
                maxLevel[c] = Math.max(maxLevel[c], level);
            }
            n[c]++;
            sx[c] += x;
            sy[c] += y;
        }

        private int newCell(long col, long row) {
            if (size == n.length) {
                int grown = size * 2;
                cx = Arrays.copyOf(cx, grown);
                cy = Arrays.copyOf(cy, grown);
                n = Arrays.copyOf(n, grown);
                sx = Arrays.copyOf(sx, grown);
                sy = Arrays.copyOf(sy, grown);
                maxLevel = Arrays.copyOf(maxLevel, grown);
                box = Arrays.copyOf(box, 4 * grown);
                fid = Arrays.copyOf(fid, grown);
            }
            slots.put((col << 32) ^ (row & 0xFFFFFFFFL), size);
            cx[size] = col;
            cy[size] = row;
            return size++;
        }
    }
}
