package org.paxmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paxmap.tiles.TileKey;

/** A peacekeeper looks at the base map: sea must look like sea and land like land, at world and at street zooms. */
class TileRendererTest {
    private static BasemapData data;
    private static TileRenderer renderer;

    @BeforeAll
    static void loadFixture() throws Exception {
        data = BasemapData.load(Fixture.sources());
        renderer = new TileRenderer(data);
    }

    private static List<String> names(int zoom) {
        return data.labels().labels(zoom).stream().map(Label::text).collect(Collectors.toList());
    }

    @Test
    void atZoomThreeTheSaharaIsLandAndTheMidAtlanticIsSea() {
        TileKey sahara = Pixels.tileAt(20, 23, 3);
        assertThat(Pixels.colourAt(renderer.render(sahara), sahara, 20, 23)).isEqualTo(BasemapStyle.LAND);
        TileKey atlantic = Pixels.tileAt(-35, 20, 3);
        assertThat(Pixels.colourAt(renderer.render(atlantic), atlantic, -35, 20))
                .isEqualTo(BasemapStyle.SEA);
    }

    @Test
    void atZoomElevenTyresHinterlandIsLandAndTheSeaWestOfTyreIsSea() {
        TileKey inland = Pixels.tileAt(35.30, 33.24, 11);
        assertThat(Pixels.colourAt(renderer.render(inland), inland, 35.30, 33.24))
                .isEqualTo(BasemapStyle.LAND);
        TileKey sea = Pixels.tileAt(35.10, 33.27, 11);
        assertThat(Pixels.colourAt(renderer.render(sea), sea, 35.10, 33.27)).isEqualTo(BasemapStyle.SEA);
    }

    @Test
    void aLakeInsideLandIsDrawnAsWater() {
        TileKey lake = Pixels.tileAt(14.2, 13.2, 5);
        assertThat(Pixels.colourAt(renderer.render(lake), lake, 14.2, 13.2)).isEqualTo(BasemapStyle.LAKE);
    }

    @Test
    void theCoastlineIsDrawnWhereLandMeetsSea() {
        // Along 33.45 N the fixture's coast is at about 35.30 E; a few pixels either side are land and sea, and the
        // coast itself is neither (the coastline stroke).
        TileKey key = Pixels.tileAt(35.30, 33.45, 10);
        BufferedImage tile = renderer.render(key);
        int y = (int) (org.paxmap.geo.WebMercator.y(33.45, 10) - key.y() * 256.0);
        int coastX = -1;
        for (int x = 0; x < 256 && coastX < 0; x++) {
            int rgb = tile.getRGB(x, y) & 0xFFFFFF;
            if (rgb != (BasemapStyle.SEA.getRGB() & 0xFFFFFF)) {
                coastX = x;
            }
        }
        assertThat(coastX).as("the first pixel from the west that is not sea").isGreaterThan(0);
        assertThat(tile.getRGB(coastX, y) & 0xFFFFFF).isNotEqualTo(BasemapStyle.LAND.getRGB() & 0xFFFFFF);
        assertThat(tile.getRGB(Math.min(255, coastX + 6), y) & 0xFFFFFF)
                .isEqualTo(BasemapStyle.LAND.getRGB() & 0xFFFFFF);
    }

    @Test
    void placeNamesAppearAtStreetZoomAndNotAtWorldZoom() {
        assertThat(names(11)).contains("Tyre", "Sidon", "Nabatieh", "Lebanon").doesNotContain("Far away", "");
        assertThat(names(5)).doesNotContain("Tyre", "Sidon", "Nabatieh");
    }

    @Test
    void placedNamesNeverOverlap() {
        for (int z = 0; z <= 11; z++) {
            List<Label> labels = data.labels().labels(z);
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(labels.get(i).box().intersects(labels.get(j).box()))
                            .as(
                                    "z%d %s / %s",
                                    z, labels.get(i).text(), labels.get(j).text())
                            .isFalse();
                }
            }
        }
        // At zoom 8 the three towns are close: the spacing keeps fewer of them than at zoom 11.
        assertThat(names(8).size()).isLessThanOrEqualTo(names(11).size());
    }

    @Test
    void aTileEncodesAsAReadablePng() throws Exception {
        TileKey key = Pixels.tileAt(35.2, 33.3, 8);
        byte[] png = renderer.renderPng(key);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getWidth()).isEqualTo(256);
        assertThat(back.getHeight()).isEqualTo(256);
    }
}
