package org.paxmap.render.output;

import java.awt.Graphics2D;

/**
 * Draws one page or frame. The art draws in a space of {@code width × height} units with the origin at the top left
 * and y pointing down: a PDF writer makes one unit one PDF point (1/72 inch), a raster writer may scale units to
 * pixels. Images drawn with {@code g.drawImage} (map tiles) are compressed by the writer as it sees fit; text drawn
 * with {@code g.drawString} stays text where the format allows it.
 *
 * <p>A writer calls {@link #draw} once per page, on the thread that called the writer — or, for art that says it
 * {@linkplain #inParts() may be drawn in parts}, once per part of a raster, each on its own thread and graphics
 * clipped to its part, at the same time. The art must not keep {@code g} after it returns, nor change the graphics'
 * clip or transform beyond what it restores.
 */
@FunctionalInterface
public interface PageArt {
    /** Paints the page into the {@code width × height} unit space of {@code g}. */
    void draw(Graphics2D g, double width, double height);

    /**
     * This page made ready to be drawn in parts at once: art whose {@link #draw} several threads may call together for
     * the parts of one raster (each on its own graphics clipped to a disjoint part), drawing the same page each time;
     * or {@code null} (the default) where the art must be drawn whole by one thread. Called once per raster, on the
     * writer's thread, just before the parts are drawn.
     */
    default PageArt inParts() {
        return null;
    }
}
