package org.paxmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.EventType;
import org.paxmap.model.Layer;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.MapFeature;
import org.paxmap.store.PictureStore;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSources;

/** A slide of the exercise picture over the bundled base map, painted into an image and read back pixel by pixel. */
class SlidePainterTest {
    private static final Envelope SOUTH_LEBANON = new Envelope(35.10, 35.65, 33.05, 33.40);
    private static final Banner SECRET = new Banner("NATO SECRET // REL TO FRA", Ink.web("#c62828"), Ink.WHITE);

    @TempDir
    Path dir;

    @Test
    void a_slide_carries_banners_header_map_legend_and_footer() throws Exception {
        SlideLayout layout = new SlideLayout(1123, 794);
        BufferedImage image;
        try (PictureStore store = SamplePicture.openOrCreate(dir);
                TileSource tiles = TileSources.open(Path.of("maps/basemap.mbtiles"))) {
            MapViewState view = layout.mapView(SOUTH_LEBANON, 14);
            Map<Layer, List<MapFeature>> features = new EnumMap<>(Layer.class);
            for (Layer layer : Layer.values()) {
                features.put(layer, store.mapFeatures(layer, view.viewportEnvelope()));
            }
            TileSetImages images = new TileSetImages(tiles);
            SlideFrame frame = new SlideFrame(
                    SECRET,
                    "Incidents in Sector West",
                    "AS OF 151200ZSEP26",
                    "PRODUCED 071200ZDEC26",
                    "01 SEP 26 – 15 SEP 26",
                    "Capt. A. Analyst, FRA-HQ G2",
                    "3 / 7",
                    tiles.info().attribution(),
                    List.of(
                            new LegendEntry(LegendEntry.Symbol.INCIDENT_TYPE, EventType.BATTLES, 2, "Battles", 12),
                            new LegendEntry(LegendEntry.Symbol.ZONE, null, 3, "Critical threat", 2),
                            new LegendEntry(LegendEntry.Symbol.ROUTE, null, 0, "Patrol route", 4)),
                    true);
            image = new BufferedImage(1123, 794, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            SlidePainter.paint(
                    g,
                    layout,
                    frame,
                    new SlidePainter.SlideMap(
                            view, images, tiles.info().minZoom(), tiles.info().maxZoom(), features),
                    true);
            g.dispose();
            assertNull(images.failure(), "every tile of the bundled base map reads");
        }
        Files.createDirectories(Path.of("target/slides"));
        ImageIO.write(image, "png", Path.of("target/slides/slide-a4.png").toFile());

        assertEquals(0xc62828, image.getRGB(5, 5) & 0xffffff, "the top banner is the marking's colour");
        assertEquals(0xc62828, image.getRGB(5, 790) & 0xffffff, "so is the bottom one");
        Rectangle2D map = layout.map();
        int land = image.getRGB((int) map.getCenterX(), (int) map.getCenterY()) & 0xffffff;
        assertNotEquals(0xffffff, land, "the map frame is drawn over, not left as page");
        assertTrue(
                (image.getRGB((int) map.getMaxX() - 60, (int) map.getMinY() + 14) & 0xffffff) > 0xe0e0e0,
                "the legend panel is light in the top-right corner of the map");
    }
}
