package org.paxmap.bundle.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paxmap.bundle.format.Bundle;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleReader;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.SyncEngine;
import org.paxmap.bundle.sync.SyncRefusedException;
import org.paxmap.bundle.trust.DecryptionKeys;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleaseDecision;
import org.paxmap.bundle.trust.RootRevocations;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.bundle.trust.TrustedRoot;
import org.paxmap.bundle.trust.TrustedRoots;
import org.paxmap.model.Feature;
import org.paxmap.store.ApplyResult;
import org.paxmap.store.IncomingBundle;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Imports a partner's bundle into the local picture in two steps. {@link #preview} verifies the whole bundle before
 * anything else (the file and its signature by a key in the trust list, through {@link BundleReader}), then checks
 * that it is addressed to this node and that neither it nor any feature in it is labelled beyond what this node may
 * receive or above what the channel to the sender carries (over-release), and works out the merge (new, updated, unchanged, stale, conflicts, proposals, refused) —
 * reading only; an edit or deletion the sender may not make directly (our features, a third party's, a threat zone's
 * deletion: {@link org.paxmap.bundle.sync.ProposalRule}, with the per-partner edit right of {@link
 * org.paxmap.store.ProposalStore#editRights}) is planned as a proposal, recorded by the apply and never applied until
 * a person accepts it; it warns of stream gaps and of a creation time the clock finds implausible ({@link ClockSkew}). {@link #apply} writes that plan in one transaction, or nothing, and takes in the partner's acknowledgement
 * of our bundles. Re-importing a bundle changes nothing.
 *
 * <p>Not thread-safe; one import at a time per instance.
 */
public final class BundleImport {
    private final PictureStore store;
    private final java.time.Clock clock;

    /** An import into {@code store}, the local node's picture, judging creation times by the system clock. */
    public BundleImport(PictureStore store) {
        this(store, java.time.Clock.systemUTC());
    }

    /** An import into {@code store} that judges bundles' creation times by {@code clock} ({@link ClockSkew}). */
    public BundleImport(PictureStore store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Verifies {@code file} and previews its import. Writes nothing.
     *
     * @throws BundleException if the file is refused (altered, unsigned, unknown signer, malformed, …)
     * @throws ExchangeException if it is not addressed to this node, over-released, or breaks the sender's stream
     *     (equivocation, replay: {@link StreamRules})
     */
    public ImportPreview preview(Path file) throws BundleException, ExchangeException, TrustException, StoreException {
        return preview(file, DecryptionKeys.only(null));
    }

    /**
     * Verifies {@code file} — decrypting it first with {@code decryptionKey} when it is encrypted — and previews its
     * import. Writes nothing.
     *
     * @param decryptionKey this node's X25519 key ({@link LocalIdentity#unlockEncryption}), or null: an encrypted
     *     bundle is then refused saying it needs the key ({@link #isEncrypted} tells beforehand)
     * @throws BundleException if the file is refused (not encrypted to this node, altered, unsigned, unknown signer,
     *     malformed, …)
     * @throws ExchangeException as {@link #preview(Path)}
     */
    public ImportPreview preview(Path file, java.security.PrivateKey decryptionKey)
            throws BundleException, ExchangeException, TrustException, StoreException {
        return preview(file, DecryptionKeys.only(decryptionKey));
    }

    /**
     * Verifies {@code file} — decrypting it first, when it is encrypted, with the first of {@code keys} it is sealed
     * to: this node's current encryption key, or one a rotation replaced, for a partner who has not yet heard of the
     * rotation (the preview then warns so) — and previews its import. Writes nothing.
     *
     * @param decryptionKeys this node's keys ({@link DecryptionKeys#unlock}); none: an encrypted bundle is refused saying it
     *     needs the key
     * @throws BundleException as {@link #preview(Path, java.security.PrivateKey)}; a bundle sealed to none of the keys
     *     is refused as one not encrypted to the current key
     * @throws ExchangeException as {@link #preview(Path)}
     */
    public ImportPreview preview(Path file, DecryptionKeys decryptionKeys)
            throws BundleException, ExchangeException, TrustException, StoreException {
        NodeIdentity me = LocalIdentity.require(store);
        TrustList trust = new TrustList(store);
        RootCertifiedKeys keys = new RootCertifiedKeys(new StatementKeys(trust, store), store, clock.instant());
        BundleReader reader = new BundleReader(keys);
        boolean encrypted = isEncrypted(file);
        SealedBundles.Opened opened = encrypted ? SealedBundles.read(file, decryptionKeys, reader) : null;
        Bundle bundle = encrypted ? opened.bundle() : reader.read(file);
        Manifest manifest = bundle.manifest();
        String sender = manifest.sender().nodeId();
        if (!manifest.recipients().contains(me.nodeId())) {
            throw new ExchangeException(
                    ExchangeRefusal.NOT_ADDRESSED_TO_US,
                    file + ": the bundle is addressed to " + String.join(", ", manifest.recipients())
                            + ", not to this node (" + me.nodeId() + "); nothing was imported.");
        }
        // the reader proved the key is the sender's (its current key, a new one a rotation in the bundle names, or
        // one a trusted root certified for a node that is not a partner)
        Optional<Partner> certified = keys.certified(sender);
        Partner signer = certified.isPresent()
                ? certified.get()
                : trust.partner(sender)
                        .orElseThrow(() -> new TrustException("unknown signer: node " + sender + " is not a partner"));
        checkRelease(file, manifest, bundle.allFeatures(), me, signer);
        long sequence = manifest.stream().get(me.nodeId()).sequence();
        IncomingBundle incoming = new IncomingBundle(
                manifest.bundleId().toString(), sender, manifest.sender().kid(), sequence, manifest.sha256());
        boolean senderMayEdit = store.proposals().editRights().contains(sender);
        var plan = new SyncEngine(store).preview(incoming, bundle.allFeatures(), Set.of(sender), senderMayEdit);
        List<String> warnings = new ArrayList<>();
        if (opened != null && opened.key().revoked()) {
            warnings.add("the bundle was sealed to an encryption key this node revoked (of key "
                    + opened.key().kid()
                    + "): whoever holds that key may have read it. Treat its contents as seen by others, and ask "
                    + sender + " to import this node's revocation and send again to the current key");
        } else if (opened != null && !opened.key().current()) {
            warnings.add("the bundle was sealed to this node's previous encryption key (of key "
                    + opened.key().kid()
                    + ", replaced by a rotation): " + sender + " has not yet imported the rotation; its next bundles"
                    + " use the new key once it imports one from this node");
        }
        if (!plan.alreadyImported()) {
            warnings.addAll(new StreamRules(store).check(file, manifest, sender, sequence));
            ClockSkew.warning(manifest.createdAt(), clock.instant(), sender).ifPresent(warnings::add);
        }
        return new ImportPreview(
                bundle,
                signer,
                plan,
                List.copyOf(warnings),
                encrypted,
                keys.partners().accepted(),
                certified.map(Partner::verifiedBy).orElse(null),
                keys.accepted());
    }

    /** Whether {@code file} is an encrypted bundle: its import needs this node's key unlocked. */
    public static boolean isEncrypted(Path file) {
        return SealedBundles.isSealed(file);
    }

    /**
     * Applies a preview in one transaction (all or nothing), then moves the partner's acknowledged position on our
     * stream forward if the bundle acknowledges one of our bundles — one this picture sent to it, same sequence number
     * and bundle id ({@link StreamRules}); an acknowledgement of any other is ignored.
     *
     * @throws ExchangeException if the merge refuses the bundle (nothing was written)
     */
    public ImportResult apply(ImportPreview preview) throws ExchangeException, StoreException {
        return apply(preview, org.paxmap.store.Cancellation.none());
    }

    /**
     * As {@link #apply(ImportPreview)}, stopped when {@code cancellation} is cancelled (any thread, e.g. a Cancel
     * button): the transaction is rolled back and the picture is as it was.
     *
     * @throws org.paxmap.store.WriteCancelledException if cancelled before the apply committed
     */
    public ImportResult apply(ImportPreview preview, org.paxmap.store.Cancellation cancellation)
            throws ExchangeException, StoreException {
        ApplyResult applied;
        try {
            applied = new SyncEngine(store).apply(preview.plan(), cancellation);
        } catch (SyncRefusedException e) {
            throw new ExchangeException(
                    ExchangeRefusal.SYNC_REFUSED,
                    preview.bundle().file() + ": " + e.getMessage() + " Nothing was imported.");
        }
        String sender = preview.bundle().manifest().sender().nodeId();
        Manifest.Acknowledgement ack =
                preview.bundle().manifest().sync().acknowledgements().get(store.nodeId());
        long position = store.acknowledgedPosition(sender);
        if (ack != null && new StreamRules(store).acknowledgesOurs(sender, ack)) {
            position = store.acknowledge(sender, ack.sequence());
        }
        try {
            org.paxmap.bundle.trust.PartnerKeys.apply(store, preview.keyStatements());
            for (RootRevocations list : preview.rootRevocations()) {
                Optional<TrustedRoot> root = TrustedRoots.find(store, list.rootKid());
                if (root.isPresent()) {
                    OwnCertificates.takeIn(store, root.get(), list);
                }
            }
        } catch (TrustException e) {
            throw new ExchangeException(
                    ExchangeRefusal.SYNC_REFUSED,
                    preview.bundle().file() + ": the features were imported, but the sender's key statements or the"
                            + " roots' revocation lists could not be recorded: " + e.getMessage());
        }
        return new ImportResult(preview, applied, position);
    }

    /**
     * Refuses a bundle whose label, or a feature's label, does not release to this node, is not covered by the
     * bundle's label, or is above what the channel to the sender carries ({@link PolicyTable#channelCarries}, the
     * check an export makes).
     */
    private void checkRelease(Path file, Manifest manifest, List<Feature> features, NodeIdentity me, Partner sender)
            throws ExchangeException, TrustException, StoreException {
        PolicyTable policies = PolicyTable.load(store);
        List<String> ourCodes = List.of(me.organisation());
        ReleaseDecision bundle = policies.releasableTo(manifest.label(), ourCodes);
        if (bundle.releasable()) {
            bundle = policies.channelCarries(manifest.label(), sender);
        }
        if (!bundle.releasable()) {
            throw overRelease(file, "the bundle's label " + manifest.label().displayForm() + ": " + bundle.reason());
        }
        for (Feature f : features) {
            ReleaseDecision mine = policies.releasableTo(f.label(), ourCodes);
            ReleaseDecision covered = policies.covers(manifest.label(), f.label());
            ReleaseDecision channel = policies.channelCarries(f.label(), sender);
            ReleaseDecision problem = !mine.releasable() ? mine : !covered.releasable() ? covered : channel;
            if (!problem.releasable()) {
                throw overRelease(
                        file,
                        f.layer().name().toLowerCase(java.util.Locale.ROOT) + " " + f.id() + " labelled "
                                + f.label().displayForm() + ": " + problem.reason());
            }
        }
    }

    private static ExchangeException overRelease(Path file, String detail) {
        return new ExchangeException(
                ExchangeRefusal.OVER_RELEASE, file + ": over-release, " + detail + "; nothing was imported.");
    }
}
