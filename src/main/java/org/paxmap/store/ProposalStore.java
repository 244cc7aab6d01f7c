package org.paxmap.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paxmap.model.Feature;

/**
 * The proposals kept in one picture (schema version 7) and the partners allowed to edit this node's features directly.
 * Reads see the last committed state; each write is one transaction of the picture's store. Accepting or rejecting a
 * proposal is {@link PictureStore#decideProposal}, as it writes a feature version.
 *
 * <p>Thread-safe, as the store is. Obtain it from {@link PictureStore#proposals()}.
 */
public final class ProposalStore {
    private final PictureStore store;

    ProposalStore(PictureStore store) {
        this.store = store;
    }

    /** The proposals waiting for a person, oldest first. */
    public List<Proposal> open() throws StoreException {
        return store.inRead(c -> ProposalTables.list(c, true), "Cannot read the proposals of " + store.file());
    }

    /** Every proposal, decided ones included, oldest first. */
    public List<Proposal> all() throws StoreException {
        return store.inRead(c -> ProposalTables.list(c, false), "Cannot read the proposals of " + store.file());
    }

    /** Proposal {@code id}, if there is one. */
    public Optional<Proposal> byId(long id) throws StoreException {
        return store.inRead(c -> ProposalTables.byId(c, id), "Cannot read proposal " + id + " of " + store.file());
    }

    /** Where the proposal of exactly {@code version} by {@code proposer} stands, if it was ever recorded. */
    public Optional<ProposalStatus> statusOf(Feature version, String proposer) throws StoreException {
        return store.inRead(
                c -> ProposalTables.statusOf(c, version, proposer),
                "Cannot read the proposals of feature " + version.id());
    }

    /** The partners (node ids) a person allowed to edit this node's features directly; none by default. */
    public Set<String> editRights() throws StoreException {
        return store.inRead(ProposalTables::editRights, "Cannot read the edit rights of " + store.file());
    }

    /** Allows ({@code true}) or disallows {@code partner} to edit this node's features directly (one transaction). */
    public void setEditRight(String partner, boolean allowed) throws StoreException {
        Instant now = store.now();
        store.inWrite(
                c -> ProposalTables.setEditRight(c, partner, allowed, now),
                "Cannot change the edit right of " + partner + " in " + store.file());
    }
}
