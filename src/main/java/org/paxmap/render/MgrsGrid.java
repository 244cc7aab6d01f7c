package org.paxmap.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;
import mil.nga.grid.features.Bounds;
import mil.nga.grid.features.Point;
import mil.nga.mgrs.features.GridLine;
import mil.nga.mgrs.grid.Grid;
import mil.nga.mgrs.grid.GridLabel;
import mil.nga.mgrs.grid.GridType;
import mil.nga.mgrs.grid.Grids;
import mil.nga.mgrs.gzd.GridZone;
import mil.nga.mgrs.gzd.GridZones;
import mil.nga.mgrs.utm.UTM;
import org.locationtech.jts.geom.Envelope;

/**
 * The MGRS grid over a map view, computed by NGA's {@code mgrs} library: the grid zone boundaries, and the finest of
 * the 100 km, 10 km and 1 km grids whose squares are at least {@value #MIN_CELL} pixels wide. As on a printed map, the
 * 1 km and 10 km lines are numbered in the margins — the easting's kilometre digits along the top edge, the
 * northing's along the left — and 100 km squares carry their letters. Stateless; any thread.
 */
final class MgrsGrid {
    /** The narrowest grid square drawn, in view pixels. */
    static final double MIN_CELL = 70;

    private static final Grids GRIDS = Grids.create();
    private static final Ink LINE = Ink.web("#263238", 0.55);
    private static final Ink ZONE_LINE = Ink.web("#263238", 0.8);
    private static final Ink LABEL = Ink.web("#102027");
    private static final Ink HALO = Ink.web("#ffffff", 0.75);

    private MgrsGrid() {}

    /** The grid drawn for {@code view}: the finest whose squares are wide enough, or {@code null} (only zones). */
    static GridType precision(MapViewState view) {
        for (GridType type : List.of(GridType.KILOMETER, GridType.TEN_KILOMETER, GridType.HUNDRED_KILOMETER)) {
            if (type.getPrecision() / view.metresPerPixel() >= MIN_CELL) {
                return type;
            }
        }
        return null;
    }

    /** Draws the grid over {@code view}, whose pixels are this surface's units; labels scaled by {@code unit}. */
    static void draw(Graphics2D g, MapViewState view, double unit) {
        Envelope e = view.viewportEnvelope();
        Bounds bounds = Bounds.degrees(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        GridType fine = precision(view);
        for (GridZone zone : GridZones.getGridRange(bounds)) {
            lines(g, view, GRIDS.getGrid(GridType.GZD), bounds, zone, ZONE_LINE, 1.6 * unit);
            if (fine != null) {
                Grid grid = GRIDS.getGrid(fine);
                List<GridLine> lines = lines(g, view, grid, bounds, zone, LINE, 0.8 * unit);
                if (fine == GridType.HUNDRED_KILOMETER) {
                    squareLabels(g, view, grid, bounds, zone, unit);
                } else {
                    marginLabels(g, view, lines, zone, unit);
                }
            }
        }
    }

    private static List<GridLine> lines(
            Graphics2D g, MapViewState view, Grid grid, Bounds bounds, GridZone zone, Ink ink, double width) {
        List<GridLine> lines = grid.getLines(bounds, zone);
        if (lines == null) {
            return List.of();
        }
        g.setColor(ink.awt());
        g.setStroke(new BasicStroke((float) width));
        for (GridLine line : lines) {
            Point a = line.getPoint1().toDegrees();
            Point b = line.getPoint2().toDegrees();
            g.draw(new Line2D.Double(
                    view.screenX(a.getLongitude()),
                    view.screenY(a.getLatitude()),
                    view.screenX(b.getLongitude()),
                    view.screenY(b.getLatitude())));
        }
        return lines;
    }

    // A north-south line is numbered where it crosses the top edge, an east-west one where it crosses the left edge,
    // with the kilometre digits of its easting or northing within the 100 km square (two digits, as on a map sheet).
    private static void marginLabels(
            Graphics2D g, MapViewState view, List<GridLine> lines, GridZone zone, double unit) {
        Typeface face = Typeface.bold(10 * unit);
        double inset = 9 * unit;
        for (GridLine line : lines) {
            Point a = line.getPoint1().toDegrees();
            Point b = line.getPoint2().toDegrees();
            double ax = view.screenX(a.getLongitude());
            double ay = view.screenY(a.getLatitude());
            double bx = view.screenX(b.getLongitude());
            double by = view.screenY(b.getLatitude());
            boolean northSouth = Math.abs(bx - ax) < Math.abs(by - ay);
            UTM utm = UTM.from(a, zone.getNumber(), zone.getHemisphere());
            double metres = northSouth ? utm.getEasting() : utm.getNorthing();
            String digits = String.format(java.util.Locale.ROOT, "%02d", Math.round(metres / 1000) % 100);
            if (northSouth) {
                double y = inset;
                if ((ay - y) * (by - y) > 0) {
                    continue; // the line does not reach the top edge
                }
                double x = ax + (bx - ax) * (y - ay) / (by - ay);
                edgeLabel(g, digits, face, x, y + 4 * unit, view, unit);
            } else {
                double x = 14 * unit;
                if ((ax - x) * (bx - x) > 0) {
                    continue;
                }
                double y = ay + (by - ay) * (x - ax) / (bx - ax);
                edgeLabel(g, digits, face, x, y + 4 * unit, view, unit);
            }
        }
    }

    private static void edgeLabel(
            Graphics2D g, String text, Typeface face, double x, double baseline, MapViewState view, double unit) {
        if (x < 0 || x > view.width() || baseline < 0 || baseline > view.height()) {
            return;
        }
        double w = PageText.width(g, text, face);
        g.setColor(HALO.awt());
        g.fill(new java.awt.geom.Rectangle2D.Double(
                x - w / 2 - 2 * unit, baseline - 9 * unit, w + 4 * unit, 12 * unit));
        PageText.draw(g, text, face, LABEL, x, baseline, Pen.Align.CENTER, view.width());
    }

    private static void squareLabels(
            Graphics2D g, MapViewState view, Grid grid, Bounds bounds, GridZone zone, double unit) {
        List<GridLabel> labels = grid.getLabels(zoomOf(view), bounds, zone);
        if (labels == null) {
            return;
        }
        Typeface face = Typeface.bold(10 * unit);
        for (GridLabel label : labels) {
            Point c = label.getCenter().toDegrees();
            double x = view.screenX(c.getLongitude());
            double y = view.screenY(c.getLatitude());
            if (x < 0 || y < 0 || x > view.width() || y > view.height()) {
                continue;
            }
            double w = PageText.width(g, label.getName(), face);
            g.setColor(HALO.awt());
            g.fill(new java.awt.geom.Rectangle2D.Double(x - w / 2 - 2 * unit, y - 8 * unit, w + 4 * unit, 11 * unit));
            PageText.draw(g, label.getName(), face, LABEL, x, y, Pen.Align.CENTER, view.width());
        }
    }

    // The labels are chosen by zoom in the library; its zoom is the whole-number Web Mercator zoom of the view.
    private static int zoomOf(MapViewState view) {
        return (int) Math.floor(view.zoom());
    }
}
