package org.paxmap.app.map;

import java.util.UUID;

/**
 * Which features the map draws. A filter change must reach the next frame within a frame's time even with 100,000
 * incidents in view, so the view does not test features by id: it asks once per fetched answer for a key per feature
 * ({@link #key}, e.g. an index slot) and tests keys ({@link #shows}) at each filter change. Called on the FX thread
 * only.
 */
public interface FeatureFilter {
    /** A key for the feature with this id, stable for as long as {@link #sameKeys} holds; −1 when it has none. */
    int key(UUID id);

    /** Whether the feature with this key and id is drawn. */
    boolean shows(int key, UUID id);

    /** Whether keys worked out with {@code earlier} still hold for this filter. */
    boolean sameKeys(FeatureFilter earlier);
}
