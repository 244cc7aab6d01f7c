package org.paxmap.bundle.format;

import java.security.PublicKey;
import java.util.Objects;

/**
 * A partner key from the local trust list: the node id it signs for, its Ed25519 public key, and whether the partner
 * is active. Immutable.
 *
 * @param nodeId the node the key belongs to; must equal a bundle's {@code manifest.sender.nodeId}
 * @param kid the key id (RFC 7638 thumbprint) the trust list knows the key by
 * @param publicKey the Ed25519 public key
 * @param active false for a suspended partner: a bundle its key signs verifies, and is then refused as from a
 *     suspended partner ({@link BundleRefusal#SIGNER_SUSPENDED})
 * @param notAfter null for a current key; for a key replaced by a rotation or revoked, the instant after which a
 *     bundle it signs (by the manifest's {@code createdAt}) is refused
 * @param ended for a key with {@code notAfter}: {@code "rotated"} or {@code "revoked"}, for messages
 * @param certification for a key known only through a root's certificate the bundle carries, its period and
 *     revocations ({@link ManifestSignature#requireInForce} checks the bundle's date against them); else null
 */
public record TrustedSigner(
        String nodeId,
        String kid,
        PublicKey publicKey,
        boolean active,
        java.time.Instant notAfter,
        String ended,
        Certification certification) {
    /** Checks that all parts are present. */
    public TrustedSigner {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
        if ((notAfter == null) != (ended == null)) {
            throw new IllegalArgumentException("notAfter and ended go together");
        }
    }

    /** A partner's key, current or ended, known from the trust list. */
    public TrustedSigner(
            String nodeId, String kid, PublicKey publicKey, boolean active, java.time.Instant notAfter, String ended) {
        this(nodeId, kid, publicKey, active, notAfter, ended, null);
    }

    /** The key of a node a trusted root certified. */
    public TrustedSigner(String nodeId, String kid, PublicKey publicKey, Certification certification) {
        this(nodeId, kid, publicKey, true, null, null, Objects.requireNonNull(certification, "certification"));
    }

    /**
     * What a root's certificate says of a signing key, as the bundle's date is checked against it.
     *
     * @param root the root in words, e.g. "FRA root 12345 67890"
     * @param notBefore the certificate's first instant
     * @param notAfter its last
     * @param revokedSince when the root revoked this node key, or null
     * @param rootRevokedSince when the root revoked itself, or null (then no bundle is accepted on its word)
     * @param checkedAt the receiver's clock when the bundle is read: a certificate expired by then vouches for nothing,
     *     whatever date the bundle claims
     */
    public record Certification(
            String root,
            java.time.Instant notBefore,
            java.time.Instant notAfter,
            java.time.Instant revokedSince,
            java.time.Instant rootRevokedSince,
            java.time.Instant checkedAt) {
        /** Requires the root, the period and the receiver's clock. */
        public Certification {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(notBefore, "notBefore");
            Objects.requireNonNull(notAfter, "notAfter");
            Objects.requireNonNull(checkedAt, "checkedAt");
        }
    }

    /** The current key of a partner, active or suspended. */
    public TrustedSigner(String nodeId, String kid, PublicKey publicKey, boolean active) {
        this(nodeId, kid, publicKey, active, null, null);
    }

    /** The key of an active partner. */
    public TrustedSigner(String nodeId, String kid, PublicKey publicKey) {
        this(nodeId, kid, publicKey, true);
    }
}
