package org.paxmap.app.map;

import java.util.Arrays;

/**
 * What the map's frames showed and what its background renders cost, for the benchmark: frames drawn, frames that
 * could not be drawn as one unscaled image of the current raster (the view had left it or changed zoom, so the last
 * raster was drawn shifted or scaled with the sea around it), frames whose raster was older than the tiles or
 * features the view had, the duration of each background render, and the zoom pre-renders made and taken over by a
 * zoom change. Durations are kept for the last {@value #KEPT} renders of each kind (a window open for days does not
 * grow). FX-thread only.
 */
final class FrameCounters {
    /** How many durations of each kind are kept; older ones are overwritten. */
    static final int KEPT = 4096;

    private long frames;
    private long notCovering;
    private long outdated;
    private final long[] renderNanos = new long[KEPT];
    private long renders;
    private final long[] prefetchNanos = new long[KEPT];
    private long prefetches;
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
        renderNanos[(int) (renders++ % KEPT)] = nanos;
    }

    /** A zoom pre-render finished (kept aside, not shown). */
    void prefetched(long nanos) {
        prefetchNanos[(int) (prefetches++ % KEPT)] = nanos;
    }

    /** A zoom change landed inside a zoom pre-render, which became the view's raster. */
    void prefetchTaken() {
        prefetchesTaken++;
    }

    long prefetchesTaken() {
        return prefetchesTaken;
    }

    /** The durations of the zoom pre-renders finished since the last reset (the last {@value #KEPT}), in ms, sorted. */
    double[] prefetchMillis() {
        return sortedMillis(prefetchNanos, prefetches);
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

    /** The durations of the renders finished since the last reset (the last {@value #KEPT}), in ms, sorted. */
    double[] renderMillis() {
        return sortedMillis(renderNanos, renders);
    }

    // The kept durations of count recorded (the last KEPT of them), in milliseconds, sorted.
    private static double[] sortedMillis(long[] nanos, long count) {
        double[] out = new double[(int) Math.min(count, KEPT)];
        for (int i = 0; i < out.length; i++) {
            out[i] = nanos[i] / 1e6;
        }
        Arrays.sort(out);
        return out;
    }
}
