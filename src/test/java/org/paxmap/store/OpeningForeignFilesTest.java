package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not Paxmap pictures are refused with a reason naming the file, and are left untouched. */
class OpeningForeignFilesTest {
    @TempDir
    Path dir;

    private static Path shared() {
        String base = System.getProperty("paxmap.shared");
        Path realdata = base == null ? null : Path.of(base, "realdata");
        Assumptions.assumeTrue(
                realdata != null && Files.isDirectory(realdata),
                "shared real data not found (system property paxmap.shared=" + base + ")");
        return realdata;
    }

    @Test
    void aTextFileIsRefusedAsNotSqlite() throws Exception {
        Path file = dir.resolve("notes.gpkg");
        Files.writeString(file, "just some text, not a database\n");
        String message = refusedUnchanged(file);
        assertTrue(message.contains("not a SQLite database"), message);
    }

    @Test
    void aMissingFileIsRefused() {
        Path file = dir.resolve("missing.gpkg");
        StoreException e = assertThrows(StoreException.class, () -> PictureStore.open(file));
        assertTrue(
                e.getMessage().contains(file.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(file), "opening did not create it");
    }

    @Test
    void aCorruptSqliteFileIsRefusedAsDamaged() throws Exception {
        Path file = shared().resolve("mbtiles/node-mbtiles_corrupt.mbtiles");
        String message = refusedUnchanged(file);
        assertTrue(message.contains("the SQLite file is damaged"), message);
        assertEquals(1, message.split("malformed", -1).length - 1, "SQLite's reason once, not twice: " + message);
    }

    @Test
    void anMbtilesFileIsRefusedAsNotAGeoPackage() throws Exception {
        String message = refusedUnchanged(shared().resolve("mbtiles/node-mbtiles_plain_1.mbtiles"));
        assertTrue(message.contains("not a GeoPackage"), message);
    }

    @Test
    void geoPackagesThatAreNotPicturesAreRefusedAndNotConvertedToWal() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(shared().resolve("geopackage"))) {
            s.filter(p -> p.toString().endsWith(".gpkg")).sorted().forEach(files::add);
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String message = refusedUnchanged(file);
            assertTrue(message.contains("not a Paxmap picture"), message);
            assertFalse(Files.exists(Path.of(file + "-wal")), "no WAL file left beside " + file);
        }
    }

    @Test
    void aPictureFromANewerPaxmapIsRefusedWithTheVersions() throws Exception {
        Path file = dir.resolve("future.gpkg");
        PictureStore.create(file, StoreSamples.NODE).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("INSERT INTO paxmap_versions VALUES (99, '2030-01-01T00:00:00.000Z', 'x')");
        }
        String message = refusedUnchanged(file);
        assertTrue(
                message.contains("newer Paxmap")
                        && message.contains("99")
                        && message.contains("up to version " + Migrations.LATEST),
                message);
    }

    /** Opens {@code file}, expects a refusal naming it, checks bytes and mtime are unchanged, returns the message. */
    private static String refusedUnchanged(Path file) throws Exception {
        byte[] before = sha256(file);
        FileTime mtime = Files.getLastModifiedTime(file);
        StoreException e = assertThrows(StoreException.class, () -> PictureStore.open(file), file.toString());
        assertTrue(e.getMessage().contains(file.toString()), "message names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no stack-trace talk for a user: " + e.getMessage());
        assertArrayEquals(before, sha256(file), "bytes unchanged: " + file);
        assertEquals(mtime, Files.getLastModifiedTime(file), "mtime unchanged: " + file);
        return e.getMessage();
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
