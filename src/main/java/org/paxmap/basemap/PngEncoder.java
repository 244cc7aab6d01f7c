package org.paxmap.basemap;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes RGB tiles as small lossless PNGs: an image of at most 256 colours is written with a palette (1 bit for a
 * single colour, as for open sea; 8 bits otherwise), anything else as 24-bit RGB; always at the highest deflate level.
 * Pixels decode to exactly the colours drawn. Stateless; thread-safe.
 */
public final class PngEncoder {
    private PngEncoder() {}

    /** The PNG bytes of {@code image} (an opaque RGB image). */
    public static byte[] encode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        Map<Integer, Integer> palette = new HashMap<>();
        for (int p : rgb) {
            int c = p & 0xFFFFFF;
            if (!palette.containsKey(c)) {
                if (palette.size() == 256) {
                    return write(image);
                }
                palette.put(c, palette.size());
            }
        }
        int n = palette.size();
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        for (Map.Entry<Integer, Integer> e : palette.entrySet()) {
            int c = e.getKey();
            int i = e.getValue();
            r[i] = (byte) (c >> 16);
            g[i] = (byte) (c >> 8);
            b[i] = (byte) c;
        }
        int bits = n <= 2 ? 1 : n <= 4 ? 2 : n <= 16 ? 4 : 8;
        IndexColorModel model = new IndexColorModel(bits, n, r, g, b);
        BufferedImage indexed = new BufferedImage(
                w, h, bits == 8 ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_BYTE_BINARY, model);
        WritableRaster raster = indexed.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.setSample(x, y, 0, palette.get(rgb[y * w + x] & 0xFFFFFF));
            }
        }
        return write(indexed);
    }

    private static byte[] write(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // 0 = smallest file (deflate level 9)
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
