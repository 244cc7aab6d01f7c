package org.paxmap.bundle.trust;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * What two people compare out of band (read aloud over the phone, side by side on two screens) before one node trusts
 * the other's key: the key's RFC 7638 thumbprint shown as 12 groups of 5 digits, Signal-style, and in its base64url
 * form. Immutable and thread-safe.
 *
 * <h2>Derivation (version 1)</h2>
 *
 * A partner implementation reproduces the digits exactly as follows:
 *
 * <ol>
 *   <li>{@code t} = the 32 bytes of the thumbprint (base64url-decode {@link #base64url()}), i.e. SHA-256 of the JWK's
 *       canonical JSON {@code {"crv":"Ed25519","kty":"OKP","x":"..."}};
 *   <li>{@code h} = SHA-512 over the 21 ASCII bytes {@code paxmap-fingerprint/1}, one zero byte, then {@code t};
 *   <li>for {@code i} = 0 … 11: read bytes {@code h[5i] … h[5i+4]} as an unsigned big-endian 40-bit integer,
 *       take it modulo 100000, and write it as 5 decimal digits with leading zeros;
 *   <li>the 12 groups in that order, separated by single spaces, are the fingerprint (60 digits, about 199 bits).
 * </ol>
 *
 * The domain tag keeps these digits from colliding with any other use of the same thumbprint.
 *
 * <h2>A node with an encryption key</h2>
 *
 * A node that also has an X25519 encryption key ({@link EncryptionKeyJwk}) is fingerprinted over both keys: {@code t}
 * is then SHA-256 over the 18 ASCII bytes {@code paxmap-node-keys/2}, one zero byte, the 32 bytes of the signing
 * key's thumbprint and the 32 bytes of the encryption key's RFC 7638 thumbprint ({@link #ofKeys}); the steps above
 * follow unchanged, and {@link #base64url()} is that {@code t}. Swapping either key changes every group.
 *
 * @param base64url the RFC 7638 thumbprint, unpadded base64url of 32 bytes
 */
public record Fingerprint(String base64url) {
    /** The domain tag hashed before the thumbprint (followed by one zero byte). */
    public static final String DOMAIN = "paxmap-fingerprint/1";

    /** Number of groups of digits. */
    public static final int GROUPS = 12;

    /** Checks that the thumbprint is canonical base64url of 32 bytes. */
    public Fingerprint {
        try {
            byte[] t = StrictJson.base64url(base64url, "thumbprint", JsonPlace.of("fingerprint"));
            if (t.length != 32) {
                throw new IllegalArgumentException("a thumbprint has 32 bytes, not " + t.length);
            }
        } catch (TrustException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The fingerprint of an RFC 7638 thumbprint. */
    public static Fingerprint of(String thumbprint) {
        return new Fingerprint(thumbprint);
    }

    /** The domain tag of the combined thumbprint of a node's signing and encryption keys. */
    public static final String KEYS_DOMAIN = "paxmap-node-keys/2";

    /** The fingerprint of a node's signing key (thumbprint {@code signing}) and encryption key ({@code encryption}). */
    public static Fingerprint ofKeys(String signing, String encryption) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(KEYS_DOMAIN.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) 0);
            sha256.update(java.util.Base64.getUrlDecoder().decode(signing));
            sha256.update(java.util.Base64.getUrlDecoder().decode(encryption));
            return new Fingerprint(org.paxmap.bytes.Base64Url.encode(sha256.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The 12 groups of 5 digits, in order. */
    public List<String> groups() {
        byte[] h;
        try {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            sha512.update(DOMAIN.getBytes(StandardCharsets.US_ASCII));
            sha512.update((byte) 0);
            h = sha512.digest(java.util.Base64.getUrlDecoder().decode(base64url));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-512", e);
        }
        List<String> groups = new ArrayList<>(GROUPS);
        for (int i = 0; i < GROUPS; i++) {
            long value = 0;
            for (int j = 0; j < 5; j++) {
                value = (value << 8) | (h[5 * i + j] & 0xFF);
            }
            groups.add(String.format("%05d", value % 100_000));
        }
        return List.copyOf(groups);
    }

    /** Fewest groups a person must type back to confirm a fingerprint. */
    public static final int MIN_TYPED_GROUPS = 2;

    /**
     * Whether {@code typed} — digits a person typed back after comparing out of band, spaces and dashes ignored — are
     * this fingerprint's first groups, at least {@value #MIN_TYPED_GROUPS} whole groups of 5 (all 12 may be given).
     */
    public boolean confirmedBy(String typed) {
        if (typed == null) {
            return false;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]+") || digits.length() % 5 != 0 || digits.length() < 5 * MIN_TYPED_GROUPS) {
            return false;
        }
        return String.join("", groups()).startsWith(digits);
    }

    /**
     * Whether {@code typed} (spaces and hyphens ignored) is the whole fingerprint, every group: what trusting a root
     * needs, since a root vouches for every node it certifies (two groups are some 2^33 keys to search through).
     */
    public boolean confirmedInFull(String typed) {
        return typed != null && typed.replaceAll("[\\s-]", "").equals(String.join("", groups()));
    }

    /** The digits: 12 groups of 5 separated by single spaces. */
    public String digits() {
        return String.join(" ", groups());
    }

    /** The digits on three lines of four groups, for display. */
    public String digitsInLines() {
        List<String> g = groups();
        return String.join(" ", g.subList(0, 4)) + "\n" + String.join(" ", g.subList(4, 8)) + "\n"
                + String.join(" ", g.subList(8, 12));
    }

    @Override
    public String toString() {
        return digits();
    }
}
