package org.paxmap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.model.EventType;
import org.paxmap.model.IncidentType;
import org.paxmap.store.MapFeature;

/**
 * Draws the picture's features on the map canvas, batched: one path per colour for zones, routes, incident markers and
 * glyphs, never a node per feature. Zones are filled by threat level with an outline, and named at their interior point
 * when large enough on screen; routes are lines with direction arrows, and numbered waypoints from
 * {@link #WAYPOINT_ZOOM}; incidents are discs coloured by severity carrying a white glyph for their {@link EventType}
 * (peace-operations incidents with a UN-blue ring), and below {@link #CLUSTER_BELOW_ZOOM} they are grouped into
 * {@value #CLUSTER_CELL}-pixel cells drawn as discs with their count. The legend draws its samples with the same
 * methods, so it cannot drift from the map. Everything draws through a {@link Pen}: on the FX thread onto a canvas
 * (the window's canvas pen), or on any one thread into an image ({@link AwtPen}); the class itself holds only immutable
 * constants, so it is thread-safe.
 */
public final class FeaturePainter {
    /** Zoom under which incidents are clustered (the zooms the store keeps incident cells for). */
    public static final double CLUSTER_BELOW_ZOOM = org.paxmap.store.IncidentCell.ZOOM_LIMIT;

    /** Cluster cell edge in pixels (the store's incident cell). */
    public static final double CLUSTER_CELL = org.paxmap.store.IncidentCell.CELL_PIXELS;

    /** Colours by level 0–3: low green-grey, moderate amber, high orange-red, critical deep red. */
    private static final Ink[] LEVEL_COLOURS = SeverityColours.BY_LEVEL;

    /** Zoom from which route waypoints are numbered. */
    public static final double WAYPOINT_ZOOM = 13;

    /** The ring around peace-operations incidents: UN blue. */
    public static final Ink UN_BLUE = Ink.web("#4b92db");

    public static final double MARKER_RADIUS = 8;
    public static final Ink ROUTE_COLOUR = Ink.web("#1e4fa3");
    private static final Ink DARK_INK = Ink.web("#1b1b1b");
    private static final double MIN_LABEL_EXTENT = 60;
    private static final Typeface CLUSTER_FONT = Typeface.bold(11);
    private static final Typeface WAYPOINT_FONT = Typeface.bold(9);
    private static final Typeface ZONE_FONT = Typeface.bold(12);
    /** Event type of every incident type code the catalogue knows; built once, read-only, thread-safe. */
    private static final Map<String, EventType> TYPES = java.util.Arrays.stream(IncidentType.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(IncidentType::code, IncidentType::eventType));

    private FeaturePainter() {}

    public static void drawZones(Pen g, MapViewState view, List<MapFeature> zones) {
        g.setFillRule(Pen.Winding.EVEN_ODD);
        g.setLineWidth(1.5);
        g.setLineJoin(Pen.Join.ROUND);
        for (int level = 0; level < LEVEL_COLOURS.length; level++) {
            g.beginPath();
            boolean any = false;
            for (MapFeature zone : zones) {
                if (clampLevel(zone.level()) == level && inView(view, zone.geometry(), 2)) {
                    any |= addPolygons(g, view, zone.geometry());
                }
            }
            if (any) {
                Ink c = LEVEL_COLOURS[level];
                g.setFill(c.derive(1, 0.22));
                g.fill();
                g.setStroke(c.derive(0.85, 0.9));
                g.stroke();
            }
        }
        drawZoneNames(g, view, zones);
    }

    // A zone is named when its screen box is wide and tall enough for the name; the interior point is computed only
    // for those, which are few at any zoom.
    private static void drawZoneNames(Pen g, MapViewState view, List<MapFeature> zones) {
        g.setFont(ZONE_FONT);
        g.setTextAlign(Pen.Align.CENTER);
        g.setTextBaseline(Pen.Baseline.CENTER);
        g.setLineJoin(Pen.Join.ROUND);
        g.setLineWidth(3);
        for (MapFeature zone : zones) {
            if (zone.name().isEmpty()) {
                continue;
            }
            Envelope e = zone.geometry().getEnvelopeInternal();
            double wide = view.screenX(e.getMaxX()) - view.screenX(e.getMinX());
            double tall = view.screenY(e.getMinY()) - view.screenY(e.getMaxY());
            if (wide < Math.max(MIN_LABEL_EXTENT, zone.name().length() * 7.5) || tall < 30) {
                continue;
            }
            Point inside = zone.geometry().getInteriorPoint();
            if (inside == null || inside.isEmpty()) {
                continue;
            }
            double x = view.screenX(inside.getX());
            double y = view.screenY(inside.getY());
            if (x < 0 || y < 0 || x > view.width() || y > view.height()) {
                continue;
            }
            haloText(g, zone.name(), x, y, LEVEL_COLOURS[clampLevel(zone.level())].derive(0.6, 1));
        }
    }

