package org.paxmap.app.map;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSetInfo;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSourceException;

/**
 * A test tile set drawn with java.awt: each tile is a 4x4 checkerboard of 64 px cells in two colours that depend on
 * the zoom, with the tile key written in the top-left cell. One tile can be held back until a latch opens. PNG bytes. Thread-safe.
 */
final class CheckerTileSource implements TileSource {
    private final int maxZoom;
    private final TileKey blocked;
    private final CountDownLatch release;

    CheckerTileSource(int maxZoom) {
        this(maxZoom, null, new CountDownLatch(0));
    }

    CheckerTileSource(int maxZoom, TileKey blocked, CountDownLatch release) {
        this.maxZoom = maxZoom;
        this.blocked = blocked;
        this.release = release;
    }

    /** The colour (ARGB) of the pixel at {@code px}, {@code py} of tile {@code key}, outside the label. */
    static int colourAt(TileKey key, int px, int py) {
        boolean even = ((px / 64) + (py / 64)) % 2 == 0;
        int z = key.z();
        return even
                ? 0xFF000000 | (40 * z % 256) << 16 | 100 << 8 | (200 - 20 * z)
                : 0xFF000000 | 230 << 16 | (230 - 20 * z) << 8 | 60;
    }

    @Override
    public TileSetInfo info() {
        return new TileSetInfo("checker", "png", 0, maxZoom, new Envelope(-180, 180, -85.0511, 85.0511), "", "");
    }

    @Override
    public byte[] tile(TileKey key) throws TileSourceException {
        if (key.z() > maxZoom) {
            return null;
        }
        if (key.equals(blocked)) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                image.setRGB(x, y, colourAt(key, x, y));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString(key.toString(), 6, 18);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {}
}
