package org.paxmap.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.WebMercator;
import org.paxmap.model.EventType;
import org.paxmap.store.IncidentCell;
import org.paxmap.store.IncidentCells;
import org.paxmap.store.MapFeature;

/**
 * Where the incidents go on a render, worked out as seldom as possible: positions are projected to Web Mercator once
 * per fetched feature list (not per filter: a filter is a mask over that list), and clusters are formed once per
 * (quarter) zoom level and filter on a grid anchored to the world, not the screen, so panning only shifts them. A
 * render then costs one multiply-add per incident rather than a logarithm, a sine and a hash-map insert; a filter
 * change costs one clustering of what it lets through.
 *
 * <p>Not thread-safe: one instance per map view, used by one thread at a time (the view's background renderer, which
 * {@linkplain #place places} the incidents once per render and then draws the {@link Placed} result from two threads).
 */
public final class IncidentLayout {
    /** Clusterings of the current list and filter by quarter zoom, the last {@value #KEPT_ZOOMS} used. */
    private static final int KEPT_ZOOMS = 8;

    /**
     * The incidents of one render placed on its raster: single markers and cluster discs, in raster pixels. Immutable;
     * drawn by any number of threads at once, each through its own {@link Pen}.
     */
    public record Placed(List<FeaturePainter.Marker> markers, List<IncidentClusters.Cluster> clusters) {
        /** Nothing to draw. */
        public static final Placed NONE = new Placed(List.of(), List.of());

        /** Draws the markers, then the cluster discs over them. */
        public void draw(Pen g) {
            FeaturePainter.drawMarkers(g, markers);
            FeaturePainter.drawClusters(g, clusters);
        }
    }

    private record Clustering(List<IncidentClusters.Cluster> groups, List<FeaturePainter.Marker> singles) {}

    private IncidentCells cellSource;
    private Clustering cellClustering;
    private List<MapFeature> source;
    private BitSet sourceShown;
    private int count;
    private int[] listIndex = new int[0];
    private double[] worldX = new double[0];
    private double[] worldY = new double[0];
    private int[] levels = new int[0];
    private EventType[] types = new EventType[0];

