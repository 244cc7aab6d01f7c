package org.paxmap.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.paxmap.model.Layer;
import org.paxmap.store.MapFeature;

/**
 * Draws a briefing slide onto any Java2D surface — the presenter's screen, a PNG, a PDF page — so that all of them
 * show the same thing: classification banners top and bottom, a header with the title, the time window and the "as
 * of" and "produced" date-time groups, the map (sea, base-map tiles, zones, routes, incidents clustered as in the
 * window, the MGRS grid if asked for) with a north arrow, a scale bar and the legend, and a footer with author and
 * unit, the base map's attribution and the page number. The layout is {@link SlideLayout}'s; every string comes from
 * the {@link SlideFrame}, so this class decides nothing about what may be shown. Text is drawn as text and features
 * as shapes, so a PDF keeps both as vectors.
 *
 * <p>Stateless; any thread, one {@code Graphics2D} per thread. A surface scaled from its units (paper, a PNG at a DPI)
 * must be drawn without sprites.
 */
public final class SlidePainter {
    /**
     * Zoom under which a slide groups incidents into discs with counts: street level. Higher than the window's ({@link
     * FeaturePainter#CLUSTER_BELOW_ZOOM}), where a zoom in is a scroll away; on a slide, markers that would overlap are
     * counted instead of piled up, which also keeps a page of thousands of incidents small.
     */
    public static final double CLUSTER_BELOW_ZOOM = 15;

    private static final Ink PAGE = Ink.WHITE;
    private static final Ink TITLE = Ink.web("#102027");
    private static final Ink MUTED = Ink.web("#455a64");
    private static final Ink FRAME = Ink.web("#37474f");

    /**
     * The map of a slide: its view, in the pixels of the layout's {@linkplain SlideLayout#map() map frame}; the base
     * map's tiles ({@code null}: sea only) and their zoom range; the features to draw per layer (a missing layer is
     * not drawn). Lists are not changed while drawn.
     *
     * <p>For a playback, the incident list may be the slide's whole list with {@code incidentMask} saying which are
     * shown (a bit per list index), placed by a {@code layout} kept from frame to frame (it projects the list once),
     * and the tiles may come from a {@code backdrop} kept for the view; all three {@code null} otherwise.
     */
    public record SlideMap(
            MapViewState view,
            TileImages tiles,
            int minZoom,
            int maxZoom,
            Map<Layer, List<MapFeature>> features,
            BitSet incidentMask,
            IncidentLayout layout,
            MapBackdrop backdrop) {
        /** A map whose lists are exactly what is drawn, tiles drawn afresh. */
        public SlideMap(
                MapViewState view, TileImages tiles, int minZoom, int maxZoom, Map<Layer, List<MapFeature>> features) {
            this(view, tiles, minZoom, maxZoom, features, null, null, null);
        }
    }

    private SlidePainter() {}

    /**
     * Paints the whole slide on {@code g}, whose units are the layout's. With {@code sprites} (a surface of one pixel
     * per unit) repeated symbols are copied from sprites; without, every symbol is drawn as shapes.
     */
    public static void paint(Graphics2D g, SlideLayout layout, SlideFrame frame, SlideMap map, boolean sprites) {
        paint(g, layout, frame, map, placeIncidents(map), sprites);
    }

    /**
     * Where the incidents of {@code map} go on its view: clusters below {@link #CLUSTER_BELOW_ZOOM}, else markers,
     * through the map's {@link SlideMap#layout() layout} if it has one. Done once per map, before it is painted, so
     * that parts of one image can then be painted at once on several threads. The thread that owns the layout only.
     */
    public static IncidentLayout.Placed placeIncidents(SlideMap map) {
        List<MapFeature> incidents = map.features().get(Layer.INCIDENTS);
        if (incidents == null) {
            return IncidentLayout.Placed.NONE;
        }
        IncidentLayout layout = map.layout() != null ? map.layout() : new IncidentLayout();
        return layout.place(map.view(), incidents, map.incidentMask(), CLUSTER_BELOW_ZOOM);
    }

    /**
     * Brings the map's {@linkplain SlideMap#backdrop() backdrop}, if it has one, up to date with its view and zones,
     * so that painting the map afterwards only copies it. The thread that owns the backdrop only.
     */
    public static void updateBackdrop(SlideMap map) {
        if (map.backdrop() != null) {
            map.backdrop()
                    .update(
                            map.view(),
                            map.tiles(),
                            map.minZoom(),
                            map.maxZoom(),
                            map.features().get(Layer.ZONES));
        }
    }

