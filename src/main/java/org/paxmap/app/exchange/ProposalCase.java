package org.paxmap.app.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paxmap.bundle.sync.ProposalRule;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.model.Feature;
import org.paxmap.store.PictureStore;
import org.paxmap.store.Proposal;
import org.paxmap.store.StoreException;

/**
 * One open proposal as the conflicts dialog shows it: the proposal, and the held version beside the proposed one in
 * the shape of a {@link ConflictCase} (ours as "mine", the proposal as "theirs", the proposal in words as the reason).
 * Immutable.
 *
 * @param proposal the proposal
 * @param view ours and the proposed version side by side, with the feature's provenance
 */
record ProposalCase(Proposal proposal, ConflictCase view) {
    ProposalCase {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(view, "view");
    }

    /** Every open proposal of {@code store}, oldest first. Blocking store I/O: off the FX thread. */
    static List<ProposalCase> readAll(PictureStore store) throws StoreException, TrustException {
        List<ProposalCase> out = new ArrayList<>();
        for (Proposal p : store.proposals().open()) {
            Optional<Feature> held = store.find(p.proposed().id());
            if (held.isEmpty()) {
                continue;
            }
            String words = ProposalRule.words(p.proposed(), held.get(), store.nodeId(), p.proposer());
            out.add(new ProposalCase(
                    p,
                    new ConflictCase(
                            p.proposed().id(),
                            held.get(),
                            p.proposed(),
                            words,
                            p.proposer(),
                            ProvenanceFacts.read(store, p.proposed().id()))));
        }
        return out;
    }

    /** The proposal in words: "FRA-HQ proposes to delete your zone 'Minefield North'" (raw: show it escaped). */
    String words() {
        return view.reason();
    }
}
