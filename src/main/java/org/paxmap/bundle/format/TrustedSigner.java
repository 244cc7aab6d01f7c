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
 */
public record TrustedSigner(
        String nodeId, String kid, PublicKey publicKey, boolean active, java.time.Instant notAfter, String ended) {
    /** Checks that all parts are present. */
    public TrustedSigner {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
        if ((notAfter == null) != (ended == null)) {
            throw new IllegalArgumentException("notAfter and ended go together");
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
