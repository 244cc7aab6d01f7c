package org.paxmap.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.geo.WebMercator;

/** XYZ folders: zooms from folder names, bounds from the tiles when no metadata.json says, TMS rows, refusals. */
class XyzFolderSourceTest {
    @TempDir
    Path dir;

    @Test
    void withoutMetadataTheFolderNameAndTheTilesAtTheLowestZoomDescribeTheSet() throws Exception {
        Path folder = dir.resolve("lebanon");
        byte[] jpeg = TestTiles.jpeg(Color.GREEN);
        put(folder, "5/19/12.jpg", jpeg);
        put(folder, "6/38/25.jpg", jpeg);
        put(folder, "6/39/25.jpg", jpeg);
        Files.createDirectories(folder.resolve("7")); // an empty zoom folder does not count
        Files.createDirectories(folder.resolve("notes"));
        try (TileSource source = TileSources.open(folder)) {
            TileSetInfo info = source.info();
            assertEquals("lebanon", info.name());
            assertEquals("jpg", info.format());
            assertEquals(5, info.minZoom());
            assertEquals(6, info.maxZoom());
            assertEquals(WebMercator.tileBounds(5, 19, 12), info.bounds());
            assertArrayEquals(jpeg, source.tile(new TileKey(6, 39, 25)));
            assertNull(source.tile(new TileKey(6, 38, 24)), "outside the bounds");
        }
    }

    @Test
    void aTmsSchemeInTheMetadataFlipsTheRows() throws Exception {
        Path folder = dir.resolve("tms");
        byte[] png = TestTiles.png(Color.RED);
        put(folder, "1/0/1.png", png); // TMS row 1 at zoom 1 is the northern row
        Files.writeString(folder.resolve("metadata.json"), "{\"scheme\": \"tms\", \"bounds\": \"-180,-85,180,85\"}");
        try (TileSource source = TileSources.open(folder)) {
            assertArrayEquals(png, source.tile(new TileKey(1, 0, 0)));
            assertNull(source.tile(new TileKey(1, 0, 1)));
        }
    }

    @Test
    void foldersThatAreNoTileSetsAreRefusedInWords() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        TileSourceException e = assertThrows(TileSourceException.class, () -> TileSources.open(empty));
        assertTrue(e.getMessage().startsWith(empty + ": not an XYZ tile folder"), e.getMessage());

        Path noTiles = Files.createDirectories(dir.resolve("no tiles/3/4"));
        e = assertThrows(
                TileSourceException.class,
                () -> TileSources.open(noTiles.getParent().getParent()));
        assertTrue(e.getMessage().endsWith("the tile set holds no tiles"), e.getMessage());

        Path badJson = dir.resolve("bad json");
        put(badJson, "0/0/0.png", TestTiles.png(Color.RED));
        Files.writeString(badJson.resolve("metadata.json"), "{\"name\": ");
        e = assertThrows(TileSourceException.class, () -> TileSources.open(badJson));
        assertTrue(e.getMessage().startsWith(badJson.resolve("metadata.json") + ": not valid JSON"), e.getMessage());

        Path text = dir.resolve("text");
        put(text, "0/0/0.png", "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        e = assertThrows(TileSourceException.class, () -> TileSources.open(text));
        assertTrue(e.getMessage().startsWith(text + ": tiles are not PNG, JPEG or WebP images"), e.getMessage());
    }

    private static void put(Path folder, String name, byte[] data) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, data);
    }
}
