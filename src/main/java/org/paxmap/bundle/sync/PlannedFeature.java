package org.paxmap.bundle.sync;

import java.util.Objects;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;
import org.paxmap.store.SyncWrite;

/**
 * One incoming feature version in a {@link SyncPlan}: its class, the reason in words, and what applying it writes.
 * Immutable.
 *
 * @param incoming the version as received
 * @param kind its class
 * @param reason why, naming the feature (e.g. "stored version {FRA=3} dominates incoming {FRA=2}")
 * @param write what the apply writes, {@code null} for the classes that write nothing
 * @param base the vector the picture held for the feature when the plan was made, {@code null} if none; a {@link
 *     SyncClass#PROPOSAL} records it
 */
public record PlannedFeature(Feature incoming, SyncClass kind, String reason, SyncWrite write, VersionVector base) {
    /** A planned version without a recorded base. */
    public PlannedFeature(Feature incoming, SyncClass kind, String reason, SyncWrite write) {
        this(incoming, kind, reason, write, null);
    }

    /** Checks that a write is present exactly for the classes that write, and a base for a proposal. */
    public PlannedFeature {
        if (kind == SyncClass.PROPOSAL && base == null) {
            throw new IllegalArgumentException("a proposal needs the vector it was made against");
        }
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (kind.writes() != (write != null)) {
            throw new IllegalArgumentException(kind + " " + (write == null ? "needs" : "takes no") + " write");
        }
    }
}
