package org.paxmap.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MBTiles specifics: TMS rows, metadata fallbacks, refusals, read-only opening, and the writer. */
class MbtilesSourceTest {
    @TempDir
    Path dir;

    @Test
    void rowsAreStoredFromTheSouthAndReadFromTheNorth() throws Exception {
        Path file = dir.resolve("tms.mbtiles");
        byte[] north = TestTiles.png(Color.RED);
        byte[] south = TestTiles.png(Color.BLUE);
        try (MbtilesWriter writer = MbtilesWriter.create(file, Map.of("name", "TMS"))) {
            writer.put(new TileKey(2, 1, 0), north);
            writer.put(new TileKey(2, 1, 3), south);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT tile_row FROM tiles WHERE tile_data = x'"
                        + java.util.HexFormat.of().formatHex(north) + "'")) {
            assertEquals(3, rs.getInt(1), "XYZ row 0 is TMS row 3 at zoom 2");
        }
        try (MbtilesSource source = MbtilesSource.open(file)) {
            assertArrayEquals(north, source.tile(new TileKey(2, 1, 0)));
            assertArrayEquals(south, source.tile(new TileKey(2, 1, 3)));
            assertNull(source.tile(new TileKey(2, 1, 1)), "a gap in a sparse set");
            assertEquals(2, source.info().minZoom(), "the writer filled in minzoom");
            assertEquals(2, source.info().maxZoom());
            assertEquals("png", source.info().format());
        }
    }

    @Test
    void silentMetadataFallsBackToWhatTheTilesSay() throws Exception {
        Path file = dir.resolve("no metadata.mbtiles");
        handMade(file, TestTiles.jpeg(Color.GREEN), 3, 5);
        try (MbtilesSource source = MbtilesSource.open(file)) {
            TileSetInfo info = source.info();
            assertEquals("no metadata", info.name(), "the file name");
            assertEquals("jpg", info.format(), "sniffed");
            assertEquals(3, info.minZoom(), "min(zoom_level)");
            assertEquals(5, info.maxZoom(), "max(zoom_level)");
            assertEquals(TileSetInfo.worldBounds(), info.bounds(), "the whole world");
            assertEquals("", info.attribution());
        }
    }

    @Test
    void vectorTilesAreRecognisedByTheirBytesWhenTheMetadataIsSilent() throws Exception {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(new byte[] {0x1A, 0x05, 'l', 'a', 'y', 'e', 'r'});
        }
        Path gzipped = dir.resolve("gzipped.mbtiles");
        handMade(gzipped, gzip.toByteArray(), 0, 0);
        Path plain = dir.resolve("protobuf.mbtiles");
        handMade(plain, new byte[] {0x1A, 0x05, 'l', 'a', 'y', 'e', 'r'}, 0, 0);
        for (Path file : new Path[] {gzipped, plain}) {
            TileSourceException e = assertThrows(TileSourceException.class, () -> TileSources.open(file));
            assertEquals(file + ": vector MBTiles are not supported yet", e.getMessage());
        }
    }

    @Test
    void aSqliteFileWithoutTilesAndAFileThatIsNoSqliteAreRefusedInWords() throws Exception {
        Path other = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (text TEXT)");
        }
        TileSourceException e = assertThrows(TileSourceException.class, () -> TileSources.open(other));
        assertTrue(e.getMessage().startsWith(other + ": a SQLite database but not a tile set"), e.getMessage());
        e = assertThrows(TileSourceException.class, () -> MbtilesSource.open(other));
        assertEquals(other + ": a SQLite file but not MBTiles (it has no tiles table)", e.getMessage());

        Path text = dir.resolve("readme.mbtiles");
        Files.writeString(text, "not a database at all");
        e = assertThrows(TileSourceException.class, () -> TileSources.open(text));
        assertEquals(text + ": not a tile set (expected MBTiles, GeoPackage or an XYZ folder)", e.getMessage());
        e = assertThrows(TileSourceException.class, () -> MbtilesSource.open(text));
        assertTrue(e.getMessage().contains("not a SQLite file"), e.getMessage());

        Path missing = dir.resolve("missing.mbtiles");
        e = assertThrows(TileSourceException.class, () -> TileSources.open(missing));
        assertEquals(missing + ": the file does not exist", e.getMessage());
        assertFalse(Files.exists(missing), "opening does not create the file");
    }

    @Test
    void aFileInWalModeIsReadAsItIsAndLeftInWalMode() throws Exception {
        Path file = TestTiles.mbtiles(dir.resolve("wal mode #1.mbtiles"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        }
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        assertEquals(2, before[18], "the header says WAL");
        try (TileSource source = TileSources.open(file)) {
            TileKey key = TestTiles.tilesOver(TestTiles.AREA, 2).iterator().next();
            assertTrue(source.tile(key).length > 0);
        }
        assertArrayEquals(before, Files.readAllBytes(file), "no journal-mode conversion, no write");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(java.util.List.of(file), left.toList(), "no -wal or -shm file left beside it");
        }
        assertEquals(modified, Files.getLastModifiedTime(file));
    }

    @Test
    void theWriterRefusesToOverwriteAndAnAbortLeavesNoFile() throws Exception {
        Path file = TestTiles.mbtiles(dir.resolve("kept.mbtiles"));
        IOException e = assertThrows(IOException.class, () -> MbtilesWriter.create(file, Map.of()));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());

        Path aborted = dir.resolve("aborted.mbtiles");
        MbtilesWriter writer = MbtilesWriter.create(aborted, Map.of("name", "x"));
        writer.put(new TileKey(0, 0, 0), TestTiles.png(Color.RED));
        writer.abort();
        assertFalse(Files.exists(aborted), "nothing left after an abort");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no journal either");
        }
    }

    @Test
    void theWriterWritesMbtiles13Metadata() throws Exception {
        Path file = TestTiles.mbtiles(dir.resolve("meta.mbtiles"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement ps = c.prepareStatement("SELECT value FROM metadata WHERE name = ?")) {
            assertEquals("Test MBTiles", value(ps, "name"));
            assertEquals("png", value(ps, "format"));
            assertEquals("30,30,40,40", value(ps, "bounds"));
            assertEquals("1", value(ps, "minzoom"));
            assertEquals("3", value(ps, "maxzoom"));
        }
    }

    private static String value(PreparedStatement ps, String name) throws SQLException {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** An MBTiles with an empty metadata table and {@code data} at 0/0/0 of each zoom from {@code min} to {@code max}. */
    private static void handMade(Path file, byte[] data, int min, int max) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            try (PreparedStatement put = c.prepareStatement("INSERT INTO tiles VALUES (?, 0, 0, ?)")) {
                for (int z = min; z <= max; z++) {
                    put.setInt(1, z);
                    put.setBytes(2, data);
                    put.executeUpdate();
                }
            }
        }
    }
}
