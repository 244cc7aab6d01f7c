package org.paxmap.render.output;

import java.awt.Graphics2D;

/**
 * Draws one page or frame. The art draws in a space of {@code width × height} units with the origin at the top left
 * and y pointing down: a PDF writer makes one unit one PDF point (1/72 inch), a raster writer may scale units to
 * pixels. Images drawn with {@code g.drawImage} (map tiles) are compressed by the writer as it sees fit; text drawn
 * with {@code g.drawString} stays text where the format allows it.
 *
 * <p>A writer calls {@link #draw} once per page, on the thread that called the writer. The art must not keep {@code
 * g} after it returns, nor change the graphics' clip or transform beyond what it restores.
 */
@FunctionalInterface
public interface PageArt {
    /** Paints the page into the {@code width × height} unit space of {@code g}. */
    void draw(Graphics2D g, double width, double height);
}
