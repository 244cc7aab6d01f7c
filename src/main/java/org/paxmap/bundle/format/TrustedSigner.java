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
 */
public record TrustedSigner(String nodeId, String kid, PublicKey publicKey, boolean active) {
    /** Checks that all parts are present. */
    public TrustedSigner {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    /** The key of an active partner. */
    public TrustedSigner(String nodeId, String kid, PublicKey publicKey) {
        this(nodeId, kid, publicKey, true);
    }
}
