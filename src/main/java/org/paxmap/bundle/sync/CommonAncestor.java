package org.paxmap.bundle.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;
import org.paxmap.model.VersionVector.Ordering;

/**
 * Finds the common ancestor of two concurrent versions among the versions a node has kept: the latest version whose
 * vector both dominate or equal. Stateless and thread-safe.
 */
public final class CommonAncestor {
    private CommonAncestor() {}

    /**
     * The latest of {@code candidates} that is an ancestor of both {@code a} and {@code b}; among several that do
     * not dominate one another (the history does not know the true one), the one with the greatest counter sum, then
     * the greatest vector text, so that the choice does not depend on the order of {@code candidates}. Tombstones
     * are never ancestors.
     */
    public static Optional<Feature> of(Collection<Feature> candidates, VersionVector a, VersionVector b) {
        List<Feature> common = new ArrayList<>();
        for (Feature c : candidates) {
            VersionVector v = c.sync().versions();
            if (!c.sync().deleted() && atMost(v, a) && atMost(v, b)) {
                common.add(c);
            }
        }
        return common.stream()
                .filter(c -> common.stream()
                        .noneMatch(o -> o.sync().versions().compareTo(c.sync().versions()) == Ordering.DOMINATES))
                .max(Comparator.comparingLong((Feature c) -> sum(c.sync().versions()))
                        .thenComparing(c -> c.sync().versions().toString()));
    }

    private static boolean atMost(VersionVector v, VersionVector bound) {
        Ordering o = v.compareTo(bound);
        return o == Ordering.DOMINATED || o == Ordering.EQUAL;
    }

    private static long sum(VersionVector v) {
        return v.asMap().values().stream().mapToLong(Long::longValue).sum();
    }
}
