package org.paxmap.brief.present;

import java.util.Map;
import org.paxmap.brief.Marking;
import org.paxmap.render.IncidentLayout;
import org.paxmap.render.SlideFrame;
import org.paxmap.render.SlideLayout;
import org.paxmap.render.SlidePainter;

/**
 * One slide ready to draw for one audience at one moment of its time window: the layout, marginalia and map {@link
 * SlidePainter} needs, the marking on its banners, and — for the presenter alone, never drawn — how many features the
 * audience may not see and why. Immutable once made (its lists are not changed).
 *
 * @param layout the page
 * @param frame the marginalia
 * @param map the map
 * @param incidents the map's incidents placed on its view ({@link SlidePainter#placeIncidents})
 * @param marking the banners' marking
 * @param shown how many features the slide draws
 * @param withheldReasons per reason, how many features the slide would draw for local use but not for this audience
 */
public record ComposedSlide(
        SlideLayout layout,
        SlideFrame frame,
        SlidePainter.SlideMap map,
        IncidentLayout.Placed incidents,
        Marking marking,
        int shown,
        Map<String, Integer> withheldReasons) {
    /** Copies the reasons. */
    public ComposedSlide {
        withheldReasons = Map.copyOf(withheldReasons);
    }

    /** How many features were withheld from the audience. */
    public int withheld() {
        return withheldReasons.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Paints it on {@code g}, whose units are the layout's ({@link SlidePainter#paint}). Several threads may paint one
     * composed slide at once (each on its own graphics), after {@link #readyForParts()} where it keeps a screen's
     * {@linkplain SlidePainter.SlideMap#backdrop() backdrop}.
     */
    public void paint(java.awt.Graphics2D g, boolean sprites) {
        SlidePainter.paint(g, layout, frame, map, incidents, sprites);
    }

    /**
     * Brings a screen's backdrop up to date ({@link SlidePainter#updateBackdrop}), so that the halves of one frame may
     * then be painted at once. The thread that composed it.
     */
    public ComposedSlide readyForParts() {
        SlidePainter.updateBackdrop(map);
        return this;
    }
}
