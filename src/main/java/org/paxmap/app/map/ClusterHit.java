package org.paxmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.WebMercator;
import org.paxmap.render.FeaturePainter;
import org.paxmap.render.IncidentClusters;
import org.paxmap.render.IncidentLayout;
import org.paxmap.render.MapViewState;
import org.paxmap.store.IncidentCells;
import org.paxmap.store.MapFeature;

/**
 * The cluster discs a view draws over its incidents, and which one lies under a click. The incidents are grouped
 * exactly as {@link IncidentLayout} groups them for drawing (world pixels at the zoom rounded to a quarter level, on a
 * world-anchored grid of {@link FeaturePainter#CLUSTER_CELL} px), so the disc found is the disc seen once the frame
 * shows a render of the same features and filter (right after a filter change the frame may still show the previous
 * render for a frame or two). Stateless; any thread.
 */
public final class ClusterHit {
    /**
     * A disc as drawn: its centre in screen pixels, the number of incidents it stands for, and the lon/lat box they
     * span.
     */
    public record Disc(double x, double y, int count, Envelope members) {
        /** The disc's radius in pixels. */
        public double radius() {
            return FeaturePainter.clusterRadius(count);
        }
    }

    private ClusterHit() {}

    /**
     * The groups of {@code incidents} at quarter zoom {@code zoom}, in world pixels at that zoom: what {@link
     * #discs(MapViewState, Grouping)} places on a view. Worth keeping while the incidents and the quarter zoom stay
     * the same (a pan does not change it).
     */
    record Grouping(double zoom, List<IncidentClusters.Cluster> clusters) {}

    /** The grouping {@code view}'s zoom draws incidents aggregated by the store with (one level per quarter zoom). */
    static Grouping grouping(MapViewState view, List<IncidentCells> cells) {
        if (cells.isEmpty()) {
            return new Grouping(Math.round(view.zoom() * 4) / 4.0, List.of());
        }
        IncidentCells nearest = IncidentLayout.nearest(view, cells);
        return new Grouping(nearest.zoom(), IncidentLayout.clusters(nearest));
    }

    /** The grouping {@code view}'s zoom draws {@code incidents} with. */
    static Grouping groupingOf(MapViewState view, List<MapFeature> incidents) {
        double zoom = Math.round(view.zoom() * 4) / 4.0;
        double s = Math.pow(2, zoom);
        IncidentClusters clusters = new IncidentClusters(FeaturePainter.CLUSTER_CELL);
        for (MapFeature f : incidents) {
            if (f.geometry() instanceof Point p && !p.isEmpty()) {
                clusters.add(
                        WebMercator.x(p.getX(), 0) * s,
                        WebMercator.y(p.getY(), 0) * s,
                        FeaturePainter.clampLevel(f.level()));
            }
        }
        return new Grouping(zoom, clusters.clusters());
    }

    /**
     * The discs {@code view} draws for {@code incidents} (none at or past {@link FeaturePainter#CLUSTER_BELOW_ZOOM});
     * a group of one is drawn as the incident's own marker and is not a disc.
     */
    static List<Disc> discs(MapViewState view, List<MapFeature> incidents) {
        if (view.zoom() >= FeaturePainter.CLUSTER_BELOW_ZOOM) {
            return List.of();
        }
        return discs(view, groupingOf(view, incidents));
    }

    /** The discs {@code view} draws for a {@code grouping} made at its quarter zoom. */
    static List<Disc> discs(MapViewState view, Grouping grouping) {
        if (view.zoom() >= FeaturePainter.CLUSTER_BELOW_ZOOM) {
            return List.of();
        }
        double zoom = grouping.zoom();
        double scale = Math.pow(2, view.zoom());
        double k = scale / Math.pow(2, zoom);
        double left = view.leftWorldX(0) * scale;
        double top = view.topWorldY(0) * scale;
        List<Disc> discs = new ArrayList<>();
        for (IncidentClusters.Cluster c : grouping.clusters()) {
            if (c.count() > 1) {
                Envelope members = new Envelope(
                        WebMercator.lon(c.minX(), zoom),
                        WebMercator.lon(c.maxX(), zoom),
                        WebMercator.lat(c.maxY(), zoom),
                        WebMercator.lat(c.minY(), zoom));
                discs.add(new Disc(c.x() * k - left, c.y() * k - top, c.count(), members));
            }
        }
        return discs;
    }

    /**
     * The lon/lat box of the incidents of the disc drawn under screen point ({@code x}, {@code y}) of {@code view}
     * when it shows {@code incidents} (the nearest, where discs overlap); empty where no disc is drawn.
     */
    static Optional<Envelope> at(MapViewState view, List<MapFeature> incidents, double x, double y) {
        return at(discs(view, incidents), x, y);
    }

    /** The lon/lat box of the incidents of the disc among {@code discs} under ({@code x}, {@code y}), the nearest. */
    static Optional<Envelope> at(List<Disc> discs, double x, double y) {
        Disc hit = null;
        double nearest = Double.MAX_VALUE;
        for (Disc d : discs) {
            double distance = Math.hypot(d.x() - x, d.y() - y);
            if (distance <= d.radius() + 1 && distance < nearest) {
                hit = d;
                nearest = distance;
            }
        }
        return hit == null ? Optional.empty() : Optional.of(hit.members());
    }
}
