package org.paxmap.store;

import java.time.Instant;
import java.util.Objects;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;

/**
 * A partner's edit or deletion of a feature that this node does not let that partner change directly, kept in {@code
 * paxmap_proposals} until a person accepts or rejects it. Immutable.
 *
 * @param id the proposal's number in this picture (what {@code paxmap proposals accept} takes)
 * @param proposed the version the partner sent, as received (a tombstone for a deletion)
 * @param proposer the node that sent (and signed) the bundle
 * @param bundleId the bundle it came in
 * @param signerKeyId the key that signed that bundle
 * @param baseVersions the vector of the version this picture held when the proposal came
 * @param receivedAt when it was recorded
 * @param status open, accepted or rejected
 * @param decidedAt when it was accepted or rejected, {@code null} while open
 * @param decidedBy who accepted or rejected it, empty while open
 */
public record Proposal(
        long id,
        Feature proposed,
        String proposer,
        String bundleId,
        String signerKeyId,
        VersionVector baseVersions,
        Instant receivedAt,
        ProposalStatus status,
        Instant decidedAt,
        String decidedBy) {
    /** Requires the facts every proposal has. */
    public Proposal {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(signerKeyId, "signerKeyId");
        Objects.requireNonNull(baseVersions, "baseVersions");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    /** Whether the partner proposes to delete the feature. */
    public boolean deletion() {
        return proposed.sync().deleted();
    }
}
