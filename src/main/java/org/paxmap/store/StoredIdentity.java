package org.paxmap.store;

import java.time.Instant;
import java.util.Objects;

/**
 * This node's identity as kept in {@code paxmap_identity} (one row at most). Plain values: the store does not
 * interpret the key material. Immutable.
 *
 * @param nodeId the picture's node id
 * @param name display name
 * @param organisation nation or organisation code
 * @param publicKey the Ed25519 public key, RFC 8037 {@code x} (base64url of 32 bytes)
 * @param encryptedPrivateKey the passphrase-encrypted private key envelope (JSON text)
 * @param createdAt when the key pair was generated
 */
public record StoredIdentity(
        String nodeId,
        String name,
        String organisation,
        String publicKey,
        String encryptedPrivateKey,
        Instant createdAt) {
    /** Requires every field. */
    public StoredIdentity {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(encryptedPrivateKey, "encryptedPrivateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