    private static void haloText(Pen g, String text, double x, double y, Ink ink) {
        g.setStroke(Ink.WHITE.derive(1, 0.85));
        g.strokeText(text, x, y);
        g.setFill(ink);
        g.fillText(text, x, y);
    }

    public static void drawRoutes(Pen g, MapViewState view, List<MapFeature> routes) {
        g.setLineCap(Pen.Cap.ROUND);
        g.setLineJoin(Pen.Join.ROUND);
        List<double[]> arrows = new ArrayList<>();
        g.beginPath();
        for (MapFeature route : routes) {
            if (!inView(view, route.geometry(), 8)) {
                continue;
            }
            for (int i = 0; i < route.geometry().getNumGeometries(); i++) {
                Geometry part = route.geometry().getGeometryN(i);
                if (part instanceof LineString line) {
                    addLine(g, view, line.getCoordinates(), false, arrows);
                }
            }
        }
        strokeRoutePath(g);
        g.beginPath();
        for (double[] a : arrows) {
            arrow(g, a[0], a[1], a[2], a[3]);
        }
        g.setFill(ROUTE_COLOUR);
        g.fill();
        if (view.zoom() >= WAYPOINT_ZOOM) {
            drawWaypoints(g, view, routes);
        }
    }

    // Numbered from 1 along each route; a waypoint closer than three radii to the last numbered one is skipped (it
    // keeps its number), so dense lines do not pile up labels.
    private static void drawWaypoints(Pen g, MapViewState view, List<MapFeature> routes) {
        double r = 6.5;
        List<double[]> marks = new ArrayList<>();
        for (MapFeature route : routes) {
            int n = 0;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (Coordinate c : route.geometry().getCoordinates()) {
                n++;
                double x = view.screenX(c.x);
                double y = view.screenY(c.y);
                if (Math.hypot(x - lastX, y - lastY) < 3 * r) {
                    continue;
                }
                lastX = x;
                lastY = y;
                if (x >= -r && y >= -r && x <= view.width() + r && y <= view.height() + r) {
                    marks.add(new double[] {x, y, n});
                }
            }
        }
        g.beginPath();
        for (double[] m : marks) {
            g.moveTo(m[0] + r, m[1]);
            g.arc(m[0], m[1], r, r, 0, 360);
            g.closePath();
        }
        g.setFill(Ink.WHITE);
        g.fill();
        g.setStroke(ROUTE_COLOUR);
        g.setLineWidth(1.5);
        g.stroke();
        g.setFont(WAYPOINT_FONT);
        g.setTextAlign(Pen.Align.CENTER);
        g.setTextBaseline(Pen.Baseline.CENTER);
        g.setFill(ROUTE_COLOUR);
        for (double[] m : marks) {
            g.fillText(Integer.toString((int) m[2]), m[0], m[1] + 0.5);
        }
    }

    /** Strokes the current path as a route: a white halo under the route colour, so it reads on any base map. */
    private static void strokeRoutePath(Pen g) {
        g.setStroke(Ink.WHITE.derive(1, 0.8));
        g.setLineWidth(5);
        g.stroke();
        g.setStroke(ROUTE_COLOUR);
        g.setLineWidth(2.5);
        g.stroke();
    }

    /** Draws the route symbol (a line with an arrow) from {@code x0, y} to {@code x1, y}, for the legend. */
    public static void drawRouteSample(Pen g, double x0, double x1, double y) {
        g.setLineCap(Pen.Cap.ROUND);
        g.beginPath();
        g.moveTo(x0, y);
        g.lineTo(x1, y);
        strokeRoutePath(g);
        g.beginPath();
        arrow(g, (x0 + x1) / 2, y, 1, 0);
        g.setFill(ROUTE_COLOUR);
        g.fill();
    }

