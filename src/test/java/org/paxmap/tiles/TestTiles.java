package org.paxmap.tiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;

/** Tile sets the tests make themselves: PNG tiles drawn with java.awt, an XYZ folder, an MBTiles file. */
final class TestTiles {
    /** The area the made sets cover: around the eastern Mediterranean. */
    static final Envelope AREA = new Envelope(30, 40, 30, 40);

    private TestTiles() {}

    /** A 256 px PNG filled with {@code colour} (alpha included), with a darker frame. */
    static byte[] png(Color colour) {
        return encode(image(colour), "png");
    }

    /** A 256 px JPEG filled with {@code colour}. */
    static byte[] jpeg(Color colour) {
        BufferedImage rgb = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image(colour), 0, 0, null);
        g.dispose();
        return encode(rgb, "jpeg");
    }

    /** A colour that differs from tile to tile. */
    static Color colourOf(TileKey key) {
        return new Color(40 + (key.x() * 37) % 200, 40 + (key.y() * 53) % 200, 40 + key.z() * 20, 230);
    }

    private static BufferedImage image(Color colour) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.setColor(colour.darker());
        g.drawRect(0, 0, 255, 255);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Every tile of zoom {@code z} that overlaps {@code area}. */
    static Iterable<TileKey> tilesOver(Envelope area, int z) {
        int x0 = (int) Math.max(0, Math.floor(WebMercator.x(area.getMinX(), z) / 256));
        int x1 = (int) Math.min((1 << z) - 1, Math.floor(WebMercator.x(area.getMaxX(), z) / 256));
        int y0 = (int) Math.max(0, Math.floor(WebMercator.y(area.getMaxY(), z) / 256));
        int y1 = (int) Math.min((1 << z) - 1, Math.floor(WebMercator.y(area.getMinY(), z) / 256));
        java.util.List<TileKey> keys = new java.util.ArrayList<>();
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                keys.add(new TileKey(z, x, y));
            }
        }
        return keys;
    }

    /** An XYZ folder with PNG tiles at zooms 2–4 over {@link #AREA} and a metadata.json. */
    static Path xyzFolder(Path folder) throws IOException {
        for (int z = 2; z <= 4; z++) {
            for (TileKey key : tilesOver(AREA, z)) {
                Path file = folder.resolve(key.z() + "/" + key.x() + "/" + key.y() + ".png");
                Files.createDirectories(file.getParent());
                Files.write(file, png(colourOf(key)));
            }
        }
        Files.writeString(
                folder.resolve("metadata.json"),
                "{\"name\": \"Test XYZ\", \"attribution\": \"made by the test\", \"bounds\": [30, 30, 40, 40]}",
                StandardCharsets.UTF_8);
        return folder;
    }

    /** An MBTiles file written with {@link MbtilesWriter}: PNG tiles at zooms 1–3 over {@link #AREA}. */
    static Path mbtiles(Path file) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("name", "Test MBTiles");
        metadata.put("format", "png");
        metadata.put("bounds", "30,30,40,40");
        metadata.put("attribution", "made by the test");
        try (MbtilesWriter writer = MbtilesWriter.create(file, metadata)) {
            for (int z = 1; z <= 3; z++) {
                for (TileKey key : tilesOver(AREA, z)) {
                    writer.put(key, png(colourOf(key)));
                }
            }
        }
        return file;
    }
}
