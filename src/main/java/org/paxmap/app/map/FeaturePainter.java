package org.paxmap.app.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.store.MapFeature;

/**
 * Draws the picture's features on the map canvas, batched: one path per colour for zones, routes and incident dots.
 * Zones are filled by threat level with an outline; routes are lines with direction arrows; incidents are dots
 * coloured by severity with a white outline, and below {@link #CLUSTER_BELOW_ZOOM} they are grouped into
 * {@value #CLUSTER_CELL}-pixel cells drawn as discs with their count. FX-thread only.
 */
final class FeaturePainter {
    /** Zoom under which incidents are clustered. */
    static final double CLUSTER_BELOW_ZOOM = 11;

    /** Cluster cell edge in pixels. */
    static final double CLUSTER_CELL = 48;

    /** Colours by level 0–3: low green-grey, moderate amber, high orange-red, critical deep red. */
    static final Color[] LEVEL_COLOURS = {
        Color.web("#7d9a83"), Color.web("#f2a900"), Color.web("#ee5a24"), Color.web("#a4161a")
    };

    private static final double DOT_RADIUS = 5;
    private static final Color ROUTE_COLOUR = Color.web("#1e4fa3");
    private static final Font CLUSTER_FONT = Font.font("System", FontWeight.BOLD, 11);

    private FeaturePainter() {}

    static void drawZones(GraphicsContext g, MapViewState view, List<MapFeature> zones) {
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineWidth(1.5);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (int level = 0; level < LEVEL_COLOURS.length; level++) {
            g.beginPath();
            boolean any = false;
            for (MapFeature zone : zones) {
                if (clampLevel(zone.level()) == level) {
                    any |= addPolygons(g, view, zone.geometry());
                }
            }
            if (any) {
                Color c = LEVEL_COLOURS[level];
                g.setFill(c.deriveColor(0, 1, 1, 0.22));
                g.fill();
                g.setStroke(c.deriveColor(0, 1, 0.85, 0.9));
                g.stroke();
            }
        }
    }

    static void drawRoutes(GraphicsContext g, MapViewState view, List<MapFeature> routes) {
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        List<double[]> arrows = new ArrayList<>();
        g.beginPath();
        for (MapFeature route : routes) {
            for (int i = 0; i < route.geometry().getNumGeometries(); i++) {
                Geometry part = route.geometry().getGeometryN(i);
                if (part instanceof LineString line) {
                    addLine(g, view, line.getCoordinates(), false, arrows);
                }
            }
        }
        g.setStroke(Color.WHITE.deriveColor(0, 1, 1, 0.8));
        g.setLineWidth(5);
        g.stroke();
        g.setStroke(ROUTE_COLOUR);
        g.setLineWidth(2.5);
        g.stroke();
        g.beginPath();
        for (double[] a : arrows) {
            arrow(g, a[0], a[1], a[2], a[3]);
        }
        g.setFill(ROUTE_COLOUR);
        g.fill();
    }

    static void drawIncidents(GraphicsContext g, MapViewState view, List<MapFeature> incidents) {
        double w = view.width();
        double h = view.height();
        if (view.zoom() < CLUSTER_BELOW_ZOOM) {
            IncidentClusters clusters = new IncidentClusters(CLUSTER_CELL);
            for (MapFeature f : incidents) {
                if (f.geometry() instanceof Point p) {
                    double x = view.screenX(p.getX());
                    double y = view.screenY(p.getY());
                    if (x >= -CLUSTER_CELL && y >= -CLUSTER_CELL && x <= w + CLUSTER_CELL && y <= h + CLUSTER_CELL) {
                        clusters.add(x, y, clampLevel(f.level()));
                    }
                }
            }
            List<double[]> singles = new ArrayList<>();
            List<IncidentClusters.Cluster> groups = new ArrayList<>();
            for (IncidentClusters.Cluster c : clusters.clusters()) {
                if (c.count() == 1) {
                    singles.add(new double[] {c.x(), c.y(), c.maxLevel()});
                } else {
                    groups.add(c);
                }
            }
            drawDots(g, singles);
            drawClusters(g, groups);
        } else {
            List<double[]> dots = new ArrayList<>();
            for (MapFeature f : incidents) {
                if (f.geometry() instanceof Point p) {
                    double x = view.screenX(p.getX());
                    double y = view.screenY(p.getY());
                    if (x >= -DOT_RADIUS && y >= -DOT_RADIUS && x <= w + DOT_RADIUS && y <= h + DOT_RADIUS) {
                        dots.add(new double[] {x, y, clampLevel(f.level())});
                    }
                }
            }
            drawDots(g, dots);
        }
    }

    private static void drawDots(GraphicsContext g, List<double[]> dots) {
        g.setLineWidth(1.5);
        g.setStroke(Color.WHITE);
        for (int level = 0; level < LEVEL_COLOURS.length; level++) {
            g.beginPath();
            boolean any = false;
            for (double[] d : dots) {
                if ((int) d[2] == level) {
                    g.moveTo(d[0] + DOT_RADIUS, d[1]);
                    g.arc(d[0], d[1], DOT_RADIUS, DOT_RADIUS, 0, 360);
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
    }

    private static void drawClusters(GraphicsContext g, List<IncidentClusters.Cluster> groups) {
        g.setFont(CLUSTER_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(2);
        for (IncidentClusters.Cluster c : groups) {
            double r = 9 + 3 * Math.log10(c.count()) * 2;
            g.setFill(LEVEL_COLOURS[c.maxLevel()].deriveColor(0, 1, 1, 0.9));
            g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            g.setFill(c.maxLevel() == 0 || c.maxLevel() == 1 ? Color.web("#1b1b1b") : Color.WHITE);
            g.fillText(Integer.toString(c.count()), c.x(), c.y());
        }
    }

    private static boolean addPolygons(GraphicsContext g, MapViewState view, Geometry geometry) {
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
    private static void addLine(
            GraphicsContext g, MapViewState view, Coordinate[] coords, boolean close, List<double[]> arrows) {
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

    private static void arrow(GraphicsContext g, double x, double y, double dx, double dy) {
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double size = 6;
        g.moveTo(x + ux * size, y + uy * size);
        g.lineTo(x - ux * size - uy * size * 0.8, y - uy * size + ux * size * 0.8);
        g.lineTo(x - ux * size + uy * size * 0.8, y - uy * size - ux * size * 0.8);
        g.closePath();
    }

    private static int clampLevel(int level) {
        return Math.max(0, Math.min(LEVEL_COLOURS.length - 1, level));
    }
}
