package org.paxmap.app.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.WebMercator;
import org.paxmap.model.EventType;
import org.paxmap.store.MapFeature;

/**
 * Where the incidents go on screen, worked out as seldom as possible: positions are projected to Web Mercator once
 * per feature list, and clusters are formed once per (quarter) zoom level on a grid anchored to the world, not the
 * screen, so panning only shifts them. A frame then costs one multiply-add per incident rather than a logarithm, a
 * sine and a hash-map insert. Not thread-safe: one instance per map view, used by one thread at a time (the view's
 * background renderer).
 */
final class IncidentLayout {
    private List<MapFeature> source;
    private int count;
    private double[] worldX = new double[0];
    private double[] worldY = new double[0];
    private int[] levels = new int[0];
    private EventType[] types = new EventType[0];

    private double clusteredAt = Double.NaN;
    private List<IncidentClusters.Cluster> groups = List.of();
    private List<FeaturePainter.Marker> singles = List.of();

    /** Clusterings of the current list by quarter zoom, the last {@value #KEPT_ZOOMS} used (zooming back is free). */
    private static final int KEPT_ZOOMS = 8;

    private record Clustering(List<IncidentClusters.Cluster> groups, List<FeaturePainter.Marker> singles) {}

    private final Map<Double, Clustering> clusterings = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, Clustering> eldest) {
            return size() > KEPT_ZOOMS;
        }
    };

    /** Draws {@code incidents} for {@code view}: clusters below {@link FeaturePainter#CLUSTER_BELOW_ZOOM}, else markers. */
    void draw(Pen g, MapViewState view, List<MapFeature> incidents) {
        project(incidents);
        double scale = Math.pow(2, view.zoom());
        double left = view.leftWorldX(0);
        double top = view.topWorldY(0);
        double w = view.width();
        double h = view.height();
        if (view.zoom() < FeaturePainter.CLUSTER_BELOW_ZOOM) {
            double zoom = Math.round(view.zoom() * 4) / 4.0;
            if (zoom != clusteredAt) {
                Clustering kept = clusterings.get(zoom);
                if (kept == null) {
                    cluster(zoom);
                    clusterings.put(zoom, new Clustering(groups, singles));
                } else {
                    groups = kept.groups();
                    singles = kept.singles();
                    clusteredAt = zoom;
                }
            }
            // cluster positions are world pixels at the clustered zoom; bring them to this frame's screen
            double k = scale / Math.pow(2, clusteredAt);
            double margin = FeaturePainter.CLUSTER_CELL;
            List<IncidentClusters.Cluster> shownGroups = new ArrayList<>();
            for (IncidentClusters.Cluster c : groups) {
                double x = c.x() * k - left * scale;
                double y = c.y() * k - top * scale;
                if (x >= -margin && y >= -margin && x <= w + margin && y <= h + margin) {
                    shownGroups.add(new IncidentClusters.Cluster(x, y, c.count(), c.maxLevel()));
                }
            }
            List<FeaturePainter.Marker> shownSingles = new ArrayList<>();
            for (FeaturePainter.Marker m : singles) {
                double x = m.x() * k - left * scale;
                double y = m.y() * k - top * scale;
                if (x >= -margin && y >= -margin && x <= w + margin && y <= h + margin) {
                    shownSingles.add(new FeaturePainter.Marker(x, y, m.level(), m.type()));
                }
            }
            FeaturePainter.drawMarkers(g, shownSingles);
            FeaturePainter.drawClusters(g, shownGroups);
            return;
        }
        double r = FeaturePainter.MARKER_RADIUS + 2;
        List<FeaturePainter.Marker> markers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = (worldX[i] - left) * scale;
            double y = (worldY[i] - top) * scale;
            if (x >= -r && y >= -r && x <= w + r && y <= h + r) {
                markers.add(new FeaturePainter.Marker(x, y, levels[i], types[i]));
            }
        }
        FeaturePainter.drawMarkers(g, markers);
    }

    private void project(List<MapFeature> incidents) {
        if (incidents == source) {
            return;
        }
        source = incidents;
        clusteredAt = Double.NaN;
        clusterings.clear();
        int n = incidents.size();
        worldX = new double[n];
        worldY = new double[n];
        levels = new int[n];
        types = new EventType[n];
        count = 0;
        for (MapFeature f : incidents) {
            if (f.geometry() instanceof Point p && !p.isEmpty()) {
                worldX[count] = WebMercator.x(p.getX(), 0);
                worldY[count] = WebMercator.y(p.getY(), 0);
                levels[count] = FeaturePainter.clampLevel(f.level());
                types[count] = FeaturePainter.eventType(f.kind());
                count++;
            }
        }
    }

    /** Clusters every incident on a world-anchored grid of {@link FeaturePainter#CLUSTER_CELL} px at {@code zoom}. */
    private void cluster(double zoom) {
        double s = Math.pow(2, zoom);
        IncidentClusters clusters = new IncidentClusters(FeaturePainter.CLUSTER_CELL);
        // a cluster of one sits exactly on its point: its type is found again by position
        Map<Long, EventType> typeAt = new HashMap<>();
        for (int i = 0; i < count; i++) {
            double x = worldX[i] * s;
            double y = worldY[i] * s;
            clusters.add(x, y, levels[i]);
            typeAt.put(positionKey(x, y), types[i]);
        }
        List<IncidentClusters.Cluster> newGroups = new ArrayList<>();
        List<FeaturePainter.Marker> newSingles = new ArrayList<>();
        for (IncidentClusters.Cluster c : clusters.clusters()) {
            if (c.count() == 1) {
                newSingles.add(
                        new FeaturePainter.Marker(c.x(), c.y(), c.maxLevel(), typeAt.get(positionKey(c.x(), c.y()))));
            } else {
                newGroups.add(c);
            }
        }
        groups = newGroups;
        singles = newSingles;
        clusteredAt = zoom;
    }

    private static long positionKey(double x, double y) {
        return Double.doubleToLongBits(x) * 31 + Double.doubleToLongBits(y);
    }
}
