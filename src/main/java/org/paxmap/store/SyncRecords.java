package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.VersionVector;

/**
 * Reads and small writes of the sync tables ({@link SyncTables}) on one connection's statement cache. Stateless; the
 * caller holds the store's read or write lock and owns the transaction.
 */
final class SyncRecords {
    private SyncRecords() {}

    /** The feature with this id in any layer, tombstones included. */
    static Optional<Feature> find(StatementCache cache, UUID id) throws SQLException {
        for (Layer layer : Layer.values()) {
            FeatureTable<Feature> table = FeatureTable.of(layer);
            PreparedStatement ps =
                    cache.get("SELECT fid, " + table.columns() + " FROM " + layer.tableName() + " WHERE uuid = ?");
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(table.read(rs));
                }
            }
        }
        return Optional.empty();
    }

    /** Ids looked up per statement by {@link #findAll}. */
    private static final int LOOKUP_BATCH = 500;

    /**
     * The stored feature of each of {@code ids} that the picture holds (as {@link #find} would return it), looked up
     * {@value #LOOKUP_BATCH} ids per statement and layer rather than one statement per id and layer: an import of
     * 100,000 features otherwise spends seconds on 300,000 point lookups.
     */
    static Map<UUID, Feature> findAll(StatementCache cache, java.util.Collection<UUID> ids) throws SQLException {
        Map<UUID, Feature> out = new java.util.HashMap<>();
        List<UUID> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += LOOKUP_BATCH) {
            List<UUID> batch = list.subList(from, Math.min(list.size(), from + LOOKUP_BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            for (Layer layer : Layer.values()) {
                FeatureTable<Feature> table = FeatureTable.of(layer);
                PreparedStatement ps = cache.get("SELECT fid, " + table.columns() + " FROM " + layer.tableName()
                        + " WHERE uuid IN (" + marks + ")");
                for (int i = 0; i < batch.size(); i++) {
                    ps.setString(i + 1, batch.get(i).toString());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Feature f = table.read(rs);
                        out.putIfAbsent(f.id(), f); // layer order, as find: the first layer holding the id
                    }
                }
            }
        }
        return out;
    }

    /** Which of {@code ids} (at most a few hundred) have versions kept aside in a conflict: one statement. */
    static java.util.Set<UUID> inConflict(StatementCache cache, List<UUID> ids) throws SQLException {
        java.util.Set<UUID> out = new java.util.HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        PreparedStatement ps = cache.get("SELECT DISTINCT uuid FROM paxmap_conflicts WHERE uuid IN (" + marks + ")");
        for (int i = 0; i < ids.size(); i++) {
            ps.setString(i + 1, ids.get(i).toString());
        }
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(UUID.fromString(rs.getString(1)));
            }
        }
        return out;
    }

    /** The stored version of each id that the picture holds; ids it does not hold are absent. */
    static Map<UUID, StoredVersion> stored(StatementCache cache, java.util.Collection<UUID> ids) throws SQLException {
        Map<UUID, Feature> found = findAll(cache, ids);
        Map<UUID, StoredVersion> out = new LinkedHashMap<>();
        for (UUID id : ids) {
            Feature current = found.get(id);
            if (current != null) {
                out.put(id, new StoredVersion(current, conflicts(cache, id)));
            }
        }
        return out;
    }

    /** The versions kept aside for feature {@code id} (or for every feature when {@code id} is null). */
    static List<Conflict> conflicts(StatementCache cache, UUID id) throws SQLException {
        String sql = "SELECT feature, aside_is_local, winner_versions, detected_at, bundle_id, reason, uuid"
                + " FROM paxmap_conflicts" + (id == null ? "" : " WHERE uuid = ?") + " ORDER BY detected_at, rowid";
        PreparedStatement ps = cache.get(sql);
        if (id != null) {
            ps.setString(1, id.toString());
        }
        List<Conflict> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Conflict(
                        VersionHistory.parse(rs.getString(1), "paxmap_conflicts " + rs.getString(7)),
                        rs.getInt(2) != 0,
                        FeatureTable.parseVersions(rs.getString(3)),
                        GpkgDateTime.parse(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6)));
            }
        }
        return out;
    }

    /** Whether feature {@code id} has a version kept aside. */
    static boolean inConflict(StatementCache cache, UUID id) throws SQLException {
        PreparedStatement ps = cache.get("SELECT 1 FROM paxmap_conflicts WHERE uuid = ? LIMIT 1");
        ps.setString(1, id.toString());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Keeps {@code aside} as a version in conflict with the provisional winner {@code winner}. */
    static void putConflict(
            StatementCache writes,
            Feature aside,
            boolean local,
            VersionVector winner,
            String bundle,
            String reason,
            Instant now)
            throws SQLException {
        PreparedStatement ps = writes.get(
                """
                INSERT OR REPLACE INTO paxmap_conflicts (uuid, layer, versions, content_sha256, feature, aside_is_local,
                  winner_versions, detected_at, bundle_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        ps.setString(1, aside.id().toString());
        ps.setString(2, aside.layer().tableName());
        ps.setString(3, FeatureTable.versionsJson(aside.sync().versions()));
        ps.setString(4, aside.sync().contentSha256());
        ps.setString(5, VersionHistory.json(aside));
        ps.setInt(6, local ? 1 : 0);
        ps.setString(7, FeatureTable.versionsJson(winner));
        ps.setString(8, GpkgDateTime.format(now));
        ps.setString(9, bundle);
        ps.setString(10, reason);
        ps.executeUpdate();
    }

    /**
     * Removes the versions kept aside for {@code id} that {@code winner} dominates or equals, and records {@code
     * winner} as the provisional winner of those that remain.
     *
     * @return how many were removed
     */
    static int clearDominated(StatementCache writes, UUID id, VersionVector winner) throws SQLException {
        PreparedStatement select = writes.get("SELECT versions FROM paxmap_conflicts WHERE uuid = ?");
        select.setString(1, id.toString());
        List<String> dominated = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                VersionVector.Ordering o = winner.compareTo(FeatureTable.parseVersions(rs.getString(1)));
                if (o == VersionVector.Ordering.DOMINATES || o == VersionVector.Ordering.EQUAL) {
                    dominated.add(rs.getString(1));
                }
            }
        }
        PreparedStatement delete = writes.get("DELETE FROM paxmap_conflicts WHERE uuid = ? AND versions = ?");
        for (String v : dominated) {
            delete.setString(1, id.toString());
            delete.setString(2, v);
            delete.executeUpdate();
        }
        PreparedStatement update = writes.get("UPDATE paxmap_conflicts SET winner_versions = ? WHERE uuid = ?");
        update.setString(1, FeatureTable.versionsJson(winner));
        update.setString(2, id.toString());
        update.executeUpdate();
        return dominated.size();
    }

    /** Provenance rows inserted per multi-row statement by {@link #putProvenance}. */
    private static final int PROVENANCE_BATCH = 200;

    /**
     * Records where each of {@code items} came from (its incoming version, outcome and note, with the bundle, signer
     * and time), in list order; a version already recorded keeps its first bundle ({@code INSERT OR IGNORE}). Up to
     * {@value #PROVENANCE_BATCH} rows per statement, the bundle's facts bound once per statement.
     */
    static void putProvenance(StatementCache writes, List<SyncWrite> items, IncomingBundle bundle, Instant now)
            throws SQLException {
        String at = GpkgDateTime.format(now);
        for (int from = 0; from < items.size(); from += PROVENANCE_BATCH) {
            List<SyncWrite> batch = items.subList(from, Math.min(items.size(), from + PROVENANCE_BATCH));
            StringBuilder sql = new StringBuilder(
                    """
                    INSERT OR IGNORE INTO paxmap_provenance (uuid, versions, bundle_id, signer_node, signer_key,
                      imported_at, outcome, note) VALUES\s""");
            for (int i = 0; i < batch.size(); i++) {
                int p = 5 + 4 * i;
                sql.append(i == 0 ? "" : ", ")
                        .append("(?")
                        .append(p)
                        .append(", ?")
                        .append(p + 1)
                        .append(", ?1, ?2, ?3, ?4, ?")
                        .append(p + 2)
                        .append(", ?")
                        .append(p + 3)
                        .append(')');
            }
            PreparedStatement ps = writes.get(sql.toString());
            ps.setString(1, bundle.bundleId());
            ps.setString(2, bundle.sender());
            ps.setString(3, bundle.signerKeyId());
            ps.setString(4, at);
            for (int i = 0; i < batch.size(); i++) {
                SyncWrite w = batch.get(i);
                int p = 5 + 4 * i;
                ps.setString(p, w.incoming().id().toString());
                ps.setString(
                        p + 1, FeatureTable.versionsJson(w.incoming().sync().versions()));
                ps.setString(p + 2, w.outcome());
                ps.setString(p + 3, w.note());
            }
            ps.executeUpdate();
        }
    }

    /**
     * Records, in uuid order and in one statement, the provenance of every row of {@code layer} above fid {@code
     * afterFid}, each row being the incoming version as received (its uuid and vector are the provenance's), all with
     * {@code outcome} and {@code note}.
     *
     * @return how many provenance rows were inserted
     */
    static int putProvenanceOfRows(
            StatementCache writes,
            Layer layer,
            long afterFid,
            IncomingBundle bundle,
            String outcome,
            String note,
            Instant now)
            throws SQLException {
        PreparedStatement ps = writes.get(
                """
                INSERT OR IGNORE INTO paxmap_provenance (uuid, versions, bundle_id, signer_node, signer_key,
                  imported_at, outcome, note)
                SELECT uuid, versions, ?, ?, ?, ?, ?, ? FROM %s WHERE fid > ? ORDER BY uuid"""
                        .formatted(layer.tableName()));
        ps.setString(1, bundle.bundleId());
        ps.setString(2, bundle.sender());
        ps.setString(3, bundle.signerKeyId());
        ps.setString(4, GpkgDateTime.format(now));
        ps.setString(5, outcome);
        ps.setString(6, note);
        ps.setLong(7, afterFid);
        return ps.executeUpdate();
    }

    /** The provenance of every imported version of feature {@code id}, in import order. */
    static List<Provenance> provenance(StatementCache cache, UUID id) throws SQLException {
        PreparedStatement ps = cache.get(
                """
                SELECT versions, bundle_id, signer_node, signer_key, imported_at, outcome, note
                FROM paxmap_provenance WHERE uuid = ? ORDER BY imported_at, rowid""");
        ps.setString(1, id.toString());
        List<Provenance> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Provenance(
                        FeatureTable.parseVersions(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        GpkgDateTime.parse(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7)));
            }
        }
        return out;
    }

    /** The record of bundle {@code bundleId} if it was imported. */
    static Optional<ImportRecord> imported(StatementCache cache, String bundleId) throws SQLException {
        return importRecord(cache, "bundle_id = ?", bundleId);
    }

    /** The bundle with the highest stream sequence imported from {@code sender}, if any. */
    static Optional<ImportRecord> lastImported(StatementCache cache, String sender) throws SQLException {
        return importRecord(cache, "sender = ? ORDER BY stream_seq DESC LIMIT 1", sender);
    }

    /** The bundle imported from {@code sender} with stream sequence {@code streamSeq}, if any. */
    static Optional<ImportRecord> importedAt(StatementCache cache, String sender, long streamSeq) throws SQLException {
        return importRecord(cache, "sender = ? AND stream_seq = ? LIMIT 1", sender, streamSeq);
    }

    private static Optional<ImportRecord> importRecord(StatementCache cache, String where, Object... values)
            throws SQLException {
        PreparedStatement ps = cache.get(
                "SELECT bundle_id, sender, stream_seq, manifest_sha256, imported_at FROM paxmap_imported_bundles WHERE "
                        + where);
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    ? Optional.of(new ImportRecord(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getString(4),
                            GpkgDateTime.parse(rs.getString(5))))
                    : Optional.empty();
        }
    }

    /** Records an imported bundle and moves the sender's stream position forward (never back). */
    static void putImported(StatementCache writes, IncomingBundle b, Instant now) throws SQLException {
        PreparedStatement ps = writes.get(
                """
                INSERT INTO paxmap_imported_bundles (bundle_id, sender, stream_seq, manifest_sha256, imported_at)
                VALUES (?, ?, ?, ?, ?)""");
        ps.setString(1, b.bundleId());
        ps.setString(2, b.sender());
        ps.setLong(3, b.streamSeq());
        ps.setString(4, b.manifestSha256());
        ps.setString(5, GpkgDateTime.format(now));
        ps.executeUpdate();
        PreparedStatement stream = writes.get(
                """
                INSERT INTO paxmap_stream_positions (sender, last_seq, manifest_sha256, updated_at)
                VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (sender) DO UPDATE SET last_seq = ?2, manifest_sha256 = ?3, updated_at = ?4
                WHERE excluded.last_seq > paxmap_stream_positions.last_seq""");
        stream.setString(1, b.sender());
        stream.setLong(2, b.streamSeq());
        stream.setString(3, b.manifestSha256());
        stream.setString(4, GpkgDateTime.format(now));
        stream.executeUpdate();
    }

    /** The stream position of {@code sender}, if any bundle of it was imported. */
    static Optional<StreamPosition> streamPosition(StatementCache cache, String sender) throws SQLException {
        PreparedStatement ps = cache.get(
                "SELECT sender, last_seq, manifest_sha256, updated_at FROM paxmap_stream_positions WHERE sender = ?");
        ps.setString(1, sender);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    ? Optional.of(new StreamPosition(
                            rs.getString(1), rs.getLong(2), rs.getString(3), GpkgDateTime.parse(rs.getString(4))))
                    : Optional.empty();
        }
    }

    /** Records a bundle exported to {@code partner}. */
    static void putExport(StatementCache writes, ExportRecord e) throws SQLException {
        PreparedStatement ps = writes.get(
                """
                INSERT INTO paxmap_exports (partner, stream_seq, bundle_id, manifest_sha256, changelog_seq, exported_at)
                VALUES (?, ?, ?, ?, ?, ?)""");
        ps.setString(1, e.partner());
        ps.setLong(2, e.streamSeq());
        ps.setString(3, e.bundleId());
        ps.setString(4, e.manifestSha256());
        ps.setLong(5, e.changelogSeq());
        ps.setString(6, GpkgDateTime.format(e.exportedAt()));
        ps.executeUpdate();
    }

    /** The last bundle exported to {@code partner}. */
    static Optional<ExportRecord> lastExport(StatementCache cache, String partner) throws SQLException {
        return exportRecord(cache, "partner = ? ORDER BY stream_seq DESC LIMIT 1", partner);
    }

    /** The bundle exported to {@code partner} with stream sequence {@code streamSeq}, if any. */
    static Optional<ExportRecord> exported(StatementCache cache, String partner, long streamSeq) throws SQLException {
        return exportRecord(cache, "partner = ? AND stream_seq = ?", partner, streamSeq);
    }

    private static Optional<ExportRecord> exportRecord(StatementCache cache, String where, Object... values)
            throws SQLException {
        PreparedStatement ps = cache.get(
                "SELECT partner, stream_seq, bundle_id, manifest_sha256, changelog_seq, exported_at FROM paxmap_exports"
                        + " WHERE " + where);
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    ? Optional.of(new ExportRecord(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            GpkgDateTime.parse(rs.getString(6))))
                    : Optional.empty();
        }
    }

    /**
     * Moves {@code partner}'s cursor to the change-log position of the exported bundle {@code streamSeq} it
     * acknowledges; an acknowledgement of an older bundle than one already acknowledged leaves the cursor.
     *
     * @return the cursor afterwards
     * @throws SQLException if no bundle with that sequence number was exported to the partner
     */
    static long acknowledge(StatementCache writes, String partner, long streamSeq, Instant now) throws SQLException {
        PreparedStatement find =
                writes.get("SELECT changelog_seq FROM paxmap_exports WHERE partner = ? AND stream_seq = ?");
        find.setString(1, partner);
        find.setLong(2, streamSeq);
        long seq;
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("partner " + partner + " acknowledges bundle " + streamSeq
                        + ", which was never exported to it");
            }
            seq = rs.getLong(1);
        }
        PreparedStatement ps = writes.get(
                """
                INSERT INTO paxmap_partner_cursors (partner, acked_stream_seq, acked_changelog_seq, updated_at)
                VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (partner) DO UPDATE SET acked_stream_seq = ?2, acked_changelog_seq = ?3, updated_at = ?4
                WHERE excluded.acked_stream_seq > paxmap_partner_cursors.acked_stream_seq""");
        ps.setString(1, partner);
        ps.setLong(2, streamSeq);
        ps.setLong(3, seq);
        ps.setString(4, GpkgDateTime.format(now));
        ps.executeUpdate();
        return cursor(writes, partner);
    }

    /** The change-log position {@code partner} has acknowledged, 0 if none. */
    static long cursor(StatementCache cache, String partner) throws SQLException {
        PreparedStatement ps = cache.get("SELECT acked_changelog_seq FROM paxmap_partner_cursors WHERE partner = ?");
        ps.setString(1, partner);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * The current version of every feature changed after change-log position {@code after}, in the order of their
     * last change, leaving out those whose current version came from {@code partner} itself (it has them); {@code
     * partner} null leaves nothing out.
     */
    static ExportSelection changedAfter(StatementCache cache, long after, String partner) throws SQLException {
        PreparedStatement ps = cache.get(
                "SELECT uuid, max(seq) AS last FROM paxmap_changelog WHERE seq > ? GROUP BY uuid ORDER BY last");
        ps.setLong(1, after);
        Map<UUID, Long> changed = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                changed.put(UUID.fromString(rs.getString(1)), rs.getLong(2));
            }
        }
        long upTo = after;
        List<Feature> features = new ArrayList<>();
        for (Map.Entry<UUID, Long> e : changed.entrySet()) {
            upTo = Math.max(upTo, e.getValue());
            Optional<Feature> f = find(cache, e.getKey());
            if (f.isPresent() && (partner == null || !cameFrom(cache, f.get(), partner))) {
                features.add(f.get());
            }
        }
        return new ExportSelection(features, upTo, after);
    }

    /** Every feature of every layer, tombstones included, and the change log's last position. */
    static ExportSelection all(StatementCache cache) throws SQLException {
        List<Feature> features = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            FeatureTable<Feature> table = FeatureTable.of(layer);
            PreparedStatement ps =
                    cache.get("SELECT fid, " + table.columns() + " FROM " + layer.tableName() + " ORDER BY fid");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    features.add(table.read(rs));
                }
            }
        }
        PreparedStatement ps = cache.get("SELECT coalesce(max(seq), 0) FROM paxmap_changelog");
        try (ResultSet rs = ps.executeQuery()) {
            return new ExportSelection(features, rs.getLong(1), 0);
        }
    }

    private static boolean cameFrom(StatementCache cache, Feature f, String partner) throws SQLException {
        PreparedStatement ps =
                cache.get("SELECT 1 FROM paxmap_provenance WHERE uuid = ? AND versions = ? AND signer_node = ?");
        ps.setString(1, f.id().toString());
        ps.setString(2, FeatureTable.versionsJson(f.sync().versions()));
        ps.setString(3, partner);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
