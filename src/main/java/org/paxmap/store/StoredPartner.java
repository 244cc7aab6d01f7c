package org.paxmap.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A partner node as kept in {@code paxmap_partners}: its identity and key, who verified the key's fingerprint and
 * when, what the channel to it may carry and which releasability codes it holds, and its status. Plain values: the
 * store does not interpret them beyond the uniqueness of node id, key and thumbprint. Immutable.
 *
 * @param nodeId the partner's node id (unique)
 * @param name display name
 * @param organisation nation or organisation code
 * @param publicKey Ed25519 public key, RFC 8037 {@code x} (unique)
 * @param kid the key's RFC 7638 thumbprint (unique)
 * @param keyCreatedAt when the partner generated the key
 * @param verifiedBy who compared the fingerprint out of band
 * @param verifiedAt when
 * @param channels per release policy, the highest classification the channel to the partner may carry
 * @param holds the releasability codes the partner holds, e.g. {@code ITA}, {@code NATO}
 * @param status {@code active} or {@code suspended}
 * @param addedAt when the partner was added to this picture
 * @param encryptionKey the partner's X25519 encryption key, base64url of 32 bytes, or null for a key file without one
 *     (schema version 8)
 */
public record StoredPartner(
        String nodeId,
        String name,
        String organisation,
        String publicKey,
        String kid,
        Instant keyCreatedAt,
        String verifiedBy,
        Instant verifiedAt,
        Map<String, String> channels,
        List<String> holds,
        String status,
        Instant addedAt,
        String encryptionKey) {
    /** Status value of an active partner. */
    public static final String ACTIVE = "active";
    /** Status value of a suspended partner. */
    public static final String SUSPENDED = "suspended";

    /** Requires every field; copies the collections (channels sorted by policy). */
    public StoredPartner {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(keyCreatedAt, "keyCreatedAt");
        Objects.requireNonNull(verifiedBy, "verifiedBy");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        channels = java.util.Collections.unmodifiableMap(new TreeMap<>(channels));
        holds = List.copyOf(holds);
        if (!ACTIVE.equals(status) && !SUSPENDED.equals(status)) {
            throw new IllegalArgumentException("partner status must be active or suspended, not " + status);
        }
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** A partner without an encryption key. */
    public StoredPartner(
            String nodeId,
            String name,
            String organisation,
            String publicKey,
            String kid,
            Instant keyCreatedAt,
            String verifiedBy,
            Instant verifiedAt,
            Map<String, String> channels,
            List<String> holds,
            String status,
            Instant addedAt) {
        this(
                nodeId,
                name,
                organisation,
                publicKey,
                kid,
                keyCreatedAt,
                verifiedBy,
                verifiedAt,
                channels,
                holds,
                status,
                addedAt,
                null);
    }
}
