package org.paxmap.app.map;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One {@code int[]} of premultiplied ARGB pixels seen both as a Java2D image (drawn into by the background renderer)
 * and as a JavaFX image (drawn by the FX thread), without copying. Buffers are reused, so that a render neither
 * allocates a large array nor makes the pipeline create a new texture: after a reused buffer is drawn into, the FX
 * thread calls {@link #changed()} so the texture is refreshed. Ownership passes by hand: the renderer's thread owns a
 * buffer while drawing, the FX thread while it is shown and for two pulses after (the render thread may still be
 * reading it), then it goes back to the renderer.
 */
public final class RasterBuffer {
    private static final ColorModel ARGB_PRE = new DirectColorModel(
            java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
            32,
            0xff0000,
            0xff00,
            0xff,
            0xff000000,
            true,
            DataBuffer.TYPE_INT);

    private final int width;
    private final int height;
    private final int[] data;
    private final BufferedImage awt;
    private final PixelBuffer<IntBuffer> pixels;
    private final WritableImage fx;
    private boolean used;

    /** A buffer of {@code width} x {@code height} pixels; any thread. */
    public RasterBuffer(int width, int height) {
        this.width = width;
        this.height = height;
        data = new int[width * height];
        WritableRaster raster = Raster.createPackedRaster(
                new DataBufferInt(data, data.length),
                width,
                height,
                width,
                new int[] {0xff0000, 0xff00, 0xff, 0xff000000},
                null);
        awt = new BufferedImage(ARGB_PRE, raster, true, null);
        pixels = new PixelBuffer<>(width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
        fx = new WritableImage(pixels);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The Java2D view, for the thread that owns the buffer. */
    public BufferedImage awt() {
        return awt;
    }

    /** The pixels themselves (row by row, premultiplied ARGB), for the thread that owns the buffer. */
    public int[] data() {
        return data;
    }

    /** The JavaFX view. */
    public WritableImage fx() {
        return fx;
    }

    /**
     * Marks the buffer drawn into (renderer's thread) and answers whether it had been drawn into before, in which case
     * the FX thread must call {@link #changed()} before showing it.
     */
    public boolean drawnAgain() {
        boolean again = used;
        used = true;
        return again;
    }

    /** Tells JavaFX that every pixel changed (FX thread). */
    public void changed() {
        pixels.updateBuffer(b -> null);
    }
}
