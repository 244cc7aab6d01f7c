package org.paxmap.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;

/**
 * Writes a person's answer to a {@link Proposal} as a new local version, so that the answer travels in the next
 * bundle to every partner like any edit. Its vector is the pointwise maximum of the version held, the proposed one and
 * every version kept aside, incremented at this node: it dominates the proposal, so the proposer takes it as an update
 * and both pictures agree. Accepting writes the proposed content (a proposed deletion deletes the feature as a local
 * deletion does: our last content, marked deleted) and records the proposal's provenance (bundle, signer, outcome
 * {@code PROPOSAL_ACCEPTED}); rejecting writes our content again. Either way the proposal is marked decided, all in
 * the caller's one transaction. Stateless; used inside the store's write transaction.
 */
final class ProposalDecision {
    private ProposalDecision() {}

    static Feature write(LocalWrite local, long id, boolean accept) throws SQLException {
        StatementCache writes = local.writes();
        Proposal p = ProposalTables.byId(writes, id).orElseThrow(() -> new SQLException("there is no proposal " + id));
        if (p.status() != ProposalStatus.OPEN) {
            throw new SQLException(
                    "proposal " + id + " was already " + p.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        Feature proposed = p.proposed();
        String what = ImportApply.describe(proposed);
        Feature current =
                SyncRecords.find(writes, proposed.id()).orElseThrow(() -> new SQLException(what + " is not stored"));
        List<VersionVector> all = new ArrayList<>();
        all.add(current.sync().versions());
        all.add(proposed.sync().versions());
        SyncRecords.conflicts(writes, proposed.id())
                .forEach(c -> all.add(c.aside().sync().versions()));
        VersionVector versions = VersionVector.max(all).increment(local.node());
        boolean deleted = accept ? proposed.sync().deleted() : current.sync().deleted();
        Feature content = accept && !proposed.sync().deleted() ? proposed : current;
        Feature version = local.version(content, current.sync().origin(), versions, deleted, what);
        if (accept) {
            // putProvenance records the bundle's id, sender and key; the stream facts are not part of provenance
            SyncRecords.putProvenance(
                    writes,
                    List.of(new SyncWrite(
                            proposed, null, null, null, false, "PROPOSAL_ACCEPTED", "proposal " + id + " accepted")),
                    new IncomingBundle(p.bundleId(), p.proposer(), p.signerKeyId(), 1, "0".repeat(64)),
                    local.now());
        }
        ProposalTables.decide(
                writes, id, accept ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED, local.user(), local.now());
        return version;
    }
}
