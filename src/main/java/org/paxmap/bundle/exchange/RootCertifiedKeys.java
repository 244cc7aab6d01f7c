package org.paxmap.bundle.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.format.Certificates;
import org.paxmap.bundle.format.SignerKeys;
import org.paxmap.bundle.format.TrustedSigner;
import org.paxmap.bundle.trust.NodeCertificate;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.RootRevocations;
import org.paxmap.bundle.trust.TrustException;
import org.paxmap.bundle.trust.TrustedRoot;
import org.paxmap.bundle.trust.TrustedRoots;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The partners' keys ({@link StatementKeys}) and, for a signing key no partner holds, the certificate the bundle
 * carries from a root this picture trusts ({@link TrustedRoots}): such a key signs as its node for bundles dated within
 * the certificate's period and before any revocation of it, never once its root revoked itself ({@link
 * TrustedSigner.Certification}), nor once it has expired by this machine's clock; it must name a node of the root's
 * own organisation ({@code ORG-…}) other than this picture's. The roots' revocation lists the bundle
 * carries are verified against their trusted root and taken when newer than the one kept and withdrawing nothing it
 * revoked (an older one replayed does nothing; one from a root not trusted is passed over; one that withdraws a
 * revocation refuses the bundle). A certificate of a trusted root is verified before its payload is read: one that
 * does not verify vouches for nothing, whatever it says. A certificate is looked
 * at only when the bundle's key is not a partner's: a partner's bundle is not refused for a certificate it carries
 * from a root this picture does not know. One instance per read; not thread-safe.
 */
final class RootCertifiedKeys implements SignerKeys {
    private final StatementKeys partners;
    private final Map<String, TrustedRoot> roots = new LinkedHashMap<>();
    /** Per root kid, the newest revocation list: the one kept, or a newer one from this bundle. */
    private final Map<String, RootRevocations> revocations = new HashMap<>();

    private final List<RootRevocations> accepted = new ArrayList<>();
    private final List<NodeCertificate> certificates = new ArrayList<>();
    /** The trusted roots whose certificates in this bundle did not verify (their payloads left unread). */
    private final List<TrustedRoot> altered = new ArrayList<>();

    private final Map<String, Partner> certified = new HashMap<>();

    private final String ownNode;
    private final Instant now;

    /**
     * The keys of {@code partners} and of the nodes the roots {@code store} trusts certify, judged at {@code now} (the
     * receiver's clock: a certificate that has expired by then vouches for nothing, whatever date a bundle claims).
     */
    RootCertifiedKeys(StatementKeys partners, PictureStore store, Instant now) throws TrustException, StoreException {
        this.partners = partners;
        this.ownNode = store.nodeId();
        this.now = now;
        for (TrustedRoot r : TrustedRoots.list(store)) {
            roots.put(r.kid(), r);
            TrustedRoots.revocations(store, r).ifPresent(l -> revocations.put(r.kid(), l));
        }
    }

    /** The partners' keys and their key statements. */
    StatementKeys partners() {
        return partners;
    }

    /** The revocation lists this bundle carried that are newer than those kept, to be recorded by the apply. */
    List<RootRevocations> accepted() {
        return List.copyOf(accepted);
    }

    /** The partner a trusted root's certificate made of the node {@code nodeId}, if its key signed this bundle. */
    Optional<Partner> certified(String nodeId) {
        return Optional.ofNullable(certified.get(nodeId));
    }

    @Override
    public SignerKeys withStatements(List<String> statements, String bundle) throws BundleException {
        partners.withStatements(statements, bundle);
        return this;
    }

    @Override
    public SignerKeys withCertificates(List<String> items, String bundle) throws BundleException {
        int n = 0;
        for (String compact : items) {
            n++;
            String where = "item " + n;
            try {
                if (RootRevocations.is(compact)) {
                    take(RootRevocations.read(compact, null, where), compact, where);
                } else if (NodeCertificate.is(compact)) {
                    TrustedRoot root = roots.get(NodeCertificate.signerKid(compact, where));
                    if (root != null && !NodeCertificate.signedBy(compact, root.identity(), where)) {
                        altered.add(root); // refused for its signature before its payload is read
                        continue;
                    }
                    certificates.add(NodeCertificate.read(compact, where));
                } else {
                    throw new TrustException(where + " is neither a root's certificate nor a revocation list");
                }
            } catch (TrustException e) {
                throw new BundleException(
                        BundleRefusal.CERTIFICATE_INVALID, bundle, Certificates.ENTRY, e.getMessage());
            }
        }
        return this;
    }

