package org.paxmap.render.output;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Paints a {@link PageArt} into an opaque RGB image, on white paper, with antialiased shapes and text and bilinear
 * image scaling: what the PNG and the video show, and what a PDF viewer shows of the same page. Any thread.
 */
public final class PageRaster {
    private PageRaster() {}

    /**
     * Paints {@code art}, drawing in {@code width × height} units, onto a new {@code pixelWidth × pixelHeight} image,
     * the units scaled to fill it.
     */
    public static BufferedImage render(PageArt art, double width, double height, int pixelWidth, int pixelHeight) {
        if (pixelWidth <= 0 || pixelHeight <= 0 || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException(
                    "empty page: " + width + " × " + height + " units, " + pixelWidth + " × " + pixelHeight + " px");
        }
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        paint(image, art, width, height);
        return image;
    }

    /**
     * Paints {@code art} over the whole of {@code image} (cleared to white first), the units scaled to fill it. Art
     * that {@linkplain PageArt#inParts() may be drawn in parts} is drawn as a top and a bottom half at once, the
     * bottom one on a helper thread (the machine's other core; Java2D draws disjoint parts of one image safely from
     * two threads); an image under {@value #PARTS_FROM_PIXELS} pixels is not worth the hand-over.
     */
    static void paint(BufferedImage image, PageArt art, double width, double height) {
        int w = image.getWidth();
        int h = image.getHeight();
        PageArt parts = (long) w * h < PARTS_FROM_PIXELS ? null : art.inParts();
        if (parts == null) {
            paintPart(image, art, width, height, 0, h);
            return;
        }
        int split = h / 2;
        Future<?> bottom = HELPER.submit(() -> paintPart(image, parts, width, height, split, h));
        try {
            paintPart(image, parts, width, height, 0, split);
        } finally {
            awaitPart(bottom);
        }
    }

    /** Below this many pixels a raster is drawn whole on the calling thread. */
    static final long PARTS_FROM_PIXELS = 1_000_000;

    private static final ExecutorService HELPER = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "paxmap-raster-part");
        t.setDaemon(true);
        return t;
    });

    // Waits for the other part; its failure (a tile that could not be read, a bug) becomes the caller's.
    private static void awaitPart(Future<?> part) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    part.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the part draws into the caller's image: let it finish first
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // Paints rows [top, bottom) of the image.
    private static void paintPart(BufferedImage image, PageArt art, double width, double height, int top, int bottom) {
        Graphics2D g = image.createGraphics();
        try {
            g.clipRect(0, top, image.getWidth(), bottom - top);
            g.setColor(Color.WHITE);
            g.fillRect(0, top, image.getWidth(), bottom - top);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.scale(image.getWidth() / width, image.getHeight() / height);
            g.setColor(Color.BLACK);
            art.draw(g, width, height);
        } finally {
            g.dispose();
        }
    }
}
