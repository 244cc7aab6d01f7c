package org.paxmap.app.map;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.render.FeaturePainter;
import org.paxmap.render.MapViewState;
import org.paxmap.store.IncidentCells;
import org.paxmap.store.MapFeature;

/**
 * What lies under a point of the map: the drawn feature a click picks ({@link FeaturePicker}, over the visible layers
 * and what the review's filter lets through, so what it filters out cannot be clicked) and the cluster disc drawn
 * there ({@link ClusterHit}, grouped once per drawn list and quarter zoom, so a click costs a pass over the groups,
 * not the incidents). It tells the pick handler of each pick.
 *
 * <p>FX-thread only.
 */
final class MapHits {
    private final MapViewState state;
    private final FeatureLayer features;
    private final Consumer<UUID> select;
    private Consumer<UUID> onPick;
    private Object groupedFrom; // the drawn incidents or the cells the cluster discs were grouped from
    private ClusterHit.Grouping grouping;
    private double groupedAt; // the quarter zoom grouped for

    /** Hits on {@code state}'s view of {@code features}; by default a pick selects the feature picked. */
    MapHits(MapViewState state, FeatureLayer features) {
        this.state = state;
        this.features = features;
        this.select = features.selectedProperty()::set;
        this.onPick = select;
    }

    /** Who hears of a pick: the feature's id or {@code null}; {@code null} restores the default (select). */
    void setOnPick(Consumer<UUID> handler) {
        onPick = handler == null ? select : handler;
    }

    /** Picks the feature drawn under ({@code x}, {@code y}), tells the pick handler and answers its id or null. */
    UUID pickAt(double x, double y) {
        Map<Layer, List<MapFeature>> visible = new EnumMap<>(Layer.class);
        features.drawn().forEach((layer, list) -> {
            if (features.visible(layer)) {
                visible.put(layer, list);
            }
        });
        MapFeature hit = FeaturePicker.pick(state, visible, x, y);
        UUID id = hit == null ? null : hit.id();
        onPick.accept(id);
        return id;
    }

    /** The box of the incidents of the cluster disc drawn under ({@code x}, {@code y}), if one is. */
    Optional<Envelope> clusterAt(double x, double y) {
        return ClusterHit.at(discs(), x, y);
    }

    /** The cluster discs drawn over the visible incidents in the current view (none when zoomed in or hidden). */
    List<ClusterHit.Disc> discs() {
        if (!features.visible(Layer.INCIDENTS) || state.zoom() >= FeaturePainter.CLUSTER_BELOW_ZOOM) {
            return List.of();
        }
        List<IncidentCells> cells = features.cells();
        Object source = cells != null ? cells : features.drawn().getOrDefault(Layer.INCIDENTS, List.of());
        double quarter = Math.round(state.zoom() * 4) / 4.0;
        if (groupedFrom != source || grouping == null || groupedAt != quarter) {
            grouping = cells != null
                    ? ClusterHit.grouping(state, cells)
                    : ClusterHit.groupingOf(state, features.drawn().getOrDefault(Layer.INCIDENTS, List.of()));
            groupedFrom = source;
            groupedAt = quarter;
        }
        return ClusterHit.discs(state, grouping);
    }
}