    private void take(RootRevocations claimed, String compact, String where) throws TrustException {
        TrustedRoot root = roots.get(claimed.rootKid());
        RootRevocations kept = revocations.get(claimed.rootKid());
        if (root == null || (kept != null && claimed.version() <= kept.version())) {
            return; // not a root of ours, or not newer: a replay does nothing
        }
        RootRevocations verified = RootRevocations.read(compact, root.identity(), where);
        verified.requireSuccessorOf(kept, where);
        revocations.put(root.kid(), verified);
        accepted.removeIf(l -> l.rootKid().equals(root.kid()));
        accepted.add(verified);
    }

    @Override
    public Optional<TrustedSigner> byKid(String kid) {
        Optional<TrustedSigner> partner = partners.byKid(kid);
        if (partner.isPresent()) {
            return partner;
        }
        Verdict v = verdict(kid);
        if (v.signer() != null) {
            certified.put(v.signer().nodeId(), v.partner());
        }
        return Optional.ofNullable(v.signer());
    }

    @Override
    public Optional<String> unknownBecause(String kid) {
        return Optional.ofNullable(verdict(kid).reason());
    }

    /** A certified signer and the partner it stands for, or the reason the bundle's certificates do not vouch. */
    private record Verdict(TrustedSigner signer, Partner partner, String reason) {}

    private Verdict verdict(String kid) {
        List<NodeCertificate> forKey =
                certificates.stream().filter(c -> c.kid().equals(kid)).toList();
        if (forKey.isEmpty()) {
            if (!altered.isEmpty()) {
                return new Verdict(
                        null,
                        null,
                        "a certificate the bundle carries names the "
                                + altered.get(0).words() + " as its signer, but it does not verify with the "
                                + altered.get(0).words() + " key (altered, or not signed by that root), so what it"
                                + " says was not read; nothing is accepted on it");
            }
            if (certificates.isEmpty()) {
                return new Verdict(null, null, null);
            }
            NodeCertificate other = certificates.get(0);
            return new Verdict(
                    null,
                    null,
                    "the bundle is signed by key " + kid + ", but its certificate is for another"
                            + " key, " + other.kid() + " of node "
                            + other.node().nodeId() + ": a certificate vouches only for"
                            + " the key it names; ask the sender to export again with its current key and certificate");
        }
        String reason = null;
        for (NodeCertificate c : forKey) {
            TrustedRoot root = roots.get(c.rootKid());
            String node = "the certificate of node " + c.node().nodeId() + " (key " + kid + ")";
            if (root == null) {
                reason = node + " is signed by root key " + c.rootKid() + " (organisation " + c.organisation()
                        + "), which this picture does not trust: get that root's public key file, compare its"
                        + " fingerprint with the root's holder, and trust it with 'paxmap roots trust'";
                continue;
            }
            try {
                if (!c.verifiedBy(root.identity())
                        || !c.organisation().equals(root.identity().organisation())) {
                    return new Verdict(
                            null,
                            null,
                            node + " does not verify with the " + root.words()
                                    + " key (altered, or not signed by that root); nothing is" + " accepted on it");
                }
            } catch (TrustException e) {
                return new Verdict(null, null, node + ": " + e.getMessage());
            }
            String nodeId = c.node().nodeId();
            String prefix = root.identity().organisation() + "-";
            if (!nodeId.startsWith(prefix) || nodeId.equals(ownNode)) {
                return new Verdict(
                        null,
                        null,
                        node + " names " + nodeId + ", but the " + root.words() + " vouches only for nodes of "
                                + root.identity().organisation() + " (named " + prefix + "…), never for this"
                                + " picture's own node; nothing is accepted on it");
            }
            if (partners.isPartner(c.node().nodeId())) {
                return new Verdict(
                        null,
                        null,
                        node + " names " + c.node().nodeId() + ", a partner of this picture"
                                + " with another key: a root's certificate does not replace a partner's key; if the partner"
                                + " changed its key, it rotates it ('paxmap keys rotate') or you add it again");
            }
            RootRevocations list = revocations.get(root.kid());
            Instant nodeRevoked = list == null ? null : list.revoked(kid).orElse(null);
            Instant rootRevoked = list == null ? null : list.rootSince();
            TrustedSigner signer = new TrustedSigner(
                    c.node().nodeId(),
                    kid,
                    c.node().key().toPublicKey(),
                    new TrustedSigner.Certification(
                            root.words(), c.notBefore(), c.notAfter(), nodeRevoked, rootRevoked, now));
            return new Verdict(signer, root.partnerFor(c), null);
        }
        return new Verdict(null, null, reason);
    }
}
