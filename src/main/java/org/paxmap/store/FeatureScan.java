package org.paxmap.store;

import java.util.List;
import org.paxmap.model.Feature;

/**
 * Takes the pages of a {@link PictureStore#scan}: each call gets the next page of features, in fid order within a
 * layer, layers in {@link org.paxmap.model.Layer} order. Called on the thread that called {@code scan}, with no
 * store lock held, so it may take its time (write a file) while the window goes on reading the picture.
 *
 * @param <E> what the consumer may throw; it ends the scan
 */
@FunctionalInterface
public interface FeatureScan<E extends Exception> {
    /** Takes one page (never empty). */
    void page(List<Feature> features) throws E;
}
