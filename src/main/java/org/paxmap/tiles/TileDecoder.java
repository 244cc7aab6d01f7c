package org.paxmap.tiles;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decodes tile bytes (PNG, JPEG, WebP) with ImageIO into ARGB pixels, and encodes ARGB pixels as PNG. The format is
 * chosen from the magic bytes, not guessed by trying every reader; streams are memory-cached (ImageIO writes no
 * temporary files). WebP comes from the TwelveMonkeys plugin on the classpath. Images are returned at their own size:
 * scaling to 256 px is the caller's business. Stateless and thread-safe.
 */
public final class TileDecoder {
    private TileDecoder() {}

    /**
     * Decodes {@code data}.
     *
     * @param where names the tile in messages, e.g. "maps/world.mbtiles: tile 5/17/11"
     * @throws TileSourceException if the bytes are no image this program can decode (names {@code where})
     */
    public static DecodedTile decode(byte[] data, String where) throws TileSourceException {
        TileImageFormat format = TileImageFormat.sniff(data);
        if (!format.isRaster()) {
            throw new TileSourceException(where + " is not a PNG, JPEG or WebP image");
        }
        BufferedImage image;
        try {
            image = read(data, format);
        } catch (IOException | RuntimeException e) {
            throw new TileSourceException(
                    where + " is a damaged " + format.imageIoName.toUpperCase(java.util.Locale.ROOT) + " image ("
                            + e.getMessage() + ")",
                    e);
        }
        return new DecodedTile(image.getWidth(), image.getHeight(), argb(image));
    }

    private static BufferedImage read(byte[] data, TileImageFormat format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new IOException("no ImageIO reader for " + format.imageIoName + " is installed");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The pixels of {@code image} as non-premultiplied ARGB. The layouts ImageIO's PNG and JPEG readers produce are
     * packed straight from their byte arrays (a Java2D draw for the conversion measured slower and did not scale
     * across threads); anything else goes through the colour model.
     */
    static int[] argb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int n = width * height;
        DataBuffer buffer = image.getRaster().getDataBuffer();
        boolean plain = image.getRaster().getParent() == null && buffer.getNumBanks() == 1;
        if (plain && image.getType() == BufferedImage.TYPE_INT_ARGB && buffer.getSize() == n) {
            return ((DataBufferInt) buffer).getData();
        }
        if (plain && image.getType() == BufferedImage.TYPE_4BYTE_ABGR && buffer.getSize() == 4 * n) {
            byte[] abgr = ((DataBufferByte) buffer).getData();
            int[] argb = new int[n];
            for (int i = 0, j = 0; i < n; i++, j += 4) {
                argb[i] = (abgr[j] & 0xFF) << 24
                        | (abgr[j + 3] & 0xFF) << 16
                        | (abgr[j + 2] & 0xFF) << 8
                        | (abgr[j + 1] & 0xFF);
            }
            return argb;
        }
        if (plain && image.getType() == BufferedImage.TYPE_3BYTE_BGR && buffer.getSize() == 3 * n) {
            byte[] bgr = ((DataBufferByte) buffer).getData();
            int[] argb = new int[n];
            for (int i = 0, j = 0; i < n; i++, j += 3) {
                argb[i] = 0xFF000000 | (bgr[j + 2] & 0xFF) << 16 | (bgr[j + 1] & 0xFF) << 8 | (bgr[j] & 0xFF);
            }
            return argb;
        }
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    /** PNG bytes of non-premultiplied ARGB pixels. */
    static byte[] encodePng(int width, int height, int[] argb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no ImageIO writer for PNG");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        }
        return bytes.toByteArray();
    }
}
