package org.paxmap.store;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Builds an empty SQLite R*Tree ({@code rtree(id, minx, maxx, miny, maxy)}) from entries already in Hilbert order by
 * writing its three shadow tables directly, bottom up: leaves of consecutive entries, then nodes of consecutive
 * leaves, up to the root (node 1). This is the tree SQLite's own inserts would keep valid, packed instead of grown:
 * each node's cells as SQLite writes them (8-byte id, then the four bounds as 32-bit floats rounded outwards as
 * SQLite rounds them, big-endian), the depth in the root, every entry's leaf in {@code _rowid} and every node's
 * parent in {@code _parent}. Later inserts, updates and deletes go through SQLite as before; {@code
 * rtreecheck()} accepts the result (see {@code RtreePackingTest}). GDAL loads its GeoPackage R*Trees the same way.
 * Stateless; called on the writer's connection inside its transaction.
 */
final class RtreePacking {
    /** Bytes per cell: the 64-bit id and four 32-bit bounds. */
    private static final int CELL = 8 + 4 * 4;

    private RtreePacking() {}

    /**
     * Whether the R*Tree {@code rtree} holds no entry: its root is the only node and it has no cells, so the packed
     * tree can replace it.
     */
    static boolean isEmpty(StatementCache writes, String rtree) throws SQLException {
        PreparedStatement ps = writes.get("SELECT (SELECT count(*) FROM " + rtree + "_node),"
                + " (SELECT substr(data, 3, 2) FROM " + rtree + "_node WHERE nodeno = 1),"
                + " EXISTS (SELECT 1 FROM " + rtree + "_rowid)");
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getLong(1) != 1 || rs.getBoolean(3)) {
                return false;
            }
            byte[] cells = rs.getBytes(2);
            return cells != null && cells.length == 2 && cells[0] == 0 && cells[1] == 0;
        }
    }

    /**
     * Writes the tree of entries {@code order[0..size)} (indexes into {@code ids} and {@code bounds}, which holds
     * minx, maxx, miny, maxy per entry) into the empty R*Tree {@code rtree}.
     */
    static void pack(StatementCache writes, String rtree, long[] ids, double[] bounds, int[] order, int size)
            throws SQLException {
        int nodeSize;
        PreparedStatement read = writes.get("SELECT length(data) FROM " + rtree + "_node WHERE nodeno = 1");
        try (ResultSet rs = read.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException(rtree + " has no root node");
            }
            nodeSize = rs.getInt(1);
        }
        int perNode = (nodeSize - 4) / CELL;
        if (perNode < 2) {
            throw new SQLException(rtree + " has nodes of " + nodeSize + " bytes");
        }
        long[] cellIds = new long[size];
        float[] cellBounds = new float[4 * size];
        for (int i = 0; i < size; i++) {
            int e = order[i];
            cellIds[i] = ids[e];
            cellBounds[4 * i] = down(bounds[4 * e]);
            cellBounds[4 * i + 1] = up(bounds[4 * e + 1]);
            cellBounds[4 * i + 2] = down(bounds[4 * e + 2]);
            cellBounds[4 * i + 3] = up(bounds[4 * e + 3]);
        }
        PreparedStatement insertNode = writes.get("INSERT INTO " + rtree + "_node (nodeno, data) VALUES (?, ?)");
        PreparedStatement parent = writes.get("INSERT INTO " + rtree + "_parent (nodeno, parentnode) VALUES (?, ?)");
        try {
            pack(writes, rtree, insertNode, parent, cellIds, cellBounds, size, nodeSize, perNode);
        } finally {
            // the statements are cached: rows a failed pack queued must not be written by the next one
            insertNode.clearBatch();
            parent.clearBatch();
        }
    }

    private static void pack(
            StatementCache writes,
            String rtree,
            PreparedStatement insertNode,
            PreparedStatement parent,
            long[] cellIds,
            float[] cellBounds,
            int size,
            int nodeSize,
            int perNode)
            throws SQLException {
        long[] leafOf = new long[size]; // the leaf node of each entry, for _rowid
        long nextNode = 2;
        int cells = size;
        for (int depth = 0; ; depth++) {
            int nodes = Math.max(1, (cells + perNode - 1) / perNode);
            boolean root = nodes == 1;
            long[] nodeIds = new long[nodes];
            float[] nodeBounds = new float[4 * nodes];
            for (int k = 0; k < nodes; k++) {
                // cells spread evenly over the level's nodes, so that none is left nearly empty
                int from = (int) ((long) k * cells / nodes);
                int to = (int) ((long) (k + 1) * cells / nodes);
                long nodeNo = root ? 1 : nextNode++;
                ByteBuffer data = ByteBuffer.allocate(nodeSize); // big-endian, zero-filled
                data.putShort(0, (short) (root ? depth : 0));
                data.putShort(2, (short) (to - from));
                float minX = Float.POSITIVE_INFINITY;
                float maxX = Float.NEGATIVE_INFINITY;
                float minY = Float.POSITIVE_INFINITY;
                float maxY = Float.NEGATIVE_INFINITY;
                data.position(4);
                for (int c = from; c < to; c++) {
                    data.putLong(cellIds[c]);
                    for (int b = 0; b < 4; b++) {
                        data.putFloat(cellBounds[4 * c + b]);
                    }
                    minX = Math.min(minX, cellBounds[4 * c]);
                    maxX = Math.max(maxX, cellBounds[4 * c + 1]);
                    minY = Math.min(minY, cellBounds[4 * c + 2]);
                    maxY = Math.max(maxY, cellBounds[4 * c + 3]);
                    if (depth == 0) {
                        leafOf[c] = nodeNo;
                    } else {
                        parent.setLong(1, cellIds[c]);
                        parent.setLong(2, nodeNo);
                        parent.addBatch();
                    }
                }
                if (root) {
                    PreparedStatement update = writes.get("UPDATE " + rtree + "_node SET data = ? WHERE nodeno = 1");
                    update.setBytes(1, data.array());
                    update.executeUpdate();
                } else {
                    insertNode.setLong(1, nodeNo);
                    insertNode.setBytes(2, data.array());
                    insertNode.addBatch();
                }
                nodeIds[k] = nodeNo;
                nodeBounds[4 * k] = minX;
                nodeBounds[4 * k + 1] = maxX;
                nodeBounds[4 * k + 2] = minY;
                nodeBounds[4 * k + 3] = maxY;
            }
            insertNode.executeBatch();
            parent.executeBatch();
            if (root) {
                break;
            }
            if (depth == 0) {
                rowids(writes, rtree, cellIds, leafOf);
            }
            cellIds = nodeIds;
            cellBounds = nodeBounds;
            cells = nodes;
        }
        if (size > 0 && size <= perNode) {
            rowids(writes, rtree, cellIds, leafOf); // the root was the only leaf
        }
    }

    /** Records the leaf of every entry, in id order (so that the rowid table is appended to). */
    private static void rowids(StatementCache writes, String rtree, long[] ids, long[] leafOf) throws SQLException {
        long[][] pairs = new long[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            pairs[i] = new long[] {ids[i], leafOf[i]};
        }
        Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
        PreparedStatement ps = writes.get("INSERT INTO " + rtree + "_rowid (rowid, nodeno) VALUES (?, ?)");
        try {
            for (long[] p : pairs) {
                ps.setLong(1, p[0]);
                ps.setLong(2, p[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        } finally {
            ps.clearBatch(); // cached: nothing queued is left for the next use
        }
    }

    /**
     * A lower bound as the bundled SQLite (3.54) stores it: the nearest float not above {@code d}. (Older SQLite
     * releases stepped further, by a relative 2^-23; {@code RtreePackingTest} compares every bound with SQLite's.)
     */
    static float down(double d) {
        float f = (float) d;
        return f > d ? Math.nextDown(f) : f;
    }

    /** An upper bound as the bundled SQLite stores it: the nearest float not below {@code d}. */
    static float up(double d) {
        float f = (float) d;
        return f < d ? Math.nextUp(f) : f;
    }
}
