package org.paxmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.paxmap.geo.WebMercator;
import org.paxmap.tiles.DecodedTile;
import org.paxmap.tiles.TileDecoder;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSetInfo;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSources;

/** The base map Paxmap ships (maps/basemap.mbtiles) is what its README promises, and Tyre is on it. */
class CommittedBasemapTest {
    private static final Path MAP = Path.of("maps", "basemap.mbtiles");

    @Test
    void theShippedMapHasItsMetadataZoomRangeAndIsWellUnderFiftyMegabytes() throws Exception {
        assertThat(Files.size(MAP)).isLessThan(40_000_000L);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + MAP)) {
            Map<String, String> meta = BasemapBuildTest.metadata(c);
            assertThat(meta)
                    .containsEntry("name", "Paxmap base map (Natural Earth)")
                    .containsEntry("format", "png")
                    .containsEntry("minzoom", "0")
                    .containsEntry("maxzoom", "11");
            assertThat(meta.get("attribution")).startsWith("Made with Natural Earth");
            assertThat(count(c, 0)).isEqualTo(1);
            assertThat(count(c, 6)).isEqualTo(4096); // the whole world at z6
            assertThat(count(c, 11)).isPositive();
            assertThat(count(c, 12)).isZero();
        }
    }

    @Test
    void aZoomElevenTileOverTyreShowsLandAndSea() throws Exception {
        TileKey key = Pixels.tileAt(35.1939, 33.2733, 11);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + MAP)) {
            BufferedImage tile = tile(c, key);
            assertThat(tile).as("tile " + key).isNotNull();
            // West of Tyre's peninsula is open sea; 10 km inland, between villages, is bare land.
            assertThat(Pixels.colourAt(tile, key, 35.165, 33.2733)).isEqualTo(BasemapStyle.SEA);
            assertThat(Pixels.colourAt(tile, key, 35.33, 33.22)).isEqualTo(BasemapStyle.LAND);
        }
    }

    @Test
    void atZoomThreeTheSaharaIsLandAndTheMidAtlanticIsSea() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + MAP)) {
            TileKey sahara = Pixels.tileAt(20, 23, 3);
            assertThat(Pixels.colourAt(tile(c, sahara), sahara, 20, 23)).isEqualTo(BasemapStyle.LAND);
            TileKey atlantic = Pixels.tileAt(-35, 20, 3);
            assertThat(Pixels.colourAt(tile(c, atlantic), atlantic, -35, 20)).isEqualTo(BasemapStyle.SEA);
        }
    }

    @Test
    void paxmapsOwnTileReaderOpensTheShippedMapAndDecodesTyreExactly() throws Exception {
        try (TileSource source = TileSources.open(MAP)) {
            TileSetInfo info = source.info();
            assertThat(info.name()).isEqualTo("Paxmap base map (Natural Earth)");
            assertThat(info.minZoom()).isZero();
            assertThat(info.maxZoom()).isEqualTo(11);
            assertThat(info.attribution()).contains("Natural Earth").contains("OpenStreetMap");
            TileKey key = Pixels.tileAt(35.1939, 33.2733, 11);
            DecodedTile tile = TileDecoder.decode(source.tile(key), "tile " + key);
            assertThat(argbAt(tile, key, 35.165, 33.2733)).isEqualTo(BasemapStyle.SEA.getRGB());
            assertThat(argbAt(tile, key, 35.33, 33.22)).isEqualTo(BasemapStyle.LAND.getRGB());
            // An open-sea tile (1-bit palette PNG) decodes to the sea colour too.
            TileKey atlantic = Pixels.tileAt(-35, 20, 6);
            assertThat(TileDecoder.decode(source.tile(atlantic), "atlantic").argb()[128 * 256 + 128])
                    .isEqualTo(BasemapStyle.SEA.getRGB());
        }
    }

    private static int argbAt(DecodedTile tile, TileKey key, double lon, double lat) {
        int px = (int) (WebMercator.x(lon, key.z()) - key.x() * 256.0);
        int py = (int) (WebMercator.y(lat, key.z()) - key.y() * 256.0);
        return tile.argb()[py * tile.width() + px];
    }

    private static int count(Connection c, int z) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM tiles WHERE zoom_level = ?")) {
            s.setInt(1, z);
            try (ResultSet rs = s.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    private static BufferedImage tile(Connection c, TileKey key) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
            s.setInt(1, key.z());
            s.setInt(2, key.x());
            s.setInt(3, key.tmsRow());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? ImageIO.read(new ByteArrayInputStream(rs.getBytes(1))) : null;
            }
        }
    }
}