    /** Draws a threat-level sample square (fill and outline as on the map) at {@code x, y} of edge {@code size}. */
    public static void drawZoneSample(Pen g, double x, double y, double size, int level) {
        Ink c = LEVEL_COLOURS[clampLevel(level)];
        g.setFill(c.derive(1, 0.22));
        g.fillRect(x, y, size, size);
        g.setStroke(c.derive(0.85, 0.9));
        g.setLineWidth(1.5);
        g.strokeRect(x, y, size, size);
    }

    /** Draws one incident marker of {@code type} (may be {@code null}: a plain disc) and severity {@code level}. */
    public static void drawMarker(Pen g, double x, double y, EventType type, int level) {
        drawMarkers(g, List.of(new Marker(x, y, clampLevel(level), type)));
    }

    /** An incident marker to draw: screen position, severity level (clamped) and event type (or {@code null}). */
    public record Marker(double x, double y, int level, EventType type) {}

    /** The event type of an incident type code, or {@code null} for a code the catalogue does not know. */
    public static EventType eventType(String kind) {
        if (kind == null) {
            return null;
        }
        return TYPES.get(kind);
    }

    // Batches: the UN-blue rings, one disc path per severity, then one glyph path per event type and ink (white on
    // the darker severities, near-black on amber), strokes then fills.
    public static void drawMarkers(Pen g, List<Marker> markers) {
        if (g.stamps()) {
            for (Marker m : markers) {
                g.stamp(
                        new MarkerSprite(m.type(), m.level()),
                        MARKER_RADIUS + 4,
                        m.x(),
                        m.y(),
                        p -> drawMarkerPaths(p, List.of(new Marker(0, 0, m.level(), m.type()))));
            }
            return;
        }
        drawMarkerPaths(g, markers);
    }

    /** The sprite of a marker: its event type (or {@code null}) and level. */
    private record MarkerSprite(EventType type, int level) {}

    /** The sprite of a cluster disc: its level and radius in quarter pixels. */
    private record DiscSprite(int level, int quarterRadius) {}

    private static void drawMarkerPaths(Pen g, List<Marker> markers) {
        double r = MARKER_RADIUS;
        g.beginPath();
        boolean ringed = false;
        for (Marker m : markers) {
            if (m.type() == EventType.PEACE_OPERATIONS) {
                g.moveTo(m.x() + r + 2, m.y());
                g.arc(m.x(), m.y(), r + 2, r + 2, 0, 360);
                g.closePath();
                ringed = true;
            }
        }
        if (ringed) {
            g.setStroke(UN_BLUE);
            g.setLineWidth(3);
            g.stroke();
        }
        g.setLineWidth(1.5);
        g.setStroke(Ink.WHITE);
        for (int level = 0; level < LEVEL_COLOURS.length; level++) {
            g.beginPath();
            boolean any = false;
            for (Marker m : markers) {
                if (m.level() == level) {
                    g.moveTo(m.x() + r, m.y());
                    g.arc(m.x(), m.y(), r, r, 0, 360);
                    g.closePath();
                    any = true;
                }
            }
            if (any) {
                g.setFill(LEVEL_COLOURS[level]);
                g.fill();
                g.stroke();
            }
        }
        g.setLineCap(Pen.Cap.ROUND);
        g.setLineJoin(Pen.Join.ROUND);
        for (EventType type : EventType.values()) {
            for (int dark = 0; dark < 2; dark++) {
                for (int fill = 0; fill < 2; fill++) {
                    g.beginPath();
                    boolean any = false;
                    for (Marker m : markers) {
                        if (m.type() == type && (m.level() == 1) == (dark == 1)) {
                            any |= glyph(g, type, m.x(), m.y(), fill == 1);
                        }
                    }
                    if (any) {
                        Ink ink = dark == 1 ? DARK_INK : Ink.WHITE;
                        if (fill == 1) {
                            g.setFill(ink);
                            g.fill();
                        } else {
                            g.setStroke(ink);
                            g.setLineWidth(1.8);
                            g.stroke();
                        }
                    }
                }
            }
        }
    }

