package org.paxmap.store;

import java.util.List;
import org.paxmap.model.Feature;

/**
 * Where a streaming save takes its features from: each call returns the next chunk, and an empty list (or {@code
 * null}) at the end. Called from one thread at a time (the store's preparing thread) while the save's transaction is
 * open; an interrupt means the save was abandoned.
 *
 * @param <E> what the source may throw (e.g. a parse failure); it rolls the save back
 */
@FunctionalInterface
public interface FeatureSource<E extends Exception> {
    /** The next chunk, or an empty list when there are no more. */
    List<? extends Feature> next() throws E;
}
