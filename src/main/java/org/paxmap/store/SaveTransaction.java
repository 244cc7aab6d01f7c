package org.paxmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * The writes of one save transaction, fed in chunks of validated, hashed features, then finished. Every feature row,
 * its R*Tree entry, its search entry and its change-log row are written here; the caller owns the transaction.
 *
 * <p>Small saves go row by row through the GeoPackage R*Tree triggers. A first chunk of {@value
 * PictureStore#BULK_THRESHOLD} or more features makes the whole transaction a bulk load: the triggers are dropped
 * and the index is kept here (re-created, exactly as specified, in {@link #finish}); a layer's query indexes are
 * dropped and rebuilt when the load is larger than the table; and in a chunk that only creates rows of a layer, the
 * rows are written one by one in Hilbert order (so map neighbours share pages), the search index and change log are
 * filled with one statement each, and the R*Tree entries wait for {@link #finish}, which inserts those of the whole
 * transaction in one Hilbert-ordered pass; the change log's uuid index is dropped and rebuilt in {@link #finish} when
 * the load is at least as large as the log; the search index may hold more of its pending entries in memory during
 * a bulk load ({@link SearchIndex#enlargePendingMemory}), restored in {@link #finish}. A row about to be updated is first kept in the version history ({@link
 * VersionHistory}). Not thread-safe: one instance per transaction, under the store's write lock.
 */
final class SaveTransaction {
    private final Connection writer;
    private final StatementCache writes;
    private final int schemaVersion;
    private final Instant now;
    private final Batch batch;
    private final Map<Layer, Envelope> extents = new EnumMap<>(Layer.class);
    private final Set<Layer> reindex = EnumSet.noneOf(Layer.class);
    private final Map<Layer, SpatialIndexLoad> spatial = new EnumMap<>(Layer.class);
    private Boolean bulk;
    private int planned;
    /** The change log's uuid index as created, if it was dropped for this load; {@link #finish} re-creates it. */
    private String changeLogIndexSql;
    /** The search index's pending-memory setting before this bulk load enlarged it; {@link #finish} restores it. */
    private Long searchHashSize;

    SaveTransaction(Connection writer, StatementCache writes, int schemaVersion, Instant now) {
        this.writer = writer;
        this.writes = writes;
        this.schemaVersion = schemaVersion;
        this.now = now;
        this.batch = new Batch(writer, writes);
    }

    /**
     * Tells, before the first chunk, how many features the whole transaction will write, so that a transaction fed in
     * small chunks (or whose first chunk is small) is a bulk load when its total is large.
     */
    void plannedSize(int features) {
        planned = features;
    }

    /** Writes one chunk. The first chunk (or {@link #plannedSize}) decides whether the transaction is a bulk load. */
    void write(List<Feature> chunk) throws SQLException {
        if (bulk == null) {
            bulk = Math.max(planned, chunk.size()) >= PictureStore.BULK_THRESHOLD;
            if (bulk) {
                execute(EnumSet.allOf(Layer.class), RtreeIndex::dropTriggerSql);
                if (schemaVersion >= IncidentCellTable.VERSION) {
                    executeAll(IncidentCellTable.dropTriggerSql());
                }
                for (Layer layer : Layer.values()) {
                    if (batch.isLoadIntoSmallTable(layer, chunk)) {
                        reindex.add(layer);
                        execute(EnumSet.of(layer), t -> FeatureTable.of(layer).dropIndexSql());
                    }
                }
                dropChangeLogIndexIfSmall(Math.max(planned, chunk.size()));
                if (schemaVersion >= 2) {
                    searchHashSize = SearchIndex.enlargePendingMemory(writer);
                }
            }
        }
        Set<Layer> creating = bulk ? batch.layersOnlyCreating(chunk) : EnumSet.noneOf(Layer.class);
        Map<Layer, Long> firstNewFid = new EnumMap<>(Layer.class);
        // New rows are written in Hilbert order of their position, so that neighbours on the map are neighbours in
        // the table: a viewport then reads a few pages instead of one page per feature.
        for (Feature f : creating.isEmpty() ? chunk : HilbertOrder.sorted(chunk)) {
            Envelope envelope = f.geometry().getEnvelopeInternal();
            if (creating.contains(f.layer())) {
                long fid = batch.newFid(f);
                firstNewFid.putIfAbsent(f.layer(), fid);
                insertRow(f, fid);
                if (!f.sync().deleted() && !envelope.isNull()) { // as the triggers: no entry for an empty geometry
                    spatial.computeIfAbsent(f.layer(), SpatialIndexLoad::new).add(fid, envelope);
                }
            } else {
                upsert(f);
            }
            extents.computeIfAbsent(f.layer(), l -> new Envelope()).expandToInclude(envelope);
        }
        for (Map.Entry<Layer, Long> e : firstNewFid.entrySet()) {
            logCreatedRows(e.getKey(), e.getValue());
        }
    }

    /**
     * Fills the R*Tree with the bulk-created rows of the whole transaction, in Hilbert order; updates {@code
     * gpkg_contents}; rebuilds dropped indexes and re-creates the R*Tree triggers.
     */
    void finish() throws SQLException {
        for (SpatialIndexLoad load : spatial.values()) {
            load.insert(writes);
        }
        for (Map.Entry<Layer, Envelope> e : extents.entrySet()) {
            touchContents(e.getKey(), e.getValue());
        }
        execute(reindex, t -> FeatureTable.of(Layer.fromTableName(t)).indexSql());
        if (changeLogIndexSql != null) {
            try (Statement s = writer.createStatement()) {
                s.execute(changeLogIndexSql);
            }
            changeLogIndexSql = null;
        }
        if (Boolean.TRUE.equals(bulk)) {
            execute(EnumSet.allOf(Layer.class), RtreeIndex::triggerSql);
            if (schemaVersion >= IncidentCellTable.VERSION) {
                // one raise of the incident change count for the whole load, whose rows the dropped triggers missed
                executeAll(IncidentCellTable.triggerSql());
                executeAll(List.of(IncidentCellTable.touchSql()));
            }
        }
        if (searchHashSize != null) {
            SearchIndex.restorePendingMemory(writer, searchHashSize);
            searchHashSize = null;
        }
    }

    /**
     * Drops the change log's uuid index when the load appends at least as many change-log rows as the log has ever
     * had (its AUTOINCREMENT sequence bounds its rows), keeping its {@code CREATE INDEX} text for {@link #finish}:
     * one sort at the end then costs less than a random insert into the index per row. Nothing in the transaction
     * reads the change log by uuid, and a rollback (or a crash) restores the index with everything else.
     */
    private void dropChangeLogIndexIfSmall(int load) throws SQLException {
        try (Statement s = writer.createStatement();
                ResultSet rs = s.executeQuery(
                        """
                        SELECT (SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'paxmap_changelog_uuid'),
                          coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'paxmap_changelog'), 0)""")) {
            if (!rs.next() || rs.getString(1) == null || rs.getLong(2) > load) {
                return;
            }
            changeLogIndexSql = rs.getString(1);
        }
        try (Statement s = writer.createStatement()) {
            s.execute("DROP INDEX paxmap_changelog_uuid");
        }
    }

    private void executeAll(List<String> sql) throws SQLException {
        try (Statement s = writer.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private void execute(Set<Layer> layers, Function<String, List<String>> sql) throws SQLException {
        try (Statement s = writer.createStatement()) {
            for (Layer layer : layers) {
                for (String statement : sql.apply(layer.tableName())) {
                    s.execute(statement);
                }
            }
        }
    }

    /**
     * Inserts or updates one row, its search entry and its change-log row. In a bulk load the R*Tree triggers are
     * dropped and this keeps the index itself, with the envelope computed in Java.
     */
    private void upsert(Feature f) throws SQLException {
        boolean ownIndex = bulk;
        FeatureTable<Feature> table = FeatureTable.of(f.layer());
        String t = f.layer().tableName();
        long fid = batch.existingFid(f);
        String operation;
        if (fid < 0) {
            fid = batch.newFid(f);
            insertRow(f, fid);
            operation = "create";
        } else {
            if (schemaVersion >= SyncTables.VERSION) {
                VersionHistory.keepReplaced(writes, f.layer(), fid, f.sync().versions(), now);
            }
            PreparedStatement update = writes.get(table.updateSql());
            int next = table.bind(update, f, 1);
            update.setLong(next, fid);
            update.executeUpdate();
            operation = f.sync().deleted() ? "delete" : "update";
        }
        if (ownIndex) {
            if (f.sync().deleted() || f.geometry().isEmpty()) {
                PreparedStatement ps = writes.get("DELETE FROM rtree_" + t + "_geom WHERE id = ?");
                ps.setLong(1, fid);
                ps.executeUpdate();
            } else {
                Envelope e = f.geometry().getEnvelopeInternal();
                PreparedStatement ps = writes.get("INSERT OR REPLACE INTO rtree_" + t + "_geom VALUES (?, ?, ?, ?, ?)");
                ps.setLong(1, fid);
                ps.setDouble(2, e.getMinX());
                ps.setDouble(3, e.getMaxX());
                ps.setDouble(4, e.getMinY());
                ps.setDouble(5, e.getMaxY());
                ps.executeUpdate();
            }
        }
        if (schemaVersion >= 2) {
            if (!operation.equals("create")) {
                PreparedStatement remove = writes.get(SearchIndex.DELETE);
                remove.setLong(1, SearchIndex.rowid(f.layer(), fid));
                remove.executeUpdate();
            }
            PreparedStatement search = writes.get(SearchIndex.INSERT);
            search.setLong(1, SearchIndex.rowid(f.layer(), fid));
            search.setString(2, f.name());
            search.setString(3, table.searchDescription(f));
            search.executeUpdate();
        }
        PreparedStatement log = writes.get(
                """
                INSERT INTO paxmap_changelog (uuid, layer, operation, versions, content_sha256, at, by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
        log.setString(1, f.id().toString());
        log.setString(2, t);
        log.setString(3, operation);
        log.setString(4, FeatureTable.versionsJson(f.sync().versions()));
        log.setString(5, f.sync().contentSha256());
        log.setString(6, GpkgDateTime.format(now));
        log.setString(7, f.sync().modifiedBy());
        log.executeUpdate();
    }

    private void insertRow(Feature f, long fid) throws SQLException {
        FeatureTable<Feature> table = FeatureTable.of(f.layer());
        PreparedStatement insert = writes.get(table.insertSql());
        insert.setLong(1, fid);
        table.bind(insert, f, 2);
        insert.executeUpdate();
    }

    /** Indexes and change-logs, in fid order, every row of {@code layer} from {@code firstFid} on (all new). */
    private void logCreatedRows(Layer layer, long firstFid) throws SQLException {
        String t = layer.tableName();
        if (schemaVersion >= 2) {
            PreparedStatement search = writes.get(SearchIndex.populateSql(layer) + " WHERE fid >= ?");
            search.setLong(1, firstFid);
            search.executeUpdate();
        }
        PreparedStatement log = writes.get(
                """
                INSERT INTO paxmap_changelog (uuid, layer, operation, versions, content_sha256, at, by)
                SELECT uuid, ?, 'create', versions, content_sha256, ?, modified_by FROM %s WHERE fid >= ? ORDER BY fid"""
                        .formatted(t));
        log.setString(1, t);
        log.setString(2, GpkgDateTime.format(now));
        log.setLong(3, firstFid);
        log.executeUpdate();
    }

    private void touchContents(Layer layer, Envelope extent) throws SQLException {
        if (extent == null || extent.isNull()) {
            PreparedStatement ps = writes.get("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?");
            ps.setString(1, GpkgDateTime.format(now));
            ps.setString(2, layer.tableName());
            ps.executeUpdate();
            return;
        }
        PreparedStatement ps = writes.get(
                """
                UPDATE gpkg_contents SET last_change = ?1,
                  min_x = min(coalesce(min_x, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3),
                  min_y = min(coalesce(min_y, ?4), ?4), max_y = max(coalesce(max_y, ?5), ?5)
                WHERE table_name = ?6""");
        ps.setString(1, GpkgDateTime.format(now));
        ps.setDouble(2, extent.getMinX());
        ps.setDouble(3, extent.getMaxX());
        ps.setDouble(4, extent.getMinY());
        ps.setDouble(5, extent.getMaxY());
        ps.setString(6, layer.tableName());
        ps.executeUpdate();
    }
}