    // Adds the stroked or the filled part of a glyph centred on x, y (within about 5 px) to the current path; answers
    // whether it added anything.
    private static boolean glyph(Pen g, EventType type, double x, double y, boolean fillPart) {
        double s = 4.2;
        switch (type) {
            case BATTLES -> { // crossed swords: an X with hilts
                if (fillPart) {
                    return false;
                }
                g.moveTo(x - s, y - s);
                g.lineTo(x + s, y + s);
                g.moveTo(x + s, y - s);
                g.lineTo(x - s, y + s);
                g.moveTo(x - s, y + s * 0.2);
                g.lineTo(x - s * 0.2, y + s);
                g.moveTo(x + s, y + s * 0.2);
                g.lineTo(x + s * 0.2, y + s);
                return true;
            }
            case EXPLOSIONS_REMOTE_VIOLENCE -> { // a burst: eight-pointed star
                if (!fillPart) {
                    return false;
                }
                for (int i = 0; i < 16; i++) {
                    double a = Math.PI * i / 8;
                    double rr = i % 2 == 0 ? s * 1.25 : s * 0.5;
                    double px = x + rr * Math.sin(a);
                    double py = y - rr * Math.cos(a);
                    if (i == 0) {
                        g.moveTo(px, py);
                    } else {
                        g.lineTo(px, py);
                    }
                }
                g.closePath();
                return true;
            }
            case VIOLENCE_AGAINST_CIVILIANS -> { // a person: head, body, arms, legs
                if (fillPart) {
                    double hr = s * 0.42;
                    g.moveTo(x + hr, y - s * 0.6);
                    g.arc(x, y - s * 0.6, hr, hr, 0, 360);
                    g.closePath();
                } else {
                    g.moveTo(x, y - s * 0.1);
                    g.lineTo(x, y + s * 0.5);
                    g.moveTo(x - s * 0.7, y + s * 0.15);
                    g.lineTo(x + s * 0.7, y + s * 0.15);
                    g.moveTo(x - s * 0.55, y + s * 1.1);
                    g.lineTo(x, y + s * 0.5);
                    g.lineTo(x + s * 0.55, y + s * 1.1);
                }
                return true;
            }
            case PROTESTS -> { // a flag on a pole
                if (fillPart) {
                    g.moveTo(x - s * 0.55, y - s);
                    g.lineTo(x + s, y - s * 0.5);
                    g.lineTo(x - s * 0.55, y);
                    g.closePath();
                } else {
                    g.moveTo(x - s * 0.6, y - s);
                    g.lineTo(x - s * 0.6, y + s);
                }
                return true;
            }
            case RIOTS -> { // a flame
                if (!fillPart) {
                    return false;
                }
                g.moveTo(x, y - s * 1.15);
                g.quadraticCurveTo(x + s * 1.1, y - s * 0.1, x + s * 0.75, y + s * 0.55);
                g.quadraticCurveTo(x + s * 0.45, y + s * 1.1, x, y + s * 1.05);
                g.quadraticCurveTo(x - s * 0.45, y + s * 1.1, x - s * 0.75, y + s * 0.55);
                g.quadraticCurveTo(x - s * 0.9, y - s * 0.1, x - s * 0.2, y - s * 0.35);
                g.quadraticCurveTo(x + s * 0.1, y - s * 0.6, x, y - s * 1.15);
                g.closePath();
                return true;
            }
            case STRATEGIC_DEVELOPMENTS -> { // a diamond
                if (!fillPart) {
                    return false;
                }
                g.moveTo(x, y - s * 1.1);
                g.lineTo(x + s * 0.85, y);
                g.lineTo(x, y + s * 1.1);
                g.lineTo(x - s * 0.85, y);
                g.closePath();
                return true;
            }
            case PEACE_OPERATIONS -> { // a shield (the UN-blue ring is drawn with the discs)
                if (!fillPart) {
                    return false;
                }
                g.moveTo(x - s * 0.9, y - s * 0.95);
                g.lineTo(x + s * 0.9, y - s * 0.95);
                g.lineTo(x + s * 0.9, y + s * 0.05);
                g.quadraticCurveTo(x + s * 0.8, y + s * 0.8, x, y + s * 1.15);
                g.quadraticCurveTo(x - s * 0.8, y + s * 0.8, x - s * 0.9, y + s * 0.05);
                g.closePath();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    // Batched: one disc path per level, one white outline path, then the counts on top of every disc.
    public static void drawClusters(Pen g, List<IncidentClusters.Cluster> groups) {
        if (g.stamps()) {
            for (IncidentClusters.Cluster c : groups) {
                int level = c.maxLevel();
                double r = Math.round(radius(c) * 4) / 4.0;
                g.stamp(new DiscSprite(level, (int) Math.round(r * 4)), r + 2, c.x(), c.y(), p -> {
                    p.beginPath();
                    p.moveTo(r, 0);
                    p.arc(0, 0, r, r, 0, 360);
                    p.closePath();
                    p.setFill(LEVEL_COLOURS[level].derive(1, 0.9));
                    p.fill();
                    p.setLineWidth(2);
                    p.setStroke(Ink.WHITE);
                    p.stroke();
                });
            }
        } else {
            drawClusterDiscs(g, groups);
        }
        g.setFont(CLUSTER_FONT);
        g.setTextAlign(Pen.Align.CENTER);
        g.setTextBaseline(Pen.Baseline.CENTER);
        for (IncidentClusters.Cluster c : groups) {
            g.setFill(c.maxLevel() == 0 || c.maxLevel() == 1 ? DARK_INK : Ink.WHITE);
            g.fillText(Integer.toString(c.count()), c.x(), c.y());
        }
    }

    private static double radius(IncidentClusters.Cluster c) {
        return clusterRadius(c.count());
    }

    /** The radius in pixels of the disc drawn for a cluster of {@code count} incidents. */
    public static double clusterRadius(int count) {
        return 9 + 3 * Math.log10(count) * 2;
    }

    private static void drawClusterDiscs(Pen g, List<IncidentClusters.Cluster> groups) {
        g.setFillRule(Pen.Winding.NON_ZERO);
        for (int level = 0; level < LEVEL_COLOURS.length; level++) {
            g.beginPath();
            boolean any = false;
            for (IncidentClusters.Cluster c : groups) {
                if (c.maxLevel() == level) {
                    disc(g, c);
                    any = true;
                }
            }
            if (any) {
                g.setFill(LEVEL_COLOURS[level].derive(1, 0.9));
                g.fill();
            }
        }
        g.beginPath();
        for (IncidentClusters.Cluster c : groups) {
            disc(g, c);
        }
        g.setLineWidth(2);
        g.setStroke(Ink.WHITE);
        g.stroke();
    }

    private static void disc(Pen g, IncidentClusters.Cluster c) {
        double r = radius(c);
        g.moveTo(c.x() + r, c.y());
        g.arc(c.x(), c.y(), r, r, 0, 360);
        g.closePath();
    }

    private static boolean addPolygons(Pen g, MapViewState view, Geometry geometry) {
        boolean any = false;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                addLine(g, view, polygon.getExteriorRing().getCoordinates(), true, null);
                for (int r = 0; r < polygon.getNumInteriorRing(); r++) {
                    addLine(g, view, polygon.getInteriorRingN(r).getCoordinates(), true, null);
                }
                any = true;
            }
        }
        return any;
    }

    // Adds a line to the current path, skipping vertices closer than half a pixel to the last one drawn (screen-space
    // simplification); collects an arrow for each segment long enough to carry one.
    private static void addLine(Pen g, MapViewState view, Coordinate[] coords, boolean close, List<double[]> arrows) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < coords.length; i++) {
            double x = view.screenX(coords[i].x);
            double y = view.screenY(coords[i].y);
            if (i == 0) {
                g.moveTo(x, y);
            } else if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 0.5 || i == coords.length - 1) {
                g.lineTo(x, y);
                if (arrows != null && Math.hypot(x - lastX, y - lastY) > 40) {
                    arrows.add(new double[] {(x + lastX) / 2, (y + lastY) / 2, x - lastX, y - lastY});
                }
            } else {
                continue;
            }
            lastX = x;
            lastY = y;
        }
        if (close) {
            g.closePath();
        }
    }

    private static void arrow(Pen g, double x, double y, double dx, double dy) {
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double size = 6;
        g.moveTo(x + ux * size, y + uy * size);
        g.lineTo(x - ux * size - uy * size * 0.8, y - uy * size + ux * size * 0.8);
        g.lineTo(x - ux * size + uy * size * 0.8, y - uy * size - ux * size * 0.8);
        g.closePath();
    }

    /** Whether {@code geometry}'s box, grown by {@code pad} pixels, meets the view (features off it are skipped). */
    public static boolean inView(MapViewState view, Geometry geometry, double pad) {
        Envelope e = geometry.getEnvelopeInternal();
        if (e.isNull()) {
            return false;
        }
        return view.screenX(e.getMaxX()) >= -pad
                && view.screenX(e.getMinX()) <= view.width() + pad
                && view.screenY(e.getMinY()) >= -pad
                && view.screenY(e.getMaxY()) <= view.height() + pad;
    }

    public static int clampLevel(int level) {
        return Math.max(0, Math.min(LEVEL_COLOURS.length - 1, level));
    }
}
