package org.paxmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * The bookkeeping of one write transaction: which fid each feature gets and whether it exists already.
 *
 * <p>Fids are assigned here rather than read back with {@code RETURNING}: inside the write lock nothing else inserts,
 * so the next fid of a layer is one more than the larger of its {@code sqlite_sequence} entry and its largest fid,
 * and SQLite's AUTOINCREMENT bookkeeping follows explicit fids. A feature met earlier in the same batch is found in
 * memory; the uuid index is consulted only when the table held rows before the batch began. Not thread-safe: one
 * instance per transaction, used under the store's write lock.
 */
final class Batch {
    /** A load at least this large into a table smaller than the load re-creates the query indexes afterwards. */
    static final int REINDEX_THRESHOLD = 10_000;

    private final Connection writer;
    private final StatementCache writes;
    private final Map<Layer, Long> lastFid = new EnumMap<>(Layer.class);
    private final Map<UUID, Long> written = new HashMap<>();
    private final Map<Layer, Long> newCounts = new EnumMap<>(Layer.class);

    Batch(Connection writer, StatementCache writes) {
        this.writer = writer;
        this.writes = writes;
    }

    /** The fid of the feature's row if it exists (in the table or earlier in this batch), else -1. */
    long existingFid(Feature f) throws SQLException {
        Long inBatch = written.get(f.id());
        if (inBatch != null) {
            return inBatch;
        }
        if (lastFidBefore(f.layer()) == 0) {
            return -1;
        }
        PreparedStatement find = writes.get("SELECT fid FROM " + f.layer().tableName() + " WHERE uuid = ?");
        find.setString(1, f.id().toString());
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** A fresh fid for a new row of the feature's layer, remembered for later features of this batch. */
    long newFid(Feature f) throws SQLException {
        long fid = lastFidBefore(f.layer()) + 1 + countNew(f.layer());
        newCounts.merge(f.layer(), 1L, Long::sum);
        written.put(f.id(), fid);
        return fid;
    }

    /**
     * The layers in which every feature of {@code features} is new: not in the table, and not twice in the batch.
     * Consults the uuid index once per feature of a layer whose table is not empty.
     */
    java.util.Set<Layer> layersOnlyCreating(List<Feature> features) throws SQLException {
        java.util.Set<Layer> creating = java.util.EnumSet.noneOf(Layer.class);
        java.util.Set<Layer> updating = java.util.EnumSet.noneOf(Layer.class);
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (Feature f : features) {
            creating.add(f.layer());
            if (!seen.add(f.id()) || (!updating.contains(f.layer()) && existingFid(f) >= 0)) {
                updating.add(f.layer());
            }
        }
        creating.removeAll(updating);
        return creating;
    }

    /**
     * Whether loading {@code features} into {@code layer} is a bulk load into a table smaller than the load, where
     * building the query indexes once afterwards is cheaper than keeping them up to date row by row.
     */
    boolean isLoadIntoSmallTable(Layer layer, List<Feature> features) throws SQLException {
        long incoming = features.stream().filter(f -> f.layer() == layer).count();
        return incoming >= REINDEX_THRESHOLD && lastFidBefore(layer) < incoming;
    }

    private long countNew(Layer layer) {
        return newCounts.getOrDefault(layer, 0L);
    }

    private long lastFidBefore(Layer layer) throws SQLException {
        Long known = lastFid.get(layer);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = writer.prepareStatement("SELECT max(coalesce((SELECT seq FROM sqlite_sequence"
                + " WHERE name = ?), 0), coalesce((SELECT max(fid) FROM " + layer.tableName() + "), 0))")) {
            ps.setString(1, layer.tableName());
            try (ResultSet rs = ps.executeQuery()) {
                long fid = rs.next() ? rs.getLong(1) : 0;
                lastFid.put(layer, fid);
                return fid;
            }
        }
    }
}
