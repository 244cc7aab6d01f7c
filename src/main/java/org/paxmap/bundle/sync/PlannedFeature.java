package org.paxmap.bundle.sync;

import java.util.Objects;
import org.paxmap.model.Feature;
import org.paxmap.store.SyncWrite;

/**
 * One incoming feature version in a {@link SyncPlan}: its class, the reason in words, and what applying it writes.
 * Immutable.
 *
 * @param incoming the version as received
 * @param kind its class
 * @param reason why, naming the feature (e.g. "stored version {FRA=3} dominates incoming {FRA=2}")
 * @param write what the apply writes, {@code null} for the classes that write nothing
 */
public record PlannedFeature(Feature incoming, SyncClass kind, String reason, SyncWrite write) {
    /** Checks that a write is present exactly for the classes that write. */
    public PlannedFeature {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (kind.writes() != (write != null)) {
            throw new IllegalArgumentException(kind + " " + (write == null ? "needs" : "takes no") + " write");
        }
    }
}
