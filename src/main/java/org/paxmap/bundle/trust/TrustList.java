package org.paxmap.bundle.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.store.StoredPartner;

/**
 * The partners a picture trusts, kept in the picture ({@code paxmap_partners}). There is no trust on first use: a
 * partner is added explicitly from its public key file once someone has compared the fingerprint with the partner
 * out of band, and that person and time are recorded.
 *
 * <p>Signature verification asks {@link #signer(String, String)}: the {@code kid} must name the key of an active
 * partner whose node id is the manifest's sender. Suspended partners stay listed but do not resolve.
 *
 * <p>Thread-safe: every method reads or writes the store in one transaction, and the store's unique constraints on
 * node id, key and thumbprint hold even if two threads add the same partner at once.
 */
public final class TrustList {
    private final PictureStore store;

    /** The trust list of {@code store}; the caller keeps owning the store. */
    public TrustList(PictureStore store) {
        this.store = store;
    }

    /**
     * Adds a partner.
     *
     * @param key the partner's identity, as read from its public key file
     * @param verifiedBy who compared the fingerprint out of band (required)
     * @param verifiedAt when
     * @param channels per policy, the highest classification the channel to the partner may carry; each must be
     *     known to the picture's policy table
     * @param holds releasability codes the partner holds besides its organisation
     * @throws TrustException if verifiedBy is missing, the key or node id is this node's own or already a partner's,
     *     or a channel names an unknown policy or classification
     */
    public Partner add(
            NodeIdentity key, String verifiedBy, Instant verifiedAt, Map<String, String> channels, List<String> holds)
            throws TrustException, StoreException {
        return add(key, verifiedBy, verifiedAt, channels, holds, false);
    }

