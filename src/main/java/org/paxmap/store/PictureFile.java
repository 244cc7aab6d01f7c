package org.paxmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Decides whether a file is a Paxmap picture this program can open, before anything writes to it. It reads the
 * SQLite header, then opens the file read-only (never converting its journal mode, never migrating) and checks the
 * GeoPackage application id, the {@code paxmap_versions} table and the schema version. Stateless and thread-safe.
 */
final class PictureFile {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int GPKG_APPLICATION_ID = 0x47504B47;

    private PictureFile() {}

    /**
     * The schema version of the picture at {@code file}.
     *
     * @throws StoreException naming the file and the reason if it cannot be opened as a picture
     */
    static int inspect(Path file) throws StoreException {
        if (!Files.exists(file)) {
            throw new StoreException("Cannot open picture " + file + ": the file does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new StoreException("Cannot open picture " + file + ": it is not a readable file.");
        }
        if (!hasSqliteHeader(file)) {
            throw new StoreException(
                    "Cannot open picture " + file + ": it is not a SQLite database, so not a Paxmap picture.");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF"); // checked before it is known to be a picture
            int applicationId;
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                applicationId = rs.getInt(1);
            }
            boolean hasVersions;
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'paxmap_versions'")) {
                hasVersions = rs.getInt(1) > 0;
            }
            if (applicationId != GPKG_APPLICATION_ID) {
                throw new StoreException("Cannot open picture " + file + ": it is a SQLite database but not a"
                        + " GeoPackage 1.2+ (application id 0x" + Integer.toHexString(applicationId)
                        + "), so not a Paxmap picture.");
            }
            if (!hasVersions) {
                throw new StoreException("Cannot open picture " + file + ": it is a GeoPackage but not a Paxmap"
                        + " picture (it has no paxmap_versions table). Import its features into a picture instead.");
            }
            int version = Migrations.currentVersion(c);
            if (version > Migrations.LATEST) {
                throw new StoreException("Cannot open picture " + file + ": it was written by a newer Paxmap"
                        + " (picture schema version " + version + "; this program reads up to version "
                        + Migrations.LATEST + "). Update Paxmap to open it.");
            }
            if (version < 1) {
                throw new StoreException("Cannot open picture " + file + ": its schema version history is empty.");
            }
            return version;
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot open picture " + file + ": the SQLite file is damaged or unreadable (" + reason(e) + ").",
                    e);
        }
    }

    /** The SQLite message of {@code e} without the driver's prefix, for a user-facing sentence. */
    static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int bracket = message.lastIndexOf("] ");
        if (message.startsWith("[") && bracket > 0) {
            message = message.substring(bracket + 2);
        }
        // sqlite-jdbc writes "<description> (<sqlite3_errmsg>)", which often says the same thing twice.
        int open = message.lastIndexOf(" (");
        if (open > 0 && message.endsWith(")")) {
            String head = message.substring(0, open).trim();
            String detail = message.substring(open + 2, message.length() - 1).trim();
            message = head.toLowerCase(java.util.Locale.ROOT).contains(detail.toLowerCase(java.util.Locale.ROOT))
                    ? head
                    : head + ": " + detail;
        }
        return message.trim();
    }

    private static boolean hasSqliteHeader(Path file) throws StoreException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_MAGIC.length);
            return java.util.Arrays.equals(header, SQLITE_MAGIC);
        } catch (IOException e) {
            throw new StoreException(
                    "Cannot open picture " + file + ": it cannot be read (" + e.getMessage() + ").", e);
        }
    }
}
