package org.paxmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Tiles must stay small on a field laptop's disk, and decode to exactly the colours drawn. */
class PngEncoderTest {
    @Test
    void anOpenSeaTileIsTinyAndDecodesToTheSeaColour() throws Exception {
        BufferedImage sea = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sea.createGraphics();
        g.setColor(BasemapStyle.SEA);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        byte[] png = PngEncoder.encode(sea);
        assertThat(png.length).isLessThan(200);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(new Color(back.getRGB(128, 128))).isEqualTo(BasemapStyle.SEA);
    }

    @Test
    void anAntialiasedTileWithManyColoursRoundTripsExactly() throws Exception {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BasemapStyle.SEA);
        g.fillRect(0, 0, 256, 256);
        g.setColor(BasemapStyle.LAND);
        g.fillOval(20, 20, 200, 180);
        for (int i = 0; i < 300; i++) { // more than 256 colours: falls back to RGB
            g.setColor(new Color(i * 50_000 & 0xFFFFFF));
            g.fillRect(i % 256, i / 256 * 10 + 230, 1, 1);
        }
        g.dispose();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(img.getRGB(x, y));
            }
        }
    }

    @Test
    void aTileOfFewColoursUsesAPaletteAndRoundTripsExactly() throws Exception {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BasemapStyle.SEA);
        g.fillRect(0, 0, 256, 256);
        g.setColor(BasemapStyle.LAND);
        g.fillOval(20, 20, 200, 180);
        g.dispose();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img)));
        assertThat(back.getType()).isIn(BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(img.getRGB(x, y));
            }
        }
    }
}
