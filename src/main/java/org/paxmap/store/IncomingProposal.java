package org.paxmap.store;

import java.util.Objects;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;

/**
 * An incoming version that an import records as a {@link Proposal} instead of applying it. Immutable.
 *
 * @param proposed the version as received
 * @param baseVersions the vector the picture held for the feature when the plan was made
 */
public record IncomingProposal(Feature proposed, VersionVector baseVersions) {
    /** Requires both. */
    public IncomingProposal {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(baseVersions, "baseVersions");
    }
}
