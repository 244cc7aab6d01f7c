package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.paxmap.bytes.Base64Url;
import org.paxmap.bytes.Sha256;
import org.paxmap.geojson.CanonicalJson;

/**
 * An Ed25519 public key as an RFC 8037 OKP JSON Web Key: {@code {"kty":"OKP","crv":"Ed25519","x":"<base64url>"}},
 * where {@code x} is the raw 32-byte public key (RFC 8032 encoding). Immutable and thread-safe.
 *
 * <p>The JDK represents the same key as an X.509 {@code SubjectPublicKeyInfo} (RFC 8410): the fixed 12-byte prefix
 * {@code 302a300506032b6570032100} followed by the 32 raw bytes; conversion in both directions is exact.
 *
 * @param x the raw public key, unpadded canonical base64url of exactly 32 bytes
 */
public record PublicKeyJwk(String x) {
    /** Key length of Ed25519 in bytes. */
    public static final int KEY_BYTES = 32;

    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final Set<String> MEMBERS = StrictJson.ordered("kty", "crv", "x");

    /** Checks that {@code x} is canonical base64url of 32 bytes; throws {@link IllegalArgumentException} if not. */
    public PublicKeyJwk {
        try {
            raw(x, JsonPlace.of("public key"));
        } catch (TrustException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The JWK of a JDK Ed25519 public key. */
    public static PublicKeyJwk of(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null
                || encoded.length != X509_PREFIX.length + KEY_BYTES
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
        }
        return new PublicKeyJwk(Base64Url.encode(Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length)));
    }

    /**
     * Reads a JWK object strictly: exactly the members {@code kty}, {@code crv} and {@code x}; {@code kty} must be
     * {@code OKP} and {@code crv} {@code Ed25519}.
     *
     * @param where the file and path of the JWK object, named in messages (e.g. field {@code jwk.crv})
     */
    static PublicKeyJwk read(ObjectNode jwk, JsonPlace where) throws TrustException {
        StrictJson.members(jwk, MEMBERS, MEMBERS, where);
        String kty = StrictJson.text(jwk, "kty", where);
        if (!kty.equals("OKP")) {
            throw new TrustException(where.file() + ": field '" + where.field("kty") + "' is '" + kty
                    + "', expected 'OKP' (an Ed25519 key)");
        }
        String crv = StrictJson.text(jwk, "crv", where);
        if (!crv.equals("Ed25519")) {
            throw new TrustException(
                    where.file() + ": field '" + where.field("crv") + "' is '" + crv + "', expected 'Ed25519'");
        }
        String x = StrictJson.text(jwk, "x", where);
        raw(x, where);
        return new PublicKeyJwk(x);
    }

    private static byte[] raw(String x, JsonPlace where) throws TrustException {
        if (x == null) {
            throw new TrustException(where.file() + ": field '" + where.field("x") + "' is missing");
        }
        byte[] bytes = StrictJson.base64url(x, "x", where);
        if (bytes.length != KEY_BYTES) {
            throw new TrustException(where.file() + ": field '" + where.field("x") + "' holds " + bytes.length
                    + " bytes, an Ed25519 public key has " + KEY_BYTES);
        }
        return bytes;
    }

    /** The raw 32-byte public key (a fresh copy). */
    public byte[] rawBytes() {
        return java.util.Base64.getUrlDecoder().decode(x);
    }

    /** The JWK as a JSON object with members {@code kty}, {@code crv}, {@code x}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("crv", "Ed25519");
        node.put("kty", "OKP");
        node.put("x", x);
        return node;
    }

    /**
     * The key as a JDK {@link PublicKey} ({@code Ed25519} key factory).
     *
     * @throws IllegalArgumentException if the 32 bytes are not a valid Ed25519 point encoding (the JDK decodes the
     *     point when the key is used; a key that cannot be decoded never verifies anything)
     */
    public PublicKey toPublicKey() {
        byte[] spki = new byte[X509_PREFIX.length + KEY_BYTES];
        System.arraycopy(X509_PREFIX, 0, spki, 0, X509_PREFIX.length);
        System.arraycopy(rawBytes(), 0, spki, X509_PREFIX.length, KEY_BYTES);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /**
     * The RFC 7638 JWK thumbprint: unpadded base64url of the SHA-256 of the UTF-8 bytes of {@code
     * {"crv":"Ed25519","kty":"OKP","x":"..."}} (the required members in lexicographic order, no whitespace — the
     * RFC 8785 canonical form of {@link #toJson()}). This is the {@code kid} of the node's signatures.
     */
    public String thumbprint() {
        return Base64Url.encode(Sha256.of(CanonicalJson.bytes(toJson())));
    }

    /** The fingerprint partners compare out of band. */
    public Fingerprint fingerprint() {
        return Fingerprint.of(thumbprint());
    }

    @Override
    public String toString() {
        return "Ed25519 key " + thumbprint();
    }
}
