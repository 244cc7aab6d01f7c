package org.paxmap.app.map;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paxmap.model.Layer;
import org.paxmap.store.MapFeature;

/**
 * The review's filter over the fetched features: per layer, a bit per list index for those it lets through ({@link
 * #masks}; an empty map without a filter: all), worked out again only when the features or the filter changed. A
 * feature's key ({@link FeatureFilter#key}) is worked out once per fetched answer, so a filter change costs a bit
 * test per feature. The masks go to the render, which filters off the FX thread; {@link #drawn} makes the filtered
 * lists for picking and tests, not for frames.
 *
 * <p>FX-thread only. The masks and lists handed out are never changed afterwards (a change makes new ones), so a
 * render may read them on its own thread.
 */
final class ReviewMasks {
    private static final int NO_ID = -2; // the key of a fetched feature without an id: always drawn

    private FeatureFilter filter;
    private Map<Layer, BitSet> masks = Map.of();
    private Map<Layer, List<MapFeature>> maskedFrom;
    private FeatureFilter maskedWith;
    private Map<Layer, BitSet> filteredFrom;
    private Map<Layer, List<MapFeature>> filtered = new EnumMap<>(Layer.class);
    private FeatureFilter keyedWith;
    private Map<Layer, List<MapFeature>> keyedFrom;
    private final Map<Layer, int[]> keys = new EnumMap<>(Layer.class);

    /** Draws only the features {@code ids} lets through ({@code null}: every feature). */
    void filter(FeatureFilter ids) {
        filter = ids;
    }

    /** Whether the filter draws every incident (or there is none): the map may draw cells aggregated by the store. */
    boolean letsEveryIncidentThrough() {
        return filter == null || filter.showsEveryIncident();
    }

    /** Per layer of {@code features}, the bits of the features the filter lets through; empty without a filter. */
    Map<Layer, BitSet> masks(Map<Layer, List<MapFeature>> features) {
        if (filter == null) {
            return Map.of();
        }
        if (maskedFrom != features || maskedWith != filter) {
            if (keyedFrom != features || !filter.sameKeys(keyedWith)) {
                keys.clear();
                for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
                    List<MapFeature> list = e.getValue();
                    int[] k = new int[list.size()];
                    for (int i = 0; i < k.length; i++) {
                        UUID id = list.get(i).id();
                        k[i] = id == null ? NO_ID : filter.key(id);
                    }
                    keys.put(e.getKey(), k);
                }
                keyedFrom = features;
                keyedWith = filter;
            }
            Map<Layer, BitSet> out = new EnumMap<>(Layer.class);
            for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
                List<MapFeature> list = e.getValue();
                int[] k = keys.get(e.getKey());
                BitSet mask = new BitSet(k.length);
                for (int i = 0; i < k.length; i++) {
                    int key = k[i];
                    if (key >= 0
                            ? filter.showsKey(key)
                            : key == NO_ID || filter.shows(list.get(i).id())) {
                        mask.set(i);
                    }
                }
                out.put(e.getKey(), mask);
            }
            masks = out;
            maskedFrom = features;
            maskedWith = filter;
        }
        return masks;
    }

    /** The features of {@code features} the filter lets through, as lists. */
    Map<Layer, List<MapFeature>> drawn(Map<Layer, List<MapFeature>> features) {
        Map<Layer, BitSet> m = masks(features);
        if (m.isEmpty()) {
            return features;
        }
        if (filteredFrom != m) {
            Map<Layer, List<MapFeature>> out = new EnumMap<>(Layer.class);
            for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
                List<MapFeature> list = e.getValue();
                BitSet mask = m.get(e.getKey());
                List<MapFeature> kept = new ArrayList<>(mask.cardinality());
                for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                    kept.add(list.get(i));
                }
                out.put(e.getKey(), kept);
            }
            filtered = out;
            filteredFrom = m;
        }
        return filtered;
    }
}
