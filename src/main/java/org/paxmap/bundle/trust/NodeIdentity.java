package org.paxmap.bundle.trust;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a node is: its node id (the picture's {@code PictureStore.nodeId()}), a display name, its nation or
 * organisation code, its Ed25519 public key and when that key was created. The same value describes this node and
 * each partner. Immutable and thread-safe.
 *
 * @param nodeId the node id that signs bundles and versions edits, e.g. {@code FRA-HQ}
 * @param name a display name, e.g. {@code French HQ, Sector West}
 * @param organisation a nation code (ISO 3166 alpha-3, e.g. {@code FRA}) or an organisation (e.g. {@code UN}); 2 to
 *     10 upper-case letters or digits, upper-cased on construction
 * @param key the node's public key
 * @param createdAt when the key pair was generated, kept to the second
 * @param encryptionKey the node's X25519 encryption key, or null for a node whose key file has none (made before
 *     Paxmap encrypted bundles)
 */
public record NodeIdentity(
        String nodeId,
        String name,
        String organisation,
        PublicKeyJwk key,
        Instant createdAt,
        EncryptionKeyJwk encryptionKey) {
    private static final Pattern ORGANISATION = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    /** Validates every field; throws {@link IllegalArgumentException} naming the field. */
    public NodeIdentity {
        nodeId = required("node id", nodeId);
        name = required("name", name);
        organisation = organisation(organisation);
        Objects.requireNonNull(key, "key");
        createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /** An identity without an encryption key. */
    public NodeIdentity(String nodeId, String name, String organisation, PublicKeyJwk key, Instant createdAt) {
        this(nodeId, name, organisation, key, createdAt, null);
    }

    /** This identity with {@code encryptionKey}. */
    public NodeIdentity withEncryptionKey(EncryptionKeyJwk encryptionKey) {
        return new NodeIdentity(nodeId, name, organisation, key, createdAt, encryptionKey);
    }

    /**
     * The normalised organisation code, or an {@link IllegalArgumentException} saying what a code looks like.
     */
    public static String organisation(String code) {
        String c = required("organisation", code).toUpperCase(Locale.ROOT);
        if (!ORGANISATION.matcher(c).matches()) {
            throw new IllegalArgumentException("organisation '" + code
                    + "' is not a code: use a 3-letter nation code such as FRA or an organisation such as UN");
        }
        return c;
    }

    /** The key's RFC 7638 thumbprint: the {@code kid} of this node's signatures. */
    public String kid() {
        return key.thumbprint();
    }

    /**
     * The fingerprint compared out of band: of the signing key alone for a node without an encryption key (as before),
     * of both keys otherwise ({@link Fingerprint#ofKeys}), so a swapped encryption key changes the digits.
     */
    public Fingerprint fingerprint() {
        return encryptionKey == null ? key.fingerprint() : Fingerprint.ofKeys(kid(), encryptionKey.thumbprint());
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + field + " is missing");
        }
        return value.trim();
    }
}
