package org.paxmap.bundle.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.paxmap.model.Feature;
import org.paxmap.store.ApplyResult;
import org.paxmap.store.Conflict;
import org.paxmap.store.IncomingBundle;
import org.paxmap.store.PictureStore;
import org.paxmap.store.Proposal;
import org.paxmap.store.ProposalStatus;
import org.paxmap.store.StoreException;
import org.paxmap.store.StoredVersion;
import org.paxmap.store.SyncWrite;
import org.paxmap.store.WriteMark;

/**
 * Previews, applies and resolves bundle imports on one picture. The bundle has been verified (container, signature,
 * trust, labels) before its features reach here. Thread-safe as far as the store is: a preview only reads, and the
 * apply re-checks under the store's write lock that no previewed feature changed in between (else it refuses and
 * writes nothing; preview again).
 *
 * <p>Fail closed: a plan with a {@link SyncClass#REFUSED} version or an {@link SyncClass#INTEGRITY_ALERT} is not
 * applied at all.
 */
public final class SyncEngine {
    private final PictureStore store;

    /** An engine over {@code store}; the caller keeps owning the store. */
    public SyncEngine(PictureStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Classifies every incoming version of {@code bundle} against the picture, read-only.
     *
     * @param incoming the bundle's features (all layers)
     * @param acceptedOrigins nodes other than the signer in whose name new features are accepted from it (usually
     *     empty)
     */
    public SyncPlan preview(IncomingBundle bundle, List<? extends Feature> incoming, Set<String> acceptedOrigins)
            throws StoreException {
        return preview(bundle, incoming, acceptedOrigins, false);
    }

    /**
     * Classifies every incoming version of {@code bundle} against the picture, read-only; a change the sender may not
     * make directly ({@link ProposalRule}) is planned as a {@link SyncClass#PROPOSAL}, and one already proposed by the
     * sender (open or answered) as unchanged.
     *
     * @param incoming the bundle's features (all layers)
     * @param acceptedOrigins nodes other than the signer in whose name new features are accepted from it (usually
     *     empty)
     * @param senderMayEdit a person allowed the sender to edit this node's features directly
     */
    public SyncPlan preview(
            IncomingBundle bundle, List<? extends Feature> incoming, Set<String> acceptedOrigins, boolean senderMayEdit)
            throws StoreException {
        Set<UUID> ids = incoming.stream().map(Feature::id).collect(Collectors.toCollection(LinkedHashSet::new));
        // before any read: a write committed after this mark changes the mark, and the apply then re-reads everything
        WriteMark mark = store.writeMark();
        Map<UUID, StoredVersion> stored = store.storedVersions(ids);
        boolean replay = store.importedBundle(bundle.bundleId()).isPresent();
        List<Feature> list = new ArrayList<>(incoming.size());
        for (Feature in : incoming) {
            list.add(withHeldContent(in, stored.get(in.id())));
        }
        Set<UUID> seen = new HashSet<>();
        boolean[] repeated = new boolean[list.size()];
        for (int i = 0; i < list.size(); i++) {
            repeated[i] = !seen.add(list.get(i).id());
        }
        // Classifying is pure and mostly hashing (the canonical content of each version): on all cores, in chunks.
        Classifier.Classification[] classes = new Classifier.Classification[list.size()];
        IntStream.range(0, list.size()).parallel().forEach(i -> {
            if (!repeated[i]) {
                Feature in = list.get(i);
                classes[i] =
                        Classifier.classify(in, stored.get(in.id()), bundle.sender(), acceptedOrigins, store.nodeId());
            }
        });
        List<PlannedFeature> planned = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Feature in = list.get(i);
            if (repeated[i]) {
                planned.add(new PlannedFeature(
                        in, SyncClass.REFUSED, Classifier.describe(in) + " appears twice in the bundle", null));
                continue;
            }
            planned.add(plan(in, stored.get(in.id()), classes[i], bundle.sender(), senderMayEdit));
        }
        return new SyncPlan(bundle, replay, planned, mark);
    }

    /**
     * A tombstone carries no content ({@code org.paxmap.geojson.Tombstones}): the content the picture holds for the
     * feature, if it holds it in that layer, under the tombstone's sync metadata — so that the deletion keeps what was
     * deleted in the picture's history and in the words of a proposal. Any other version as it came.
     */
    private static Feature withHeldContent(Feature in, StoredVersion held) {
        if (!in.sync().deleted() || held == null || held.current().layer() != in.layer()) {
            return in;
        }
        return held.current().withSync(in.sync());
    }

    private PlannedFeature plan(
            Feature in, StoredVersion held, Classifier.Classification c, String sender, boolean senderMayEdit)
            throws StoreException {
        if (c.kind() == SyncClass.UPDATE || c.kind() == SyncClass.CONFLICT) {
            Optional<String> proposal =
                    ProposalRule.proposal(in, held.current(), store.nodeId(), sender, senderMayEdit);
            if (proposal.isPresent()) {
                Optional<ProposalStatus> known = store.proposals().statusOf(in, sender);
                return known.isPresent()
                        ? new PlannedFeature(
                                in,
                                SyncClass.UNCHANGED,
                                proposal.get() + ": already proposed ("
                                        + known.get().name().toLowerCase(java.util.Locale.ROOT) + ")",
                                null)
                        : new PlannedFeature(
                                in,
                                SyncClass.PROPOSAL,
                                proposal.get(),
                                null,
                                held.current().sync().versions());
            }
        }
        switch (c.kind()) {
            case NEW:
            case UPDATE:
                return new PlannedFeature(
                        in,
                        c.kind(),
                        c.reason(),
                        new SyncWrite(
                                in, expected(held), in, null, false, c.kind().name(), ""));
            case CONFLICT:
                return concurrent(in, held, c.reason());
            default:
                return new PlannedFeature(in, c.kind(), c.reason(), null);
        }
    }

