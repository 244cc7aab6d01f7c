package org.paxmap.interop;

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
import org.sqlite.SQLiteConfig;

/**
 * A SHA-256 over every row of every table of a picture file (read-only, tables by name, rows by rowid), so a test
 * can show that a refused import or a dry run changed nothing at all — change log, search index and R*Tree included.
 */
public final class PictureChecksum {
    private PictureChecksum() {}

    public static String of(Path picture) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + picture, config.toProperties());
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                sha.update(table.getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            byte[] v = rs.getBytes(i);
                            sha.update(v == null ? new byte[] {(byte) 0xFF} : v);
                            sha.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
