package org.paxmap.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Draws a large raster as a top and a bottom half at once, the bottom one on a helper thread (a 2-core machine's other
 * core; Java2D draws disjoint parts of one image safely from two threads), each through its own graphics clipped to
 * its half. What is drawn must then be safe to draw from two threads at once: read-only once made (see {@link
 * SlidePainter#paint(Graphics2D, SlideLayout, SlideFrame, SlidePainter.SlideMap, IncidentLayout.Placed, boolean)}).
 * An image under {@value #MIN_PIXELS} pixels is drawn whole on the calling thread: the hand-over would cost more than
 * it saves. Any thread; returns when both halves are drawn.
 */
public final class RasterParts {
    /** Below this many pixels a raster is drawn whole. */
    public static final long MIN_PIXELS = 1_000_000;

    /** Draws one part through {@code g}, which is clipped to the part (device space) and otherwise fresh. */
    @FunctionalInterface
    public interface Part {
        void draw(Graphics2D g);
    }

    private static final ExecutorService HELPER = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "paxmap-raster-part");
        t.setDaemon(true);
        return t;
    });

    private RasterParts() {}

    /**
     * Draws {@code part} over the whole of {@code image}: in two halves at once when {@code inParts} and the image is
     * large enough, else whole on the calling thread.
     *
     * @throws RuntimeException what either half threw (the bottom half's after the top half has finished)
     */
    public static void draw(BufferedImage image, boolean inParts, Part part) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (!inParts || (long) w * h < MIN_PIXELS) {
            drawRows(image, part, 0, h);
            return;
        }
        int split = h / 2;
        Future<?> bottom = HELPER.submit(() -> drawRows(image, part, split, h));
        try {
            drawRows(image, part, 0, split);
        } finally {
            await(bottom);
        }
    }

    /** Whether an image of {@code width × height} would be drawn in parts. */
    public static boolean worthParts(int width, int height) {
        return (long) width * height >= MIN_PIXELS;
    }

    private static void drawRows(BufferedImage image, Part part, int top, int bottom) {
        Graphics2D g = image.createGraphics();
        try {
            g.clipRect(0, top, image.getWidth(), bottom - top);
            part.draw(g);
        } finally {
            g.dispose();
        }
    }

    // Waits for the other half (it draws into the caller's image: the caller must not go on before it ends); its
    // failure becomes the caller's.
    private static void await(Future<?> part) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    part.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
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
}
