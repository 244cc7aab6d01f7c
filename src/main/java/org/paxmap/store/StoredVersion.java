package org.paxmap.store;

import java.util.List;
import org.paxmap.model.Feature;

/**
 * A feature as the picture holds it, for sync classification: the feature table's version (the provisional winner if
 * in conflict) and any concurrent versions kept aside. Immutable.
 *
 * @param current the feature table's version, tombstones included
 * @param conflicts the versions kept aside, empty if the feature is not in conflict
 */
public record StoredVersion(Feature current, List<Conflict> conflicts) {
    /** Copies the list. */
    public StoredVersion {
        conflicts = List.copyOf(conflicts);
    }

    /** Whether the feature is in conflict. */
    public boolean inConflict() {
        return !conflicts.isEmpty();
    }
}
