package org.paxmap.bundle.format;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/**
 * Who signs a bundle: the local node, its display name, organisation, key id and Ed25519 key pair. Immutable; {@link
 * #toString()} leaves the private key out.
 *
 * @param nodeId the local node id ({@code manifest.sender.nodeId})
 * @param name the display name
 * @param organisation the organisation or nation code
 * @param kid the key id (RFC 7638 thumbprint, computed by the trust package)
 * @param privateKey the Ed25519 private key that signs
 * @param publicKey its public key, with which the writer verifies the bundle it has just written
 */
public record SenderIdentity(
        String nodeId, String name, String organisation, String kid, PrivateKey privateKey, PublicKey publicKey) {
    /** Checks that every part is present. */
    public SenderIdentity {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    /** The manifest's sender part. */
    public Manifest.Sender sender() {
        return new Manifest.Sender(nodeId, name, organisation, kid);
    }

    @Override
    public String toString() {
        return "SenderIdentity[" + nodeId + ", " + name + ", " + organisation + ", kid " + kid + "]";
    }
}
