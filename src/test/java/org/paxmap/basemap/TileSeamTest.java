package org.paxmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;
import org.paxmap.tiles.TileKey;

/** Panning across tiles, a town's name must not be cut off at a tile edge: both tiles draw their half of it. */
class TileSeamTest {
    @TempDir
    Path dir;

    @Test
    void aNameAcrossATileEdgeIsDrawnOnBothSides() throws Exception {
        // Tile column 1224 at z11 starts at 35.15625 E; a place 20 px west of it has its name running across the edge.
        double edgeLon = WebMercator.lon(1224 * 256.0, 11);
        double lon = WebMercator.lon(1224 * 256.0 - 20, 11);
        double lat = 33.5; // open sea in the fixture
        Path places = Files.writeString(
                dir.resolve("places.json"), "[{\"name\":\"Crossing Town\",\"lat\":" + lat + ",\"lng\":" + lon + "}]");
        BasemapSources s = Fixture.sources();
        BasemapData data = BasemapData.load(new BasemapSources(
                s.atlas110m(), s.atlas50m(), s.atlas10m(), null, null, places, new Envelope(34, 37, 32, 35)));
        TileRenderer renderer = new TileRenderer(data);
        TileKey west = Pixels.tileAt(edgeLon - 0.001, lat, 11);
        TileKey east = new TileKey(11, west.x() + 1, west.y());
        assertThat(east.x()).isEqualTo(1224);
        int row = (int) (WebMercator.y(lat, 11) - west.y() * 256.0);

        assertThat(inkNearRow(renderer.render(west), row, 236, 256))
                .as("west half of the name")
                .isPositive();
        assertThat(inkNearRow(renderer.render(east), row, 0, 20))
                .as("east half of the name")
                .isPositive();
    }

    /** Pixels darker than the sea in rows row-6..row+6, columns [x0, x1). */
    private static int inkNearRow(BufferedImage tile, int row, int x0, int x1) {
        int ink = 0;
        for (int y = Math.max(0, row - 6); y <= Math.min(255, row + 6); y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = tile.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 120) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
