package org.paxmap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQL of the incident cell cache (schema version {@value #VERSION}): {@code paxmap_incident_cells} holds, per
 * quarter zoom and cell of the map's cluster grid, the count, coordinate sums, highest level and bounds of the live
 * incidents in it ({@link IncidentCell}); {@code paxmap_incident_cell_levels} says for each quarter zoom built the
 * change count it was built at; {@code paxmap_incident_changes} is that count, raised by a trigger on every insert
 * and delete of an incident row and every update of its geometry, type or severity (whatever program writes the
 * file). A level is fresh while its count equals the current one; a stale level is never read but built again
 * ({@link IncidentCellBuild}). So the cache is derived and never wrong: a crash, a rollback or an edit by another
 * tool at worst makes it stale. A bulk load drops the triggers with the R*Tree's and raises the count once at the
 * end ({@link #dropTriggerSql}, {@link #touchSql}). Not registered in {@code gpkg_contents}, so GIS tools do not list
 * the tables. Stateless.
 */
final class IncidentCellTable {
    /** The schema version that added the cache. */
    static final int VERSION = 10;

    private static final List<String> TRIGGERS = List.of(
            "CREATE TRIGGER paxmap_incident_cells_insert AFTER INSERT ON incidents"
                    + " BEGIN UPDATE paxmap_incident_changes SET n = n + 1; END",
            "CREATE TRIGGER paxmap_incident_cells_delete AFTER DELETE ON incidents"
                    + " BEGIN UPDATE paxmap_incident_changes SET n = n + 1; END",
            "CREATE TRIGGER paxmap_incident_cells_update AFTER UPDATE OF geom, incident_type, severity ON incidents"
                    + " BEGIN UPDATE paxmap_incident_changes SET n = n + 1; END");

    private IncidentCellTable() {}

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(
                    """
                    CREATE TABLE paxmap_incident_cells (
                      q INTEGER NOT NULL,
                      cx INTEGER NOT NULL,
                      cy INTEGER NOT NULL,
                      n INTEGER NOT NULL,
                      sx REAL NOT NULL,
                      sy REAL NOT NULL,
                      max_level INTEGER NOT NULL,
                      minx REAL NOT NULL,
                      miny REAL NOT NULL,
                      maxx REAL NOT NULL,
                      maxy REAL NOT NULL,
                      fid INTEGER NOT NULL,
                      PRIMARY KEY (q, cx, cy)) WITHOUT ROWID""");
            s.execute(
                    """
                    CREATE TABLE paxmap_incident_cell_levels (
                      q INTEGER PRIMARY KEY,
                      built_at INTEGER NOT NULL)""");
            s.execute(
                    """
                    CREATE TABLE paxmap_incident_changes (
                      id INTEGER PRIMARY KEY CHECK (id = 1),
                      n INTEGER NOT NULL)""");
            s.execute("INSERT INTO paxmap_incident_changes (id, n) VALUES (1, 1)");
            for (String sql : TRIGGERS) {
                s.execute(sql);
            }
        }
    }

    /** The triggers that raise the change count, as created. */
    static List<String> triggerSql() {
        return TRIGGERS;
    }

    /** Drops the triggers; {@link #triggerSql} puts them back. */
    static List<String> dropTriggerSql() {
        return List.of(
                "DROP TRIGGER paxmap_incident_cells_insert",
                "DROP TRIGGER paxmap_incident_cells_delete",
                "DROP TRIGGER paxmap_incident_cells_update");
    }

    /** Raises the change count once: every level built so far is stale. */
    static String touchSql() {
        return "UPDATE paxmap_incident_changes SET n = n + 1";
    }
}
