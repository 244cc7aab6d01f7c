package org.paxmap.bundle.format;

import java.security.PublicKey;
import java.util.Objects;

/**
 * A partner key from the local trust list: the node id it signs for and its Ed25519 public key. Immutable.
 *
 * @param nodeId the node the key belongs to; must equal a bundle's {@code manifest.sender.nodeId}
 * @param kid the key id (RFC 7638 thumbprint) the trust list knows the key by
 * @param publicKey the Ed25519 public key
 */
public record TrustedSigner(String nodeId, String kid, PublicKey publicKey) {
    /** Checks that all parts are present. */
    public TrustedSigner {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
