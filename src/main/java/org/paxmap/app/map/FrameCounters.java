package org.paxmap.app.map;

import java.util.Arrays;

/**
 * What the map's frames showed and what its background renders cost, for the benchmark: frames drawn, frames that
 * could not be drawn as one unscaled image of the current raster (the view had left it or changed zoom, so the last
 * raster was drawn shifted or scaled with the sea around it), frames whose raster was older than the tiles or
 * features the view had, the duration of each background render, and the zoom pre-renders made and taken over by a
 * zoom change. FX-thread only.
 */
final class FrameCounters {
    private long frames;
    private long notCovering;
    private long outdated;
    private long[] renderNanos = new long[256];
    private int renders;
    private long[] prefetchNanos = new long[64];
    private int prefetches;
    private long prefetchesTaken;

    void frame(boolean covering, boolean upToDate) {
        frames++;
        if (!covering) {
            notCovering++;
        }
        if (!upToDate) {
            outdated++;
        }
    }

    void rendered(long nanos) {
        if (renders == renderNanos.length) {
            renderNanos = Arrays.copyOf(renderNanos, renders * 2);
        }
        renderNanos[renders++] = nanos;
    }

    /** A zoom pre-render finished (kept aside, not shown). */
    void prefetched(long nanos) {
        if (prefetches == prefetchNanos.length) {
            prefetchNanos = Arrays.copyOf(prefetchNanos, prefetches * 2);
        }
        prefetchNanos[prefetches++] = nanos;
    }

    /** A zoom change landed inside a zoom pre-render, which became the view's raster. */
    void prefetchTaken() {
        prefetchesTaken++;
    }

    long prefetchesTaken() {
        return prefetchesTaken;
    }

    /** The durations of the zoom pre-renders finished since the last reset, in milliseconds, sorted. */
    double[] prefetchMillis() {
        double[] out = new double[prefetches];
        for (int i = 0; i < prefetches; i++) {
            out[i] = prefetchNanos[i] / 1e6;
        }
        Arrays.sort(out);
        return out;
    }

    /** Starts counting afresh. */
    void reset() {
        frames = 0;
        notCovering = 0;
        outdated = 0;
        renders = 0;
        prefetches = 0;
        prefetchesTaken = 0;
    }

    long frames() {
        return frames;
    }

    long notCovering() {
        return notCovering;
    }

    long outdated() {
        return outdated;
    }

    /** The durations of the renders finished since the last reset, in milliseconds, sorted. */
    double[] renderMillis() {
        double[] out = new double[renders];
        for (int i = 0; i < renders; i++) {
            out[i] = renderNanos[i] / 1e6;
        }
        Arrays.sort(out);
        return out;
    }
}