    /** A concurrent version: merged automatically when the sides changed disjoint fields, else a conflict. */
    private PlannedFeature concurrent(Feature in, StoredVersion held, String reason) throws StoreException {
        Feature local = held.current();
        List<Feature> candidates = new ArrayList<>(store.pastVersions(in.id()));
        candidates.add(local);
        held.conflicts().forEach(k -> candidates.add(k.aside()));
        Optional<Feature> ancestor =
                CommonAncestor.of(candidates, local.sync().versions(), in.sync().versions());
        if (ancestor.isPresent() && held.conflicts().isEmpty()) {
            Optional<DisjointMerge.Result> merge = DisjointMerge.merge(ancestor.get(), local, in);
            if (merge.isPresent()) {
                Feature merged = merge.get().merged();
                String note = merge.get().note();
                return new PlannedFeature(
                        in,
                        SyncClass.MERGED,
                        Classifier.describe(in) + " " + note,
                        new SyncWrite(in, expected(held), merged, null, false, SyncClass.MERGED.name(), note));
            }
        }
        Feature winner = ProvisionalWinner.choose(local, in);
        boolean incomingWins = winner == in;
        String why = reason + ". "
                + (ancestor.isEmpty()
                        ? "The version you both last had is no longer kept, so the changes cannot be merged"
                        : "Both changed the same field")
                + (local.sync().deleted() != in.sync().deleted() ? ", one deleting it and the other editing it" : "")
                + ". Until you choose, the map shows " + (incomingWins ? "their version" : "yours")
                + "; both versions are kept.";
        SyncWrite write = new SyncWrite(
                in,
                expected(held),
                incomingWins ? in : null,
                incomingWins ? local : in,
                incomingWins,
                SyncClass.CONFLICT.name(),
                why);
        return new PlannedFeature(in, SyncClass.CONFLICT, why, write);
    }

    private static org.paxmap.model.VersionVector expected(StoredVersion held) {
        return held == null ? null : held.current().sync().versions();
    }

    /**
     * Applies {@code plan} in one transaction (see {@link PictureStore#applyImport}).
     *
     * @throws SyncRefusedException if the plan holds a refused version or an integrity alert, listing each
     * @throws StoreException if the picture changed since the preview or a write fails; nothing is written then
     */
    public ApplyResult apply(SyncPlan plan) throws SyncRefusedException, StoreException {
        return apply(plan, org.paxmap.store.Cancellation.none());
    }

    /**
     * As {@link #apply(SyncPlan)}, stopped and rolled back when {@code cancellation} is cancelled (any thread).
     *
     * @throws org.paxmap.store.WriteCancelledException if cancelled before it committed; nothing was written
     */
    public ApplyResult apply(SyncPlan plan, org.paxmap.store.Cancellation cancellation)
            throws SyncRefusedException, StoreException {
        if (plan.refused()) {
            throw new SyncRefusedException("Bundle " + plan.bundle().bundleId() + " from "
                    + plan.bundle().sender()
                    + " refused, nothing imported: "
                    + plan.refusals().stream()
                            .map(f -> f.kind() + " " + f.reason())
                            .collect(Collectors.joining("; ")));
        }
        return store.applyImport(plan.bundle(), plan.writes(), plan.proposals(), plan.previewedAt(), cancellation);
    }

    /**
     * Accepts or rejects open proposal {@code id} ({@link PictureStore#decideProposal}): a new local version that
     * dominates the proposal, with the proposed content or ours.
     *
     * @return the version written
     * @throws SyncRefusedException if there is no open proposal {@code id}
     */
    public Feature decide(long id, boolean accept) throws SyncRefusedException, StoreException {
        Optional<Proposal> p = store.proposals().byId(id);
        if (p.isEmpty()) {
            throw new SyncRefusedException("There is no proposal " + id + " in " + store.file()
                    + " (paxmap proposals list shows the open ones).");
        }
        if (p.get().status() != ProposalStatus.OPEN) {
            throw new SyncRefusedException("Proposal " + id + " was already "
                    + p.get().status().name().toLowerCase(java.util.Locale.ROOT) + "; nothing changed.");
        }
        return store.decideProposal(id, accept);
    }

    /**
     * Resolves the conflict of feature {@code id}: mine, theirs or a merged feature becomes a new local version that
     * dominates every version in the conflict.
     *
     * @return the version written
     * @throws SyncRefusedException if the feature is not in conflict, or a merged feature is of another feature
     */
    public Feature resolve(UUID id, Resolution resolution) throws SyncRefusedException, StoreException {
        List<Conflict> conflicts = store.conflicts(id);
        Optional<Feature> current = store.find(id);
        if (conflicts.isEmpty() || current.isEmpty()) {
            throw new SyncRefusedException("Feature " + id + " is not in conflict; nothing to resolve.");
        }
        Feature content;
        switch (resolution.choice()) {
            case MINE:
                content = side(current.get(), conflicts, true);
                break;
            case THEIRS:
                content = side(current.get(), conflicts, false);
                break;
            default:
                content = resolution.merged();
                if (!content.id().equals(id) || content.layer() != current.get().layer()) {
                    throw new SyncRefusedException("The merged feature " + content.id() + " ("
                            + content.layer().tableName() + ") is not feature " + id);
                }
        }
        return store.resolveConflict(content);
    }

    /** This node's version ({@code local}) or the partner's, from the table row and the versions aside. */
    private static Feature side(Feature current, Collection<Conflict> conflicts, boolean local) {
        for (Conflict c : conflicts) {
            if (c.asideIsLocal() == local) {
                return c.aside();
            }
        }
        return current;
    }
}
