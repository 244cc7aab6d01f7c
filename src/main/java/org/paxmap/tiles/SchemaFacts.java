package org.paxmap.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Questions about a SQLite file's schema that deciding its kind needs. Stateless. */
final class SchemaFacts {
    private SchemaFacts() {}

    /** Whether a table or view named {@code name} exists (names compare without case, as SQLite's do). */
    static boolean hasTableOrView(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ? COLLATE NOCASE")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** {@code PRAGMA application_id}. */
    static int applicationId(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The application ids of GeoPackage: 'GPKG' (1.2 and later), 'GP10', 'GP11'. */
    static boolean isGeoPackageId(int applicationId) {
        return applicationId == 0x47504B47 || applicationId == 0x47503130 || applicationId == 0x47503131;
    }

    /** Whether {@code c} is a GeoPackage: its application id, or a {@code gpkg_contents} table. */
    static boolean isGeoPackage(Connection c) throws SQLException {
        return isGeoPackageId(applicationId(c)) || hasTableOrView(c, "gpkg_contents");
    }
}
