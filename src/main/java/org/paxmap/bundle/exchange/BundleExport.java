package org.paxmap.bundle.exchange;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.paxmap.bundle.format.Bundle;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRequest;
import org.paxmap.bundle.format.BundleWriter;
import org.paxmap.bundle.format.LayerFile;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.format.SenderIdentity;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleaseDecision;
import org.paxmap.bundle.trust.ReleasePolicy;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.ExportRecord;
import org.paxmap.store.ExportSelection;
import org.paxmap.store.ImportRecord;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Exports the picture to one partner as a signed bundle, in two steps so the user sees what goes before anything is
 * written: {@link #plan} selects (everything, or what changed since the partner's last acknowledgement) and filters
 * by release label, {@link #write} signs and writes the bundle (temporary name, flushed, renamed, re-read and
 * verified) and records it on the stream to the partner.
 *
 * <p>A bundle carries one release policy: its label is the high-water mark of what it carries under that policy,
 * releasable to the partner's organisation. When releasable features fall under several policies, the policy with
 * the most features goes and the others are withheld with that reason (export again once the partner has them).
 *
 * <p>Not thread-safe; one export at a time per instance. The store's own thread-safety applies to its calls.
 */
public final class BundleExport {
    private final PictureStore store;

    /** An export from {@code store}, the local node's picture. */
    public BundleExport(PictureStore store) {
        this.store = store;
    }

    /**
     * What an export to {@code partnerNodeId} carries and what it withholds, and why. Reads only.
     *
     * @throws ExchangeException if the partner is unknown or suspended
     */
    public ExportPlan plan(String partnerNodeId, Manifest.SyncMode mode)
            throws ExchangeException, TrustException, StoreException {
        return plan(partnerNodeId, mode, null);
    }

    /**
     * What an export to {@code partnerNodeId} under the release policy {@code policyName} carries: as {@link
     * #plan(String, Manifest.SyncMode)}, but the bundle carries the policy the user chose (features under any other
     * policy are withheld, with that reason) instead of the policy with the most releasable features. Reads only.
     *
     * @param policyName a policy of the picture's policy table, or {@code null} for the policy with the most
     *     releasable features
     * @throws ExchangeException if the partner is unknown or suspended, or the picture has no such policy
     */
    public ExportPlan plan(String partnerNodeId, Manifest.SyncMode mode, String policyName)
            throws ExchangeException, TrustException, StoreException {
        Partner partner = new TrustList(store)
                .partner(partnerNodeId)
                .orElseThrow(() -> new ExchangeException(
                        ExchangeRefusal.UNKNOWN_PARTNER,
                        "No partner " + partnerNodeId + " in the trust list of " + store.file()
                                + "; add its public key file first (paxmap partners add)."));
        if (!partner.active()) {
            throw new ExchangeException(
                    ExchangeRefusal.PARTNER_SUSPENDED,
                    "Partner " + partnerNodeId + " (" + partner.identity().name()
                            + ") is suspended: nothing is exported to it.");
        }
        NodeIdentity me = LocalIdentity.require(store);
        PolicyTable policies = PolicyTable.load(store);
        if (policyName != null && policies.policy(policyName).isEmpty()) {
            throw new ExchangeException(
                    ExchangeRefusal.UNKNOWN_POLICY,
                    "No release policy " + policyName + " in " + store.file() + "; its policies are "
                            + String.join(", ", policies.policies().keySet()) + ".");
        }
        ExportSelection selection =
                mode == Manifest.SyncMode.FULL ? store.fullExport() : store.changesFor(partner.nodeId());
        List<Withheld> withheld = new ArrayList<>();
        Map<String, List<Feature>> byPolicy = new TreeMap<>();
        for (Feature f : selection.features()) {
            ReleaseDecision decision = policies.decide(f.label(), f.sync().origin(), partner, store.nodeId());
            if (decision.releasable()) {
                byPolicy.computeIfAbsent(f.label().policy(), p -> new ArrayList<>())
                        .add(f);
            } else {
                withheld.add(new Withheld(f, decision.reason()));
            }
        }
        String chosen = policyName != null
                ? policyName
                : byPolicy.entrySet().stream()
                        .max(Comparator.comparingInt((Map.Entry<String, List<Feature>> e) ->
                                        e.getValue().size())
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey)
                        .orElseGet(() -> emptyBundlePolicy(partner, policies));
        ReleasePolicy policy = policies.policy(chosen).orElseThrow();
        Map<String, Integer> releasable = new TreeMap<>();
        byPolicy.forEach((name, features) -> releasable.put(name, features.size()));
        List<Feature> candidates = new ArrayList<>();
        byPolicy.forEach((name, features) -> {
            if (name.equals(chosen)) {
                candidates.addAll(features);
            } else {
                features.forEach(f -> withheld.add(new Withheld(
                        f, "policy " + name + " travels in a bundle of its own; this bundle carries " + chosen)));
            }
        });
        String top = candidates.stream()
                .map(f -> f.label().classification())
                .max(Comparator.comparingInt(c -> policy.rank(c).orElse(-1)))
                .orElse(policy.classifications().get(0));
        ReleaseLabel label = new ReleaseLabel(
                policy.name(), top, List.of(partner.identity().organisation()), List.of(), me.organisation());
        List<Feature> included = new ArrayList<>();
        for (Feature f : candidates) {
            ReleaseDecision covered = policies.covers(label, f.label());
            if (covered.releasable()) {
                included.add(f);
            } else {
                withheld.add(new Withheld(f, covered.reason()));
            }
        }
        return new ExportPlan(partner, mode, included, withheld, label, selection.upToSeq(), releasable);
    }

    /**
     * Signs and writes the planned bundle into {@code folder} under a neutral random name, verifies the written
     * file, encrypts it to the partner unless {@code sealing} is {@link BundleSealing#PLAIN} ({@link SealedBundles}:
     * sign inside, encrypt outside), and records it on the stream to the partner.
     *
     * @param key this node's private key, unlocked with its passphrase ({@link LocalIdentity#unlock})
     * @throws ExchangeException if the bundle is to be encrypted but the partner's key file has no encryption key
     *     (nothing is written then)
     */
    public ExportResult write(ExportPlan plan, PrivateKey key, Path folder, BundleSealing sealing)
            throws BundleException, ExchangeException, java.io.IOException, TrustException, StoreException {
        NodeIdentity me = LocalIdentity.require(store);
        var recipientKey = plan.partner().identity().encryptionKey();
        if (sealing == BundleSealing.ENCRYPTED && recipientKey == null) {
            throw new ExchangeException(
                    ExchangeRefusal.NO_ENCRYPTION_KEY,
                    "Partner " + plan.partner().nodeId() + " has no encryption key in this picture (its key file was"
                            + " made before Paxmap encrypted bundles): ask it for a new public key file and add it"
                            + " again, or export unencrypted on purpose (--plain). Nothing was written.");
        }
        String partner = plan.partner().nodeId();
        SenderIdentity sender = new SenderIdentity(
                me.nodeId(),
                me.name(),
                me.organisation(),
                me.kid(),
                key,
                me.key().toPublicKey());
        Optional<ExportRecord> previous = store.lastExport(partner);
        long sequence = previous.map(p -> p.streamSeq() + 1).orElse(1L);
        Manifest.StreamPosition position = new Manifest.StreamPosition(
                sequence, previous.map(ExportRecord::manifestSha256).orElse(null));
        Map<String, Manifest.Acknowledgement> acks = new TreeMap<>();
        Optional<ImportRecord> received = store.lastImport(partner);
        received.ifPresent(
                r -> acks.put(partner, new Manifest.Acknowledgement(r.streamSeq(), UUID.fromString(r.bundleId()))));
        BundleRequest request = new BundleRequest(
                List.of(partner),
                Map.of(partner, position),
                new Manifest.Sync(plan.mode(), acks),
                plan.label(),
                org.paxmap.bundle.trust.KeyLifecycle.ownStatements(store),
                org.paxmap.bundle.trust.OwnCertificates.carried(store));
        Map<Layer, List<Feature>> layers = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            layers.put(layer, new ArrayList<>());
        }
        plan.included().forEach(f -> layers.get(f.layer()).add(f));
        List<LayerFile> files = new ArrayList<>();
        layers.forEach((layer, features) -> files.add(LayerFile.of(layer, features)));
        Bundle written;
        if (sealing == BundleSealing.PLAIN) {
            written = new BundleWriter(sender).writeInto(folder, request, files);
        } else {
            Path work = SealedBundles.workFolder();
            try {
                String name = BundleWriter.defaultFileName();
                Bundle plain = new BundleWriter(sender).writeScratch(work.resolve(name), request, files);
                Path target = folder.resolve(name);
                SealedBundles.seal(plain.file(), target, List.of(recipientKey.rawBytes()));
                written = plain.at(target);
            } finally {
                SealedBundles.delete(work);
            }
        }
        Manifest manifest = written.manifest();
        store.recordExport(new ExportRecord(
                partner,
                sequence,
                manifest.bundleId().toString(),
                manifest.sha256(),
                plan.changelogSeq(),
                Instant.now()));
        return new ExportResult(written.file(), manifest, plan, sealing == BundleSealing.ENCRYPTED);
    }

    /** The policy of an export with nothing releasable: the first policy the channel to the partner carries. */
    private static String emptyBundlePolicy(Partner partner, PolicyTable policies) {
        return partner.channels().keySet().stream()
                .filter(p -> policies.policy(p).isPresent())
                .findFirst()
                .orElseGet(() -> policies.policies().keySet().iterator().next());
    }
}
