package org.paxmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** A map maker builds a small base map and gets an MBTiles any viewer can open: right tiles, right metadata. */
class BasemapBuildTest {
    @TempDir
    Path dir;

    @Test
    void aSmallBuildWritesTheWorldZoomsAndTheDetailBoxWithMetadata() throws Exception {
        BasemapData data = BasemapData.load(Fixture.sources());
        Path out = dir.resolve("small.mbtiles");
        // Around Tyre: at z9 and z10 2x2 tiles, at z11 3x3 tiles (worked out by hand from the box's corners).
        BasemapBuild.Plan plan = new BasemapBuild.Plan(0, 2, 9, 11, new Envelope(35.1, 35.4, 33.1, 33.4), 2);

        BasemapBuild.Report report = new BasemapBuild(data).run(plan, out, line -> {});

        assertThat(report.tilesPerZoom())
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(0, 1, 1, 4, 2, 16, 9, 4, 10, 4, 11, 9)));
        assertThat(report.bytes()).isEqualTo(Files.size(out));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out)) {
            Map<String, String> meta = metadata(c);
            assertThat(meta)
                    .containsEntry("name", "Paxmap base map (Natural Earth)")
                    .containsEntry("format", "png")
                    .containsEntry("minzoom", "0")
                    .containsEntry("maxzoom", "11")
                    .containsEntry("bounds", "-180,-85.0511,180,85.0511")
                    .containsKey("description");
            assertThat(meta.get("attribution"))
                    .startsWith("Made with Natural Earth")
                    .contains("OpenStreetMap")
                    .contains("GeoNames");
            Map<Integer, Integer> counts = new TreeMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT zoom_level, tile_data FROM tiles")) {
                while (rs.next()) {
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(rs.getBytes(2)));
                    assertThat(img).as("a readable PNG").isNotNull();
                    assertThat(img.getWidth()).isEqualTo(256);
                    counts.merge(rs.getInt(1), 1, Integer::sum);
                }
            }
            assertThat(counts).isEqualTo(report.tilesPerZoom());
        }
    }

    @Test
    void anExistingOutputIsNeverOverwritten() throws Exception {
        BasemapData data = BasemapData.load(Fixture.sources());
        Path out = Files.writeString(dir.resolve("taken.mbtiles"), "keep me");
        BasemapBuild.Plan plan = new BasemapBuild.Plan(0, 0, 1, 0, new Envelope(35, 36, 33, 34), 1);
        assertThatThrownBy(() -> new BasemapBuild(data).run(plan, out, line -> {}))
                .isInstanceOf(BasemapException.class)
                .hasMessageContaining("taken.mbtiles")
                .hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("keep me");
    }

    @Test
    void aMissingSourceFileIsNamedInTheError() {
        Path missing = dir.resolve("no-such-lakes.json");
        BasemapSources s = new BasemapSources(
                Fixture.DIR.resolve("atlas.topo.json"), null, null, missing, null, null, new Envelope(0, 1, 0, 1));
        assertThatThrownBy(() -> BasemapData.load(s))
                .isInstanceOf(BasemapException.class)
                .hasMessageContaining("no-such-lakes.json");
    }

    static Map<String, String> metadata(Connection c) throws Exception {
        Map<String, String> meta = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, value FROM metadata")) {
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
        }
        return meta;
    }
}
