package org.paxmap.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.VersionVector;

/**
 * How one layer's features map to the columns of its GeoPackage feature table. Every table has {@code fid}, {@code
 * geom}, {@code uuid}, the layer's own columns, the five label columns and the six sync columns, in that order;
 * {@link #bind} and {@link #read} use the same order as {@link #columns()}. Stateless and thread-safe.
 *
 * @param <F> the layer's feature type
 */
abstract sealed class FeatureTable<F extends Feature> permits IncidentTable, RouteTable, ZoneTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> VECTOR = new TypeReference<>() {};

    private static final List<String> LABEL_COLUMNS = List.of(
            "label_policy TEXT NOT NULL",
            "label_classification TEXT NOT NULL",
            "label_releasable_to TEXT NOT NULL",
            "label_caveats TEXT NOT NULL",
            "label_originator TEXT NOT NULL");
    private static final List<String> SYNC_COLUMNS = List.of(
            "origin TEXT NOT NULL",
            "versions TEXT NOT NULL",
            "content_sha256 TEXT NOT NULL",
            "modified_at DATETIME NOT NULL",
            "modified_by TEXT NOT NULL",
            "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))");

    /** The three tables, made on first use (not while this class initialises: they are its subclasses). */
    private static final class Tables {
        static final IncidentTable INCIDENTS = new IncidentTable();
        static final RouteTable ROUTES = new RouteTable();
        static final ZoneTable ZONES = new ZoneTable();
    }

    private final Layer layer;
    private final List<String> definitions;
    private final String columns;
    private final int ownCount;
    private final String insertSql;
    private final String updateSql;

    FeatureTable(Layer layer) {
        this.layer = layer;
        this.definitions = new java.util.ArrayList<>();
        definitions.add("geom " + layer.geometryType());
        definitions.add("uuid TEXT NOT NULL UNIQUE");
        this.ownCount = ownColumns().size();
        definitions.addAll(ownColumns());
        definitions.addAll(LABEL_COLUMNS);
        definitions.addAll(SYNC_COLUMNS);
        this.columns =
                definitions.stream().map(d -> d.substring(0, d.indexOf(' '))).collect(Collectors.joining(", "));
        this.insertSql = "INSERT INTO " + layer.tableName() + " (fid, " + columns + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(definitions.size() + 1, "?")) + ")";
        this.updateSql = "UPDATE " + layer.tableName() + " SET "
                + Arrays.stream(columns.split(", ")).map(c -> c + " = ?").collect(Collectors.joining(", "))
                + " WHERE fid = ?";
    }

    /** The table of {@code layer}. */
    @SuppressWarnings("unchecked")
    static <F extends Feature> FeatureTable<F> of(Layer layer) {
        return (FeatureTable<F>)
                switch (layer) {
                    case INCIDENTS -> Tables.INCIDENTS;
                    case ROUTES -> Tables.ROUTES;
                    case ZONES -> Tables.ZONES;
                };
    }

    /** The layer's own column definitions ({@code name TYPE ...}), in bind/read order. */
    abstract List<String> ownColumns();

    /** Index statements for the layer's query columns. */
    abstract List<String> indexSql();

    /** Binds the layer's own columns from {@code index}; returns the next index. */
    abstract int bindOwn(PreparedStatement ps, int index, F feature) throws SQLException;

    /** Reads a feature whose own columns start at {@code index}. */
    abstract F readOwn(ResultSet rs, int index, UUID id, Geometry geometry, ReleaseLabel label, SyncMeta sync)
            throws SQLException;

    /** The geometry a tombstone is read back with (its row holds a NULL geom): an empty one of the layer's type. */
    abstract Geometry emptyGeometry();

    /** The SQL column (of alias {@code t}) the layer's time criterion and order use. */
    abstract String orderColumn();

    /**
     * Appends to {@code sql} a condition on alias {@code t} for the window {@code [from, to)} (either bound may be
     * {@code null}, not both), and its parameters to {@code params} in order.
     */
    abstract void timeCondition(StringBuilder sql, List<Object> params, Instant from, Instant to);

    /** Appends {@code condition} with its parameters {@code from} and then {@code to}, where each is given. */
    static void window(
            StringBuilder sql,
            List<Object> params,
            Instant from,
            Instant to,
            String fromCondition,
            String toCondition) {
        if (from != null) {
            sql.append(fromCondition);
            params.add(GpkgDateTime.format(from));
        }
        if (to != null) {
            sql.append(from != null ? " AND " : "").append(toCondition);
            params.add(GpkgDateTime.format(to));
        }
    }

    /** The column that chooses a map symbol's kind: incident type, route status, zone category. */
    abstract String kindColumn();

    /**
     * Three SQL expressions over the table aliased {@code t}: the feature's start, its end (or NULL) and an incident's
     * time precision (or NULL), as {@link SlideFeature} holds them.
     */
    abstract List<String> timeColumns();

    /** The column holding a level code (severity, threat level), or {@code null} for a layer without one. */
    abstract String levelColumn();

    /** The column indexed as the feature's name in the full-text index. */
    abstract String searchNameColumn();

    /** The column indexed as the feature's description in the full-text index. */
    abstract String searchDescriptionColumn();

    /** The text indexed as the feature's description. */
    abstract String searchDescription(F feature);

    /** The layer. */
    final Layer layer() {
        return layer;
    }

    /** {@code CREATE TABLE} for the layer. */
    final String createSql() {
        return "CREATE TABLE " + layer.tableName() + " (\n  fid INTEGER PRIMARY KEY AUTOINCREMENT,\n  "
                + String.join(",\n  ", definitions) + ")";
    }

    /** Every column but {@code fid}, comma-separated, in bind order. */
    final String columns() {
        return columns;
    }

    /** Inserts a row with the fid given as the first parameter (see {@link Batch#newFid}). */
    final String insertSql() {
        return insertSql; // built once: a bulk load asks for it per row, and the statement cache hashes it
    }

    /** Drops the layer's query indexes (before a load into a nearly empty table; {@link #indexSql} re-creates them). */
    final List<String> dropIndexSql() {
        return indexSql().stream()
                .map(sql -> "DROP INDEX " + sql.split("\\s+", -1)[2])
                .toList();
    }

    /** Updates every column of the row whose fid is the last parameter. */
    final String updateSql() {
        return updateSql;
    }

    /** Binds every column but {@code fid} from {@code first}; returns the next index. */
    final int bind(PreparedStatement ps, F feature, int first) throws SQLException {
        SyncMeta sync = feature.sync();
        if (sync.deleted()) {
            ps.setNull(first, java.sql.Types.BLOB);
        } else {
            ps.setBytes(first, GeoPackageGeometry.encode(feature.geometry()));
        }
        ps.setString(first + 1, feature.id().toString());
        int i = bindOwn(ps, first + 2, feature);
        ReleaseLabel label = feature.label();
        ps.setString(i++, label.policy());
        ps.setString(i++, label.classification());
        ps.setString(i++, String.join(",", label.releasableTo()));
        ps.setString(i++, String.join(",", label.caveats()));
        ps.setString(i++, label.originator());
        ps.setString(i++, sync.origin());
        ps.setString(i++, versionsJson(sync.versions()));
        ps.setString(i++, sync.contentSha256());
        ps.setString(i++, GpkgDateTime.format(sync.modifiedAt()));
        ps.setString(i++, sync.modifiedBy());
        ps.setInt(i++, sync.deleted() ? 1 : 0);
        return i;
    }

    /** Reads a row selected as {@code fid, }{@link #columns()}. */
    final F read(ResultSet rs) throws SQLException {
        byte[] blob = rs.getBytes(2);
        Geometry geometry = blob == null ? emptyGeometry() : GeoPackageGeometry.decode(blob);
        UUID id = UUID.fromString(rs.getString(3));
        int i = 4 + ownCount;
        ReleaseLabel label = label(rs, i);
        i += 5;
        SyncMeta sync = new SyncMeta(
                rs.getString(i),
                parseVersions(rs.getString(i + 1)),
                rs.getString(i + 2),
                GpkgDateTime.parse(rs.getString(i + 3)),
                rs.getString(i + 4),
                rs.getInt(i + 5) != 0);
        return readOwn(rs, 4, id, geometry, label, sync);
    }

    /** The label stored in the five label columns starting at {@code index}. */
    static ReleaseLabel label(ResultSet rs, int index) throws SQLException {
        return new ReleaseLabel(
                rs.getString(index),
                rs.getString(index + 1),
                split(rs.getString(index + 2)),
                split(rs.getString(index + 3)),
                rs.getString(index + 4));
    }

    /**
     * The JSON object of {@code versions} ({@code {"node":counter,...}} in node order), as Jackson writes the map.
     * Written here with Jackson's own string escaping: a bulk write serialises one vector per row and the change log
     * another, and a full {@code ObjectMapper} write costs several times this.
     */
    static String versionsJson(VersionVector versions) {
        StringBuilder out = new StringBuilder(32).append('{');
        for (Map.Entry<String, Long> e : versions.asMap().entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"')
                    .append(ESCAPE.quoteAsString(e.getKey()))
                    .append("\":")
                    .append(e.getValue().longValue());
        }
        return out.append('}').toString();
    }

    private static final com.fasterxml.jackson.core.io.JsonStringEncoder ESCAPE =
            com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();

    static VersionVector parseVersions(String json) throws SQLException {
        try {
            return VersionVector.of(JSON.readValue(json, VECTOR));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SQLException("bad version vector '" + json + "': " + e.getMessage(), e);
        }
    }

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setString(index, GpkgDateTime.format(instant));
    }

    static Instant getInstant(ResultSet rs, int index) throws SQLException {
        return GpkgDateTime.parse(rs.getString(index));
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }
}
