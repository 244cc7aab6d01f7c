package org.paxmap.render.output;

import java.awt.image.BufferedImage;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;

/**
 * Draws a video's frames one ahead of its encoder, on a thread of its own: while the encoder compresses frame {@code
 * i}, frame {@code i + 1} is drawn and turned into the encoder's RGB picture (on a 2-core machine the two take about
 * as long as each other, so a playback costs about the longer of them instead of their sum). The frames' art is asked
 * for in order, on the drawing thread only. One encoder thread calls {@link #next}; closing waits until the drawing
 * thread has stopped, so the art's resources may be released after it.
 */
final class FrameDrawer implements AutoCloseable {
    private final IntFunction<? extends PageArt> frames;
    private final int frameCount;
    private final double width;
    private final double height;
    private final BufferedImage frame; // the drawing thread's only
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "paxmap-video-frames");
        t.setDaemon(true);
        return t;
    });
    private int asked;
    private Future<Picture> ahead;

    /**
     * Draws {@code frameCount} frames of {@code frames}, whose art draws in {@code width × height} units, onto an
     * image of {@code pixelWidth × pixelHeight}; starts on the first at once.
     */
    FrameDrawer(
            IntFunction<? extends PageArt> frames,
            int frameCount,
            double width,
            double height,
            int pixelWidth,
            int pixelHeight) {
        this.frames = frames;
        this.frameCount = frameCount;
        this.width = width;
        this.height = height;
        this.frame = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        ahead = frameCount > 0 ? thread.submit(() -> draw(0)) : null;
    }

    /**
     * The next frame as an RGB picture, drawing the one after it meanwhile.
     *
     * @throws IllegalStateException if every frame has been taken
     * @throws RuntimeException what drawing the frame threw (e.g. a base-map tile that could not be read)
     * @throws InterruptedIOException if the encoder's thread was interrupted while waiting (its flag set again)
     */
    Picture next() throws InterruptedIOException {
        if (ahead == null) {
            throw new IllegalStateException("all " + frameCount + " frames were taken");
        }
        Picture picture;
        try {
            picture = ahead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while frame " + (asked + 1) + " was drawn");
        } catch (ExecutionException e) {
            ahead = null;
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        int following = ++asked;
        ahead = following < frameCount ? thread.submit(() -> draw(following)) : null;
        return picture;
    }

    private Picture draw(int index) {
        PageRaster.paint(frame, frames.apply(index), width, height);
        return AWTUtil.fromBufferedImageRGB(frame);
    }

    /** Abandons a frame not yet taken and waits for the drawing thread to stop. */
    @Override
    public void close() {
        if (ahead != null) {
            ahead.cancel(false);
        }
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // the frame in hand draws from resources the caller is about to release
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
