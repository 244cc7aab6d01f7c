package org.paxmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.paxmap.model.Feature;

/**
 * The SQL of {@code paxmap_foreign_sources} (schema version 9): one row per feature that an import of a foreign file
 * (KML, GPX, CoT, ACLED, GeoPackage, plain GeoJSON) wrote, saying which format, file and source id it came from and
 * when. A later import that writes the feature again replaces the row (the same source id, perhaps a newer file); an
 * import that finds the feature unchanged leaves it. The row stays when the feature is edited or deleted (the
 * tombstone keeps its id, and the row explains why a re-import does not bring it back). Local to the picture, like
 * {@code paxmap_provenance}: not carried by bundles or exports. Not registered in {@code gpkg_contents}, so GIS
 * tools do not list it. A {@code WITHOUT ROWID} table: one B-tree keyed by the uuid, so an import of 100,000 features
 * writes one index, not a table and an index. Stateless; callers hold the store's lock for the connection.
 */
final class ForeignSourceTable {
    /** The schema version that added the table. */
    static final int VERSION = 9;

    private static final String UPSERT = "INSERT OR REPLACE INTO paxmap_foreign_sources"
            + " (uuid, format, file, source_id, own_id, imported_at) VALUES (?, ?, ?, ?, ?, ?)";

    private ForeignSourceTable() {}

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(
                    """
                    CREATE TABLE paxmap_foreign_sources (
                      uuid TEXT PRIMARY KEY NOT NULL,
                      format TEXT NOT NULL,
                      file TEXT NOT NULL,
                      source_id TEXT NOT NULL,
                      own_id INTEGER NOT NULL CHECK (own_id IN (0, 1)),
                      imported_at DATETIME NOT NULL) WITHOUT ROWID""");
        }
    }

    /**
     * Records the source of each feature of {@code saved} that {@code sources} knows (others are left alone), inside
     * the caller's transaction.
     */
    static void record(StatementCache writes, List<Feature> saved, Function<UUID, ForeignSource> sources)
            throws SQLException {
        PreparedStatement ps = writes.get(UPSERT);
        int batched = 0;
        for (Feature f : saved) {
            ForeignSource s = sources.apply(f.id());
            if (s == null) {
                continue;
            }
            ps.setString(1, f.id().toString());
            ps.setString(2, s.format());
            ps.setString(3, s.file());
            ps.setString(4, s.sourceId());
            ps.setInt(5, s.ownId() ? 1 : 0);
            ps.setString(6, GpkgDateTime.format(s.importedAt()));
            ps.addBatch();
            batched++;
        }
        if (batched > 0) {
            ps.executeBatch();
        }
    }

    /** The source of feature {@code id}, if an import of a foreign file wrote it. */
    static Optional<ForeignSource> find(StatementCache reads, UUID id) throws SQLException {
        PreparedStatement ps = reads.get(
                "SELECT format, file, source_id, own_id, imported_at" + " FROM paxmap_foreign_sources WHERE uuid = ?");
        ps.setString(1, id.toString());
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ForeignSource(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4) == 1,
                    GpkgDateTime.parse(rs.getString(5))));
        }
    }
}
