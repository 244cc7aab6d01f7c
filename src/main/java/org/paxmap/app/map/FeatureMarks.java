package org.paxmap.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.paxmap.model.Layer;
import org.paxmap.store.MapFeature;

/**
 * The fetched features marked over the frame: the selected one and those in conflict with a partner's version, each
 * found once per fetched answer and id set, not searched per frame. Whether a found feature is drawn now (its layer
 * visible, the review's filter letting it through) is asked of a {@link Drawn} test, per frame.
 *
 * <p>FX-thread only.
 */
final class FeatureMarks {
    /** Whether the fetched feature at {@code index} of {@code layer}'s list is drawn now. */
    interface Drawn {
        boolean at(Layer layer, int index);
    }

    /** A fetched feature: its layer, its index in the fetched list, and itself. */
    private record Found(Layer layer, int index, MapFeature feature) {}

    /** The last look-up of some ids in the fetched features, kept while neither changes. */
    private static final class Lookup {
        Map<Layer, List<MapFeature>> from;
        Set<UUID> ids;
        List<Found> found = List.of();

        List<Found> in(Map<Layer, List<MapFeature>> features, Set<UUID> wanted) {
            if (from != features || ids != wanted) {
                from = features;
                ids = wanted;
                found = find(features, wanted);
            }
            return found;
        }
    }

    private Set<UUID> conflicts = Set.of();
    private Set<UUID> selectedIds = Set.of();
    private final Lookup selectedFound = new Lookup();
    private final Lookup conflictsFound = new Lookup();

    /** Flags the features with these ids as in conflict. */
    void conflicts(Set<UUID> ids) {
        conflicts = Set.copyOf(ids);
    }

    /** The ids flagged as in conflict. */
    Set<UUID> conflictIds() {
        return conflicts;
    }

    /** The features of {@code features} flagged as in conflict and drawn now. */
    List<MapFeature> conflictsDrawn(Map<Layer, List<MapFeature>> features, Drawn drawn) {
        List<MapFeature> out = new ArrayList<>();
        for (Found f : conflictsFound.in(features, conflicts)) {
            if (drawn.at(f.layer(), f.index())) {
                out.add(f.feature());
            }
        }
        return out;
    }

    /** The feature of {@code features} with id {@code id} when it is drawn now, else {@code null}. */
    MapFeature selectedDrawn(UUID id, Map<Layer, List<MapFeature>> features, Drawn drawn) {
        if (id == null) {
            return null;
        }
        if (selectedIds.isEmpty() || !selectedIds.contains(id)) {
            selectedIds = Set.of(id);
        }
        for (Found f : selectedFound.in(features, selectedIds)) {
            if (drawn.at(f.layer(), f.index())) {
                return f.feature();
            }
        }
        return null;
    }

    // The fetched features with these ids.
    private static List<Found> find(Map<Layer, List<MapFeature>> features, Set<UUID> ids) {
        List<Found> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
            List<MapFeature> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                UUID id = list.get(i).id();
                if (id != null && ids.contains(id)) {
                    found.add(new Found(e.getKey(), i, list.get(i)));
                }
            }
        }
        return found;
    }
}