    /**
     * As {@link #add(NodeIdentity, String, Instant, Map, List)}; {@code allowTestKeys} lets a key marked TEST ONLY
     * ({@link TestOnlyKeys}) be trusted by a picture not created as a sample.
     */
    public Partner add(
            NodeIdentity key,
            String verifiedBy,
            Instant verifiedAt,
            Map<String, String> channels,
            List<String> holds,
            boolean allowTestKeys)
            throws TrustException, StoreException {
        TestOnlyKeys.check(store, key, allowTestKeys, "a partner");
        Partner partner;
        try {
            partner = new Partner(key, verifiedBy, verifiedAt, channels, holds, PartnerStatus.ACTIVE, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new TrustException("cannot add partner " + key.nodeId() + ": " + e.getMessage(), e);
        }
        String refused = "cannot add partner " + key.nodeId() + " to " + store.file() + ": ";
        if (key.nodeId().equals(store.nodeId())) {
            throw new TrustException(refused + "that is this picture's own node id");
        }
        Optional<NodeIdentity> own = LocalIdentity.read(store);
        if (own.isPresent() && own.get().kid().equals(key.kid())) {
            throw new TrustException(refused + "that is this node's own key");
        }
        for (Partner existing : partners()) {
            if (existing.nodeId().equals(key.nodeId())) {
                throw new TrustException(refused + "node " + key.nodeId() + " is already a partner (key "
                        + existing.kid() + "); remove it first to replace its key");
            }
            if (existing.kid().equals(key.kid())) {
                throw new TrustException(refused + "its key is already the key of partner " + existing.nodeId());
            }
        }
        PolicyTable table = PolicyTable.load(store);
        for (Map.Entry<String, String> channel : partner.channels().entrySet()) {
            ReleasePolicy policy = table.policy(channel.getKey())
                    .orElseThrow(() -> new TrustException(refused + "channel policy " + channel.getKey()
                            + " is not in the policy table (known: "
                            + String.join(", ", table.policies().keySet()) + ")"));
            if (policy.rank(channel.getValue()).isEmpty()) {
                throw new TrustException(refused + "policy " + policy.name() + " has no classification "
                        + channel.getValue() + " (known: " + String.join(", ", policy.classifications()) + ")");
            }
        }
        for (String code : partner.holds()) {
            boolean known = table.policies().values().stream().anyMatch(p -> p.knows(code));
            if (!known) {
                throw new TrustException(refused + "releasability code " + code + " is not known to any policy");
            }
        }
        store.addPartner(stored(partner));
        return partner;
    }

    /** Every partner, active and suspended, by node id. */
    public List<Partner> partners() throws TrustException, StoreException {
        List<Partner> out = new ArrayList<>();
        for (StoredPartner s : store.partners()) {
            out.add(partner(s));
        }
        return out;
    }

    /** The partner with node id {@code nodeId}, active or suspended. */
    public Optional<Partner> partner(String nodeId) throws TrustException, StoreException {
        for (Partner p : partners()) {
            if (p.nodeId().equals(nodeId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The active partner whose key has thumbprint {@code kid}; suspended and unknown keys do not resolve. */
    public Optional<Partner> resolve(String kid) throws TrustException, StoreException {
        for (Partner p : partners()) {
            if (p.kid().equals(kid)) {
                return p.active() ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The partner that signed a manifest: {@code kid} must be the key of an active partner whose node id is {@code
     * sender}.
     *
     * @throws TrustException saying which of these fails: unknown key, suspended partner, or key of another node
     */
    public Partner signer(String kid, String sender) throws TrustException, StoreException {
        for (Partner p : partners()) {
            if (!p.kid().equals(kid)) {
                continue;
            }
            if (!p.nodeId().equals(sender)) {
                throw new TrustException("the bundle names sender " + sender + " but is signed with the key of partner "
                        + p.nodeId() + " (" + kid + ")");
            }
            if (!p.active()) {
                throw new TrustException("partner " + sender + " is suspended; its bundles are not accepted");
            }
            return p;
        }
        throw new TrustException("unknown signer: key " + kid + " (sender " + sender + ") is not in the trust list of "
                + store.file() + "; add the partner's public key file after comparing its fingerprint");
    }

    /** Suspends a partner: its key stops resolving and nothing is released to it. */
    public Partner suspend(String nodeId) throws TrustException, StoreException {
        return setStatus(nodeId, PartnerStatus.SUSPENDED);
    }

    /** Makes a suspended partner active again. */
    public Partner activate(String nodeId) throws TrustException, StoreException {
        return setStatus(nodeId, PartnerStatus.ACTIVE);
    }

    /**
     * Lets partner {@code nodeId} edit this node's features directly ({@code true}: its edits apply as they come, for
     * two nodes of one team) or only propose edits for a person to accept ({@code false}, the default).
     *
     * @throws TrustException if there is no such partner
     */
    public void allowEdits(String nodeId, boolean allowed) throws TrustException, StoreException {
        if (partner(nodeId).isEmpty()) {
            throw noSuchPartner(nodeId);
        }
        store.proposals().setEditRight(nodeId, allowed);
    }

    /** Whether a person let partner {@code nodeId} edit this node's features directly. */
    public boolean mayEdit(String nodeId) throws StoreException {
        return store.proposals().editRights().contains(nodeId);
    }

    /** Removes a partner. */
    public void remove(String nodeId) throws TrustException, StoreException {
        if (!store.removePartner(nodeId)) {
            throw noSuchPartner(nodeId);
        }
    }

    private Partner setStatus(String nodeId, PartnerStatus status) throws TrustException, StoreException {
        String value = status == PartnerStatus.ACTIVE ? StoredPartner.ACTIVE : StoredPartner.SUSPENDED;
        if (!store.setPartnerStatus(nodeId, value)) {
            throw noSuchPartner(nodeId);
        }
        return partner(nodeId).orElseThrow(() -> noSuchPartner(nodeId));
    }

    private TrustException noSuchPartner(String nodeId) {
        return new TrustException("no partner with node id " + nodeId + " in " + store.file());
    }

    static StoredPartner stored(Partner p) {
        NodeIdentity id = p.identity();
        return new StoredPartner(
                id.nodeId(),
                id.name(),
                id.organisation(),
                id.key().x(),
                id.kid(),
                id.createdAt(),
                p.verifiedBy(),
                p.verifiedAt(),
                p.channels(),
                p.holds(),
                p.active() ? StoredPartner.ACTIVE : StoredPartner.SUSPENDED,
                p.addedAt(),
                id.encryptionKey() == null ? null : id.encryptionKey().x());
    }

    private Partner partner(StoredPartner s) throws TrustException {
        try {
            NodeIdentity id = new NodeIdentity(
                    s.nodeId(),
                    s.name(),
                    s.organisation(),
                    new PublicKeyJwk(s.publicKey()),
                    s.keyCreatedAt(),
                    s.encryptionKey() == null ? null : new EncryptionKeyJwk(s.encryptionKey()));
            if (!id.kid().equals(s.kid())) {
                throw new IllegalArgumentException("the stored thumbprint does not match the stored key");
            }
            return new Partner(
                    id,
                    s.verifiedBy(),
                    s.verifiedAt(),
                    s.channels(),
                    s.holds(),
                    StoredPartner.ACTIVE.equals(s.status()) ? PartnerStatus.ACTIVE : PartnerStatus.SUSPENDED,
                    s.addedAt());
        } catch (IllegalArgumentException e) {
            throw new TrustException(
                    store.file() + ": partner " + s.nodeId() + " in paxmap_partners is damaged: " + e.getMessage(), e);
        }
    }
}
