package org.paxmap.app.map;

import java.util.UUID;

/**
 * Which features the map draws. A filter change must reach the next frame within a frame's time even with 100,000
 * incidents in view, so the view does not test features by id: it asks once per fetched answer for a key per feature
 * ({@link #key}, e.g. an index slot) and, at each filter change, tests the keys ({@link #showsKey}) without touching
 * the features themselves; only features without a key are tested by id ({@link #shows}). Called on the FX thread
 * only.
 */
public interface FeatureFilter {
    /** A key (≥ 0) for the feature with this id, stable for as long as {@link #sameKeys} holds; −1 when it has none. */
    int key(UUID id);

    /** Whether the feature with this key (≥ 0, from {@link #key}) is drawn. */
    boolean showsKey(int key);

    /** Whether the feature with this id, which has no key, is drawn. */
    boolean shows(UUID id);

    /** Whether keys worked out with {@code earlier} still hold for this filter. */
    boolean sameKeys(FeatureFilter earlier);

    /**
     * Whether this filter draws every incident of the picture (it narrows at most routes and zones): then the map may
     * draw the incidents aggregated by the store at low zoom. False unless the filter knows it.
     */
    default boolean showsEveryIncident() {
        return false;
    }
}
