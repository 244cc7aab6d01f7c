package org.paxmap.store;

import java.util.Objects;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;

/**
 * One accepted incoming feature version and what applying it writes. Immutable.
 *
 * @param incoming the incoming version as received; its provenance is recorded
 * @param expected the vector the feature table held when the plan was made, {@code null} if the feature was not
 *     stored; the apply refuses the whole import if the picture has changed since
 * @param table what the feature table holds afterwards, sync metadata kept as given: the incoming version, an
 *     automatic merge, or {@code null} to leave the row as it is (the stored version stays the provisional winner)
 * @param aside a concurrent version to keep in {@code paxmap_conflicts} (the feature is then in conflict), or {@code
 *     null}
 * @param asideIsLocal whether {@code aside} is this node's own version (it lost to the incoming one)
 * @param outcome how the version was classified (recorded with its provenance), e.g. {@code UPDATE}
 * @param note a merge note or the conflict reason, empty if none
 */
public record SyncWrite(
        Feature incoming,
        VersionVector expected,
        Feature table,
        Feature aside,
        boolean asideIsLocal,
        String outcome,
        String note) {
    /** Checks that the versions belong to one feature. */
    public SyncWrite {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(outcome, "outcome");
        note = note == null ? "" : note;
        if (table != null && !table.id().equals(incoming.id())) {
            throw new IllegalArgumentException("table version of another feature: " + table.id());
        }
        if (aside != null && !aside.id().equals(incoming.id())) {
            throw new IllegalArgumentException("conflicting version of another feature: " + aside.id());
        }
    }
}
