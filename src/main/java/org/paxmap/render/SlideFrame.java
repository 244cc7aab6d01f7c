package org.paxmap.render;

import java.util.List;

/**
 * The marginalia of a briefing slide, worked out by whoever knows the picture and the audience, drawn by {@link
 * SlidePainter}: the classification banner, the title, the picture's "as of" and the "produced" date-time groups, the
 * time window, author and unit, the slide's place in the briefing, the base map's attribution, the legend (only the
 * symbols on the slide, with their counts) and whether to draw the MGRS grid. Empty strings are left out. Immutable.
 *
 * @param banner the classification strip, top and bottom
 * @param title the slide's title
 * @param asOf e.g. {@code AS OF 241530ZNOV26}
 * @param produced e.g. {@code PRODUCED 071200ZDEC26}
 * @param window the time window shown, e.g. {@code 01 SEP 26 – 15 SEP 26}
 * @param byline author and unit
 * @param page e.g. {@code 3 / 7}
 * @param attribution the base map's attribution
 * @param legend the legend lines
 * @param grid whether to draw the MGRS grid with its labels
 */
public record SlideFrame(
        Banner banner,
        String title,
        String asOf,
        String produced,
        String window,
        String byline,
        String page,
        String attribution,
        List<LegendEntry> legend,
        boolean grid) {
    /** Never {@code null} strings; the legend copied. */
    public SlideFrame {
        title = title == null ? "" : title;
        asOf = asOf == null ? "" : asOf;
        produced = produced == null ? "" : produced;
        window = window == null ? "" : window;
        byline = byline == null ? "" : byline;
        page = page == null ? "" : page;
        attribution = attribution == null ? "" : attribution;
        legend = legend == null ? List.of() : List.copyOf(legend);
    }
}
