package org.paxmap.tiles;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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

    /** The pixels of {@code image} as non-premultiplied ARGB, converting (one draw) when stored otherwise. */
    static int[] argb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt
                && image.getRaster().getDataBuffer().getNumBanks() == 1
                && image.getRaster().getWidth() * image.getRaster().getHeight()
                        == ((DataBufferInt) image.getRaster().getDataBuffer()).getData().length) {
            return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
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
