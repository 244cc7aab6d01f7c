package org.paxmap.interop;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The feature tables a GeoPackage declares in {@code gpkg_geometry_columns}, with their srs and key. */
final class GeoPackageTables {
    /** One feature table. */
    record Table(String name, String geometryColumn, String geometryType, int srsId, String key) {}

    private GeoPackageTables() {}

    /** Whether the file has the {@code gpkg_geometry_columns} table (a tiles-only GeoPackage may not). */
    static boolean hasFeatures(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_geometry_columns'")) {
            return rs.getInt(1) > 0;
        }
    }

    static List<Table> of(Connection c) throws SQLException {
        List<Table> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT g.table_name, g.column_name, g.geometry_type_name, g.srs_id"
                        + " FROM gpkg_geometry_columns g JOIN gpkg_contents c ON c.table_name = g.table_name"
                        + " WHERE c.data_type = 'features' ORDER BY g.table_name")) {
            while (rs.next()) {
                out.add(new Table(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), null));
            }
        }
        List<Table> keyed = new ArrayList<>();
        for (Table t : out) {
            keyed.add(new Table(t.name(), t.geometryColumn(), t.geometryType(), t.srsId(), key(c, t.name())));
        }
        return keyed;
    }

    private static String key(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                if (rs.getInt("pk") > 0) {
                    return rs.getString("name");
                }
            }
        }
        return "rowid";
    }

    /** An SQL identifier in double quotes. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