    private final Map<Double, Clustering> clusterings = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, Clustering> eldest) {
            return size() > KEPT_ZOOMS;
        }
    };

    /**
     * Places the incidents of {@code incidents} that {@code shown} lets through (a bit per list index; {@code null}:
     * all) on a raster of {@code view}: clusters below {@link FeaturePainter#CLUSTER_BELOW_ZOOM}, else markers. The
     * list and the mask must not change afterwards (the layout keeps its work keyed by their identity).
     */
    public Placed place(MapViewState view, List<MapFeature> incidents, BitSet shown) {
        return place(view, incidents, shown, FeaturePainter.CLUSTER_BELOW_ZOOM);
    }

    /**
     * As {@link #place(MapViewState, List, BitSet)}, clustering below {@code clusterBelowZoom} instead of the
     * window's {@link FeaturePainter#CLUSTER_BELOW_ZOOM} (a slide clusters closer in: on paper thousands of
     * overlapping markers are neither readable nor small).
     */
    @SuppressWarnings("ReferenceEquality") // the mask is keyed by identity, as the contract says
    public Placed place(MapViewState view, List<MapFeature> incidents, BitSet shown, double clusterBelowZoom) {
        project(incidents);
        if (shown != sourceShown) {
            sourceShown = shown;
            clusterings.clear();
        }
        double scale = Math.pow(2, view.zoom());
        double left = view.leftWorldX(0);
        double top = view.topWorldY(0);
        double w = view.width();
        double h = view.height();
        if (view.zoom() < clusterBelowZoom) {
            double zoom = Math.round(view.zoom() * 4) / 4.0;
            Clustering clustering = clusterings.get(zoom);
            if (clustering == null) {
                clustering = cluster(zoom, shown);
                clusterings.put(zoom, clustering);
            }
            return onRaster(view, clustering, zoom);
        }
        double r = FeaturePainter.MARKER_RADIUS + 2;
        List<FeaturePainter.Marker> markers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (shown != null && !shown.get(listIndex[i])) {
                continue;
            }
            double x = (worldX[i] - left) * scale;
            double y = (worldY[i] - top) * scale;
            if (x >= -r && y >= -r && x <= w + r && y <= h + r) {
                markers.add(new FeaturePainter.Marker(x, y, levels[i], types[i]));
            }
        }
        return new Placed(markers, List.of());
    }

    /**
     * Places incidents aggregated by the store ({@link IncidentCells}, one entry per quarter zoom fetched) on a raster
     * of {@code view}: the level nearest the view's quarter zoom is clustered as {@link #place} clusters the
     * incidents themselves (the same grid, so the same discs), and scaled to the view when the nearest is not its
     * own. The list must not change afterwards (the clustering is kept while it stays the same).
     */
    @SuppressWarnings("ReferenceEquality") // kept by identity, as the contract says
    public Placed place(MapViewState view, List<IncidentCells> levels) {
        if (levels.isEmpty()) {
            return Placed.NONE;
        }
        IncidentCells nearest = nearest(view, levels);
        if (nearest != cellSource) {
            cellSource = nearest;
            cellClustering = cluster(nearest);
        }
        return onRaster(view, cellClustering, nearest.zoom());
    }

    /**
     * The groups of the incidents in {@code cells}, in world pixels at the cells' zoom: the same as the incidents
     * themselves make on the same grid (see {@link #place(MapViewState, List, BitSet)}). A group of one carries as
     * its tag the index of its cell in {@code cells}.
     */
    public static List<IncidentClusters.Cluster> clusters(IncidentCells cells) {
        IncidentClusters clusters = new IncidentClusters(FeaturePainter.CLUSTER_CELL);
        List<IncidentCell> list = cells.cells();
        for (int i = 0; i < list.size(); i++) {
            IncidentCell c = list.get(i);
            clusters.addCell(
                    c.cx(),
                    c.cy(),
                    c.count(),
                    c.sumX(),
                    c.sumY(),
                    FeaturePainter.clampLevel(c.maxLevel()),
                    i,
                    c.minX(),
                    c.minY(),
                    c.maxX(),
                    c.maxY());
        }
        return clusters.clusters();
    }

    /** The clustering of {@code cells}, as {@link #cluster(double, BitSet)} makes it of the incidents in them. */
    private static Clustering cluster(IncidentCells cells) {
        List<IncidentCell> list = cells.cells();
        List<IncidentClusters.Cluster> groups = new ArrayList<>();
        List<FeaturePainter.Marker> singles = new ArrayList<>();
        for (IncidentClusters.Cluster c : clusters(cells)) {
            if (c.count() == 1) {
                MapFeature single = list.get(c.tag()).single();
                singles.add(new FeaturePainter.Marker(
                        c.x(), c.y(), c.maxLevel(), FeaturePainter.eventType(single == null ? null : single.kind())));
            } else {
                groups.add(c);
            }
        }
        return new Clustering(groups, singles);
    }

    /** The level of {@code levels} (not empty) nearest to {@code view}'s quarter zoom. */
    public static IncidentCells nearest(MapViewState view, List<IncidentCells> levels) {
        int q = (int) Math.round(view.zoom() * 4);
        IncidentCells nearest = levels.get(0);
        for (IncidentCells level : levels) {
            if (Math.abs(level.quarterZoom() - q) < Math.abs(nearest.quarterZoom() - q)) {
                nearest = level;
            }
        }
        return nearest;
    }

    // A clustering made at zoom, its world pixels brought to view's raster, what lies off it (beyond a cell) left out.
    private static Placed onRaster(MapViewState view, Clustering clustering, double zoom) {
        double scale = Math.pow(2, view.zoom());
        double left = view.leftWorldX(0);
        double top = view.topWorldY(0);
        double w = view.width();
        double h = view.height();
        double k = scale / Math.pow(2, zoom);
        double margin = FeaturePainter.CLUSTER_CELL;
        List<IncidentClusters.Cluster> shownGroups = new ArrayList<>();
        for (IncidentClusters.Cluster c : clustering.groups()) {
            double x = c.x() * k - left * scale;
            double y = c.y() * k - top * scale;
            if (x >= -margin && y >= -margin && x <= w + margin && y <= h + margin) {
                shownGroups.add(new IncidentClusters.Cluster(x, y, c.count(), c.maxLevel()));
            }
        }
        List<FeaturePainter.Marker> shownSingles = new ArrayList<>();
        for (FeaturePainter.Marker m : clustering.singles()) {
            double x = m.x() * k - left * scale;
            double y = m.y() * k - top * scale;
            if (x >= -margin && y >= -margin && x <= w + margin && y <= h + margin) {
                shownSingles.add(new FeaturePainter.Marker(x, y, m.level(), m.type()));
            }
        }
        return new Placed(shownSingles, shownGroups);
    }

    private void project(List<MapFeature> incidents) {
        if (incidents == source) {
            return;
        }
        source = incidents;
        clusterings.clear();
        int n = incidents.size();
        listIndex = new int[n];
        worldX = new double[n];
        worldY = new double[n];
        levels = new int[n];
        types = new EventType[n];
        count = 0;
        for (int i = 0; i < n; i++) {
            MapFeature f = incidents.get(i);
            if (f.geometry() instanceof Point p && !p.isEmpty()) {
                listIndex[count] = i;
                worldX[count] = WebMercator.x(p.getX(), 0);
                worldY[count] = WebMercator.y(p.getY(), 0);
                levels[count] = FeaturePainter.clampLevel(f.level());
                types[count] = FeaturePainter.eventType(f.kind());
                count++;
            }
        }
    }

    /**
     * Clusters the incidents {@code shown} lets through on a world-anchored grid of {@link
     * FeaturePainter#CLUSTER_CELL} px at {@code zoom}; a cluster of one becomes a marker of its incident's type.
     */
    private Clustering cluster(double zoom, BitSet shown) {
        double s = Math.pow(2, zoom);
        IncidentClusters clusters = new IncidentClusters(FeaturePainter.CLUSTER_CELL);
        for (int i = 0; i < count; i++) {
            if (shown == null || shown.get(listIndex[i])) {
                clusters.add(worldX[i] * s, worldY[i] * s, levels[i], i);
            }
        }
        List<IncidentClusters.Cluster> groups = new ArrayList<>();
        List<FeaturePainter.Marker> singles = new ArrayList<>();
        for (IncidentClusters.Cluster c : clusters.clusters()) {
            if (c.count() == 1) {
                singles.add(new FeaturePainter.Marker(c.x(), c.y(), c.maxLevel(), types[c.tag()]));
            } else {
                groups.add(c);
            }
        }
        return new Clustering(groups, singles);
    }
}
