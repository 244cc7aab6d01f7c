package org.paxmap.app.present;

import org.paxmap.app.map.RasterBuffer;
import org.paxmap.brief.TimeWindow;

/**
 * One frame presenter mode has drawn: the pixels, what they show and how long it took from the request (a key, a
 * playback step) to the finished image. Handed from the render thread to the FX thread, which owns the buffer from
 * then on.
 *
 * @param buffer the pixels
 * @param redrawn whether the buffer had been shown before, so the FX thread must tell JavaFX its pixels changed
 * @param index the slide shown (from 0)
 * @param at the time window shown
 * @param title the slide's title
 * @param marking the banner's text
 * @param withheld how many features the audience may not see (for the presenter, never drawn)
 * @param requestedNanos when the frame was asked for ({@link System#nanoTime()})
 * @param drawnNanos when its image was ready to hand over to the FX thread ({@link System#nanoTime()}): finished, or
 *     for a frame drawn ahead of its request, the request's arrival
 * @param drawingNanos how long composing and painting it took, whenever that was
 */
record PresenterFrame(
        RasterBuffer buffer,
        boolean redrawn,
        int index,
        TimeWindow.Period at,
        String title,
        String marking,
        int withheld,
        long requestedNanos,
        long drawnNanos,
        long drawingNanos) {
    /** This frame, drawn ahead, handed over for a request made at {@code requested} and taken up at {@code now}. */
    PresenterFrame handedOver(long requested, long now) {
        return new PresenterFrame(buffer, redrawn, index, at, title, marking, withheld, requested, now, drawingNanos);
    }
}
