package org.paxmap.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over every row of every table of a picture and its schema, for tests that prove "nothing was written":
 * tables in name order, rows ordered by all their columns (so the order is stable whatever the table's physical
 * order), virtual tables through their shadow tables; the incident cell cache is left out (derived from the
 * incidents and built again by a read when stale, it is not content). Reads through its own connection, so it sees
 * what is committed.
 */
public final class StoreChecksum {
    private StoreChecksum() {}

    /** The checksum of the picture at {@code file}. */
    public static String of(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND sql NOT LIKE 'CREATE VIRTUAL%'"
                    // the incident cell cache is derived (built on a read when stale), not the picture's content
                    + " AND name NOT IN ('paxmap_incident_cells', 'paxmap_incident_cell_levels') ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                digest.update(t.getBytes(StandardCharsets.UTF_8));
                int columns;
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\" LIMIT 0")) {
                    columns = rs.getMetaData().getColumnCount();
                }
                StringBuilder order = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    order.append(i == 1 ? "" : ", ").append(i);
                }
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY " + order)) {
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            byte[] b = rs.getBytes(i);
                            digest.update(b == null ? new byte[] {0} : b);
                            digest.update((byte) 31);
                        }
                        digest.update((byte) 30);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master"
                    + " WHERE sql IS NOT NULL ORDER BY type, name)")) {
                digest.update(rs.getString(1).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
