package org.paxmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.paxmap.testing.SharedData;

/** PNG (true colour and palette), JPEG and WebP decode to ARGB; other bytes are refused naming the tile. */
class TileDecoderTest {
    @Test
    void aPngWithAlphaKeepsItsPixels() throws Exception {
        DecodedTile tile = TileDecoder.decode(TestTiles.png(new Color(10, 20, 30, 128)), "t");
        assertEquals(256, tile.width());
        TileSourceContractTest.assertSameColour(0x800A141E, tile.argb()[128 * 256 + 128], 1, "centre");
    }

    @Test
    void aPalettePngWithATransparentEntryDecodesToArgb() throws Exception {
        byte[] red = {(byte) 255, 0};
        byte[] zero = {0, 0};
        byte[] alpha = {(byte) 255, 0};
        BufferedImage image = new BufferedImage(
                4, 2, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(1, 2, red, zero, zero, alpha));
        image.getRaster().setSample(1, 0, 0, 1); // one transparent pixel
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        DecodedTile tile = TileDecoder.decode(png.toByteArray(), "palette");
        assertEquals(4, tile.width(), "no scaling: that is the caller's business");
        assertEquals(0xFFFF0000, tile.argb()[0]);
        assertEquals(0, tile.argb()[1] >>> 24, "transparent");
    }

    @Test
    void aJpegDecodesOpaque() throws Exception {
        DecodedTile tile = TileDecoder.decode(TestTiles.jpeg(Color.ORANGE), "jpeg");
        TileSourceContractTest.assertSameColour(Color.ORANGE.getRGB(), tile.argb()[100 * 256 + 100], 4, "centre");
    }

    @Test
    void aWebpTileDecodesThroughThePlugin() throws Exception {
        Path example = SharedData.realdata().resolve("geopackage/geopackage-js_example.gpkg");
        byte[] webp;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + example);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT tile_data FROM webp_tiles LIMIT 1")) {
            webp = rs.getBytes(1);
        }
        DecodedTile tile = TileDecoder.decode(webp, "webp");
        assertEquals(256, tile.width());
        assertTrue(TileSourceContractTest.opaquePixels(tile) > 0);
    }

    @Test
    void bytesOfNoImageAreRefusedNamingTheTile() {
        TileSourceException e = assertThrows(
                TileSourceException.class,
                () -> TileDecoder.decode(new byte[] {-1, -1, -1, -1, 0, 0}, "world.mbtiles: tile 3/4/2"));
        assertEquals("world.mbtiles: tile 3/4/2 is not a PNG, JPEG or WebP image", e.getMessage());
    }

    @Test
    void aTruncatedPngIsCalledDamaged() {
        byte[] png = TestTiles.png(Color.RED);
        TileSourceException e = assertThrows(
                TileSourceException.class, () -> TileDecoder.decode(Arrays.copyOf(png, 60), "t.mbtiles: tile 0/0/0"));
        assertTrue(e.getMessage().startsWith("t.mbtiles: tile 0/0/0 is a damaged PNG image"), e.getMessage());
    }
}
