package org.paxmap.render.output;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DImageEncoder;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Embeds the images a page draws: opaque ones (map tiles) as JPEG ({@code DCTDecode}, quality {@value #QUALITY}),
 * ones with transparent pixels (symbols) losslessly with a soft mask. An image already embedded in this document,
 * the same object or the same pixels, is reused: a tile drawn on every slide is stored once. One instance per
 * document, used on the writer's thread.
 */
final class JpegImageEncoder implements IPdfBoxGraphics2DImageEncoder {
    static final float QUALITY = 0.85f;

    /** Weak keys: a tile the caller dropped is not kept alive by the export (images use identity equality). */
    private final Map<Image, PDImageXObject> byObject = new WeakHashMap<>();

    private final Map<PixelKey, PDImageXObject> byPixels = new HashMap<>();

    @Override
    public PDImageXObject encodeImage(
            PDDocument document, PDPageContentStream contentStream, Image image, IPdfBoxGraphics2DImageEncoderEnv env) {
        PDImageXObject known = byObject.get(image);
        if (known != null) {
            return known;
        }
        BufferedImage pixels = toBufferedImage(image);
        PixelKey key = PixelKey.of(pixels);
        PDImageXObject encoded = byPixels.get(key);
        try {
            if (encoded == null) {
                encoded = isOpaque(pixels)
                        ? JPEGFactory.createFromImage(document, withoutAlpha(pixels), QUALITY)
                        : LosslessFactory.createFromImage(document, pixels);
                byPixels.put(key, encoded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byObject.put(image, encoded);
        return encoded;
    }

    private static BufferedImage toBufferedImage(Image image) {
        if (image instanceof BufferedImage buffered) {
            return buffered;
        }
        int width = image.getWidth(null);
        int height = image.getHeight(null);
        if (width <= 0 || height <= 0) {
            throw new IllegalStateException("an image that is not fully loaded cannot be exported");
        }
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    private static boolean isOpaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return true;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if ((argb >>> 24) != 0xFF) {
                    return false;
                }
            }
        }
        return true;
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** An image's size and the SHA-256 of its ARGB pixels: equal keys, equal pictures. */
    private record PixelKey(int width, int height, byte[] digest) {
        static PixelKey of(BufferedImage image) {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            int[] row = new int[image.getWidth()];
            ByteBuffer bytes = ByteBuffer.allocate(row.length * Integer.BYTES);
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, row.length, 1, row, 0, row.length);
                bytes.clear();
                bytes.asIntBuffer().put(row);
                sha256.update(bytes.array());
            }
            return new PixelKey(image.getWidth(), image.getHeight(), sha256.digest());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PixelKey key
                    && key.width == width
                    && key.height == height
                    && Arrays.equals(key.digest, digest);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(digest);
        }

        @Override
        public String toString() {
            return width + "×" + height;
        }
    }
}
