package org.paxmap.app.review;

import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.app.map.FeatureFilter;
import org.paxmap.app.map.MapView;
import org.paxmap.model.Feature;
import org.paxmap.review.IncidentRow;
import org.paxmap.review.PictureView;
import org.paxmap.review.VisibleIds;

/**
 * Keeps the map in step with the review: the map draws only the features the filter lets through (the model's visible
 * ids), marks the selected one, and a click on a feature selects it in the model (so the table selects its row).
 * A selection made in the table also centres the map on the feature, zooming in to street level for an incident
 * seen from far out. FX-thread only.
 */
public final class MapLink {
    /** Closest an incident chosen in the table is shown from (the bundled base map's deepest level). */
    static final double INCIDENT_ZOOM = 11;

    private final ReviewModel model;
    private final MapView map;
    private boolean fromMap;

    private MapLink(ReviewModel model, MapView map) {
        this.model = model;
        this.map = map;
    }

    /** Connects {@code map} to {@code model} for the life of both. */
    public static MapLink connect(ReviewModel model, MapView map) {
        MapLink link = new MapLink(model, map);
        model.viewProperty().addListener((o, was, now) -> link.showVisible(now));
        link.showVisible(model.viewProperty().get());
        map.setOnFeaturePicked(link::selectWithoutMoving);
        model.selectedProperty().addListener((o, was, now) -> {
            map.selectedProperty().set(now);
            if (now != null && !link.fromMap) {
                link.centreOn(now);
            }
        });
        return link;
    }

    /**
     * Selects {@code id} (or nothing) in the review as a click on the map does: the table selects its row, the map
     * marks it, and the view stays where it is (for a selection made on the map by other means, e.g. the plot tools).
     */
    public void selectWithoutMoving(UUID id) {
        fromMap = true;
        try {
            model.selectedProperty().set(id);
        } finally {
            fromMap = false;
        }
    }

    private void showVisible(PictureView view) {
        map.showOnly(view == null ? null : new Visible(view.visible()));
    }

    /** The review's visible ids as the map's filter: an incident's key is its index slot, tested as one bit. */
    private record Visible(VisibleIds ids) implements FeatureFilter {
        @Override
        public int key(UUID id) {
            return ids.slotOf(id);
        }

        @Override
        public boolean showsKey(int key) {
            return ids.containsSlot(key);
        }

        @Override
        public boolean shows(UUID id) {
            return ids.contains(id);
        }

        @Override
        public boolean sameKeys(FeatureFilter earlier) {
            return earlier instanceof Visible v && ids.sameSlots(v.ids());
        }

        @Override
        public boolean showsEveryIncident() {
            return ids.everyIncident();
        }
    }

    private void centreOn(UUID id) {
        PictureView view = model.viewProperty().get();
        int position = view == null ? -1 : view.rows().positionOf(id);
        if (position >= 0) {
            IncidentRow row = view.rows().get(position);
            map.centreOn(row.longitude(), row.latitude(), INCIDENT_ZOOM);
            return;
        }
        for (List<Feature> features :
                List.of(model.routesProperty().get(), model.zonesProperty().get())) {
            for (Feature f : features) {
                if (f.id().equals(id)) {
                    Envelope e = f.geometry().getEnvelopeInternal();
                    map.centreOn(e.centre().x, e.centre().y, 0);
                    return;
                }
            }
        }
    }
}
