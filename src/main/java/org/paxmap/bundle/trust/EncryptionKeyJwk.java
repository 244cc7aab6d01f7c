package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.paxmap.bundle.seal.X25519Keys;
import org.paxmap.bytes.Base64Url;
import org.paxmap.bytes.Sha256;
import org.paxmap.geojson.CanonicalJson;

/**
 * A node's X25519 encryption key as an RFC 8037 OKP JSON Web Key, {@code {"kty":"OKP","crv":"X25519","x":"…"}}:
 * bundles for the node are encrypted to it ({@code org.paxmap.bundle.seal}). It travels in the node's public key file
 * beside the Ed25519 signing key and is covered by the node's fingerprint ({@link Fingerprint#ofKeys}). Immutable and
 * thread-safe.
 *
 * @param x the raw 32-byte public key, unpadded canonical base64url
 */
public record EncryptionKeyJwk(String x) {
    private static final Set<String> MEMBERS = StrictJson.ordered("kty", "crv", "x");

    /** Checks that {@code x} is canonical base64url of 32 bytes; throws {@link IllegalArgumentException} if not. */
    public EncryptionKeyJwk {
        try {
            byte[] raw = StrictJson.base64url(x, "x", JsonPlace.of("encryption key"));
            if (raw.length != X25519Keys.KEY_BYTES) {
                throw new IllegalArgumentException("an X25519 key has 32 bytes, not " + raw.length);
            }
        } catch (TrustException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The JWK of a raw 32-byte X25519 public key. */
    public static EncryptionKeyJwk of(byte[] raw) {
        return new EncryptionKeyJwk(Base64Url.encode(raw));
    }

    /** Reads a JWK object strictly: exactly {@code kty} {@code OKP}, {@code crv} {@code X25519} and {@code x}. */
    static EncryptionKeyJwk read(ObjectNode jwk, JsonPlace where) throws TrustException {
        StrictJson.members(jwk, MEMBERS, MEMBERS, where);
        for (String[] expected : new String[][] {{"kty", "OKP"}, {"crv", "X25519"}}) {
            String actual = StrictJson.text(jwk, expected[0], where);
            if (!actual.equals(expected[1])) {
                throw new TrustException(where.file() + ": field '" + where.field(expected[0]) + "' is '" + actual
                        + "', expected '" + expected[1] + "'");
            }
        }
        try {
            return new EncryptionKeyJwk(StrictJson.text(jwk, "x", where));
        } catch (IllegalArgumentException e) {
            throw new TrustException(where.file() + ": field '" + where.field("x") + "': " + e.getMessage(), e);
        }
    }

    /** The raw 32 bytes (a fresh copy). */
    public byte[] rawBytes() {
        return java.util.Base64.getUrlDecoder().decode(x);
    }

    /** The age recipient form, {@code age1…}. */
    public String recipient() {
        return X25519Keys.recipient(rawBytes());
    }

    /** The JWK as a JSON object. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("crv", "X25519");
        node.put("kty", "OKP");
        node.put("x", x);
        return node;
    }

    /** The RFC 7638 thumbprint, as {@link PublicKeyJwk#thumbprint()} computes it for the signing key. */
    public String thumbprint() {
        return Base64Url.encode(Sha256.of(CanonicalJson.bytes(toJson())));
    }
}
