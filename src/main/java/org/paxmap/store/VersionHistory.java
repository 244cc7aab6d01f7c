package org.paxmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.paxmap.geojson.CanonicalJson;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.VersionVector;

/**
 * The content of past feature versions ({@code paxmap_feature_versions}), kept so that the common ancestor of two
 * concurrent versions can be found and edits to disjoint fields merged. A version is kept when a write replaces it in
 * the feature table, and an incoming version that never reaches the table (set aside in a conflict, or merged) is kept
 * when it is applied; the current version is the feature table's row. Creating rows costs nothing here, so a bulk
 * import is not slowed; each update reads the row it replaces once. Stateless; used under the store's write lock
 * (writes) or read lock (reads).
 */
final class VersionHistory {
    private static final String INSERT =
            """
            INSERT OR IGNORE INTO paxmap_feature_versions (uuid, versions, content_sha256, deleted, feature, kept_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private VersionHistory() {}

    /**
     * Keeps the version in row {@code fid} of {@code layer} before it is replaced by a version with vector {@code
     * replacing}; nothing when the row holds that same vector already.
     */
    static void keepReplaced(StatementCache writes, Layer layer, long fid, VersionVector replacing, Instant now)
            throws SQLException {
        FeatureTable<Feature> table = FeatureTable.of(layer);
        PreparedStatement ps =
                writes.get("SELECT fid, " + table.columns() + " FROM " + layer.tableName() + " WHERE fid = ?");
        ps.setLong(1, fid);
        Feature old;
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            old = table.read(rs);
        }
        if (!old.sync().versions().equals(replacing)) {
            keep(writes, old, now);
        }
    }

    /** Keeps {@code version} (once per uuid and vector). */
    static void keep(StatementCache writes, Feature version, Instant now) throws SQLException {
        PreparedStatement ps = writes.get(INSERT);
        ps.setString(1, version.id().toString());
        ps.setString(2, FeatureTable.versionsJson(version.sync().versions()));
        ps.setString(3, version.sync().contentSha256());
        ps.setInt(4, version.sync().deleted() ? 1 : 0);
        ps.setString(5, json(version));
        ps.setString(6, GpkgDateTime.format(now));
        ps.executeUpdate();
    }

    /** Every kept past version of feature {@code id}, oldest first (by when it was kept). */
    static List<Feature> of(StatementCache reads, UUID id) throws SQLException {
        PreparedStatement ps =
                reads.get("SELECT feature FROM paxmap_feature_versions WHERE uuid = ? ORDER BY kept_at, rowid");
        ps.setString(1, id.toString());
        List<Feature> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(parse(rs.getString(1), "paxmap_feature_versions " + id));
            }
        }
        return out;
    }

    /** The canonical GeoJSON of a feature version, as kept in the sync tables. */
    static String json(Feature feature) {
        return CanonicalJson.string(FeatureJson.toGeoJson(feature));
    }

    /** A feature version read back from its canonical GeoJSON; its stored hash is kept as written. */
    static Feature parse(String json, String where) throws SQLException {
        try {
            return FeatureJson.fromGeoJson(JSON.readTree(json), where);
        } catch (GeoJsonException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable feature version in " + where + ": " + e.getMessage(), e);
        }
    }
}