    /**
     * As {@link #paint(Graphics2D, SlideLayout, SlideFrame, SlideMap, boolean)}, with the incidents already {@linkplain
     * #placeIncidents placed}. Any number of threads may paint one map at once, each on its own {@code Graphics2D}
     * (e.g. the halves of one image, {@link RasterParts}): its tiles may be read from several threads, and a {@link
     * SlideMap#backdrop() backdrop} must have been {@linkplain #updateBackdrop brought up to date} first.
     */
    public static void paint(
            Graphics2D g,
            SlideLayout layout,
            SlideFrame frame,
            SlideMap map,
            IncidentLayout.Placed incidents,
            boolean sprites) {
        double u = layout.unit();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(PAGE.awt());
        g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
        Rectangle2D frameArea = layout.map();
        drawMap(g, frameArea, frame, map, incidents, u, sprites);
        g.setColor(FRAME.awt());
        g.setStroke(new BasicStroke((float) u));
        g.draw(frameArea);
        MapDecorations.northArrow(g, frameArea, u);
        MapDecorations.scaleBar(g, frameArea, map.view(), u);
        LegendBox.draw(g, frameArea, frame.legend(), u, sprites);
        banner(g, layout.topBanner(), frame.banner(), u);
        banner(g, layout.bottomBanner(), frame.banner(), u);
        header(g, layout.header(), frame, u);
        footer(g, layout.footer(), frame, u);
    }

    private static void drawMap(
            Graphics2D g,
            Rectangle2D area,
            SlideFrame frame,
            SlideMap map,
            IncidentLayout.Placed incidents,
            double u,
            boolean sprites) {
        Shape savedClip = g.getClip();
        AffineTransform saved = g.getTransform();
        g.clip(area);
        g.translate(area.getX(), area.getY());
        MapViewState view = map.view();
        AwtPen pen = new AwtPen(g, sprites);
        List<MapFeature> zones = map.features().get(Layer.ZONES);
        if (map.backdrop() != null) {
            map.backdrop().draw(g, view, map.tiles(), map.minZoom(), map.maxZoom(), zones);
        } else {
            MapBackdrop.paintTiles(g, view, map.tiles(), map.minZoom(), map.maxZoom());
            if (zones != null) {
                FeaturePainter.drawZones(pen, view, zones);
            }
        }
        List<MapFeature> routes = map.features().get(Layer.ROUTES);
        if (routes != null) {
            FeaturePainter.drawRoutes(pen, view, routes);
        }
        incidents.draw(pen);
        if (frame.grid()) {
            MgrsGrid.draw(g, view, u);
        }
        g.setTransform(saved);
        g.setClip(savedClip);
    }

    private static void banner(Graphics2D g, Rectangle2D strip, Banner banner, double u) {
        g.setColor(banner.fill().awt());
        g.fill(strip);
        PageText.draw(
                g,
                banner.text(),
                Typeface.bold(13 * u),
                banner.ink(),
                strip.getCenterX(),
                strip.getCenterY() + 4.5 * u,
                Pen.Align.CENTER,
                strip.getWidth() - 20 * u);
    }

    private static void header(Graphics2D g, Rectangle2D area, SlideFrame frame, double u) {
        double left = area.getMinX() + 12 * u;
        double right = area.getMaxX() - 12 * u;
        double rightWidth = Math.max(
                PageText.width(g, frame.asOf(), Typeface.bold(12 * u)),
                PageText.width(g, frame.produced(), Typeface.regular(10 * u)));
        double titleWidth = right - left - rightWidth - 20 * u;
        PageText.draw(
                g,
                frame.title(),
                Typeface.bold(20 * u),
                TITLE,
                left,
                area.getMinY() + 24 * u,
                Pen.Align.LEFT,
                titleWidth);
        PageText.draw(
                g,
                frame.window(),
                Typeface.regular(11 * u),
                MUTED,
                left,
                area.getMinY() + 41 * u,
                Pen.Align.LEFT,
                titleWidth);
        PageText.draw(
                g,
                frame.asOf(),
                Typeface.bold(12 * u),
                TITLE,
                right,
                area.getMinY() + 22 * u,
                Pen.Align.RIGHT,
                rightWidth);
        PageText.draw(
                g,
                frame.produced(),
                Typeface.regular(10 * u),
                MUTED,
                right,
                area.getMinY() + 38 * u,
                Pen.Align.RIGHT,
                rightWidth);
    }

    private static void footer(Graphics2D g, Rectangle2D area, SlideFrame frame, double u) {
        double left = area.getMinX() + 12 * u;
        double right = area.getMaxX() - 12 * u;
        double base = area.getCenterY() + 4 * u;
        double third = (right - left) / 3;
        PageText.draw(g, frame.byline(), Typeface.regular(10 * u), MUTED, left, base, Pen.Align.LEFT, third);
        PageText.draw(
                g,
                frame.attribution(),
                Typeface.regular(8 * u),
                MUTED,
                area.getCenterX(),
                base,
                Pen.Align.CENTER,
                third);
        PageText.draw(g, frame.page(), Typeface.bold(11 * u), TITLE, right, base, Pen.Align.RIGHT, third);
    }
}
