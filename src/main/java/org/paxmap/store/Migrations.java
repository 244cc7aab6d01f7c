package org.paxmap.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.paxmap.model.Layer;

/**
 * The ordered list of schema migrations and the code that applies them. Version 1 is the GeoPackage core, the three
 * feature layers with the R*Tree extension and the {@code paxmap_} tables; version 2 adds the FTS5 search table;
 * version 3 makes it contentless; version 4 adds the trust tables ({@link TrustTables}); version 5 the bundle sync
 * tables ({@link SyncTables}); version 6 the briefing tables ({@link BriefingTables}); version 7 the proposal tables ({@link
 * ProposalTables}); version 8 moves keys out of the picture; version 9 adds the foreign sources of imported features
 * ({@link ForeignSourceTable}).
 */
final class Migrations {
    /** Every migration, in order; the last one's version is the current schema version. */
    static final List<Migration> ALL = List.of(
            new Migration(
                    1,
                    "GeoPackage 1.3 core, incidents/routes/zones layers, R*Tree index, paxmap tables",
                    Migrations::version1),
            new Migration(2, "FTS5 full-text search over names and descriptions (paxmap_search)", Migrations::version2),
            new Migration(
                    3,
                    "contentless full-text index: paxmap_search keeps no copy of names and descriptions",
                    Migrations::version3),
            new Migration(4, "trust: node identity, partners, release policies", TrustTables::create),
            new Migration(
                    SyncTables.VERSION,
                    "bundle sync: feature version history, conflicts, provenance, imported bundles, streams, exports",
                    Migrations::version5),
            new Migration(
                    BriefingTables.VERSION,
                    "briefings: ordered slides of the picture for an audience",
                    BriefingTables::create),
            new Migration(
                    ProposalTables.VERSION,
                    "proposals: partners' edits of features they may not change directly, and edit rights",
                    ProposalTables::create),
            new Migration(
                    TrustTables.KEY_STORE_VERSION,
                    "keys out of the picture: node keys live in the user's key store; partners' encryption keys",
                    TrustTables::version8),
            new Migration(
                    ForeignSourceTable.VERSION,
                    "foreign sources: the format, file and source id each imported feature came from",
                    ForeignSourceTable::create),
            new Migration(
                    IncidentCellTable.VERSION,
                    "incident cells: live incidents counted per cell of the map's cluster grid, a derived cache",
                    IncidentCellTable::create));

    /** The schema version this program writes. */
    static final int LATEST = ALL.get(ALL.size() - 1).version();

    private Migrations() {}

    /** The schema version recorded in the picture, 0 if it has no {@code paxmap_versions} table. */
    static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet tables = s.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'paxmap_versions'")) {
            if (tables.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM paxmap_versions")) {
            return rs.getInt(1);
        }
    }

    /**
     * Applies every migration above the picture's version up to {@code target}, each in its own transaction.
     *
     * @return the version after migrating
     */
    static int migrate(Connection connection, int target) throws SQLException {
        int version = currentVersion(connection);
        for (Migration migration : ALL) {
            if (migration.version() <= version || migration.version() > target) {
                continue;
            }
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                migration.step().apply(connection);
                try (var insert = connection.prepareStatement(
                        "INSERT INTO paxmap_versions (version, applied_at, description) VALUES (?, ?, ?)")) {
                    insert.setInt(1, migration.version());
                    insert.setString(2, GpkgDateTime.format(Instant.now()));
                    insert.setString(3, migration.description());
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
            version = migration.version();
        }
        return version;
    }

    private static void version1(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 0x47504B47");
            s.execute("PRAGMA user_version = 10300");
            for (String sql : GeoPackageCore.SCHEMA) {
                s.execute(sql);
            }
            for (Layer layer : Layer.values()) {
                FeatureTable<?> table = FeatureTable.of(layer);
                s.execute(table.createSql());
                for (String sql : table.indexSql()) {
                    s.execute(sql);
                }
                for (String sql : GeoPackageCore.register(layer)) {
                    s.execute(sql);
                }
                for (String sql : RtreeIndex.sql(layer.tableName(), "geom", "fid")) {
                    s.execute(sql);
                }
            }
            for (String sql : PAXMAP_TABLES) {
                s.execute(sql);
            }
        }
    }

    private static void version2(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(SearchIndex.CREATE_V2);
            for (Layer layer : Layer.values()) {
                s.execute(SearchIndex.populateSql(layer));
            }
        }
    }

    private static void version3(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE paxmap_search");
            s.execute(SearchIndex.CREATE);
            for (Layer layer : Layer.values()) {
                s.execute(SearchIndex.populateSql(layer));
            }
        }
    }

    private static void version5(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : SyncTables.CREATE) {
                s.execute(sql);
            }
        }
    }

    private static final List<String> PAXMAP_TABLES = List.of(
            """
            CREATE TABLE paxmap_versions (
              version INTEGER PRIMARY KEY,
              applied_at DATETIME NOT NULL,
              description TEXT NOT NULL)""",
            """
            CREATE TABLE paxmap_settings (
              key TEXT PRIMARY KEY NOT NULL,
              value TEXT NOT NULL)""",
            """
            CREATE TABLE paxmap_changelog (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              uuid TEXT NOT NULL,
              layer TEXT NOT NULL,
              operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
              versions TEXT NOT NULL,
              content_sha256 TEXT NOT NULL,
              at DATETIME NOT NULL,
              by TEXT NOT NULL)""",
            "CREATE INDEX paxmap_changelog_uuid ON paxmap_changelog (uuid)",
            // Registered as an attributes table so that QGIS and GDAL show the change log and, as GDAL then lists
            // only registered tables, do not list the other paxmap_ and FTS5 shadow tables as layers.
            """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
            VALUES ('paxmap_changelog', 'attributes', 'Change log', 'Paxmap change log: one row per feature edit')""");
}
