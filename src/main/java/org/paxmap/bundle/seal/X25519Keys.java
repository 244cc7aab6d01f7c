package org.paxmap.bundle.seal;

import com.exceptionfactory.jagged.bech32.Bech32;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * X25519 keys (RFC 7748) with the JDK's own provider, and the two text forms age gives them: a recipient {@code
 * age1…} (Bech32 of the 32-byte public key, human-readable part {@code age}) and an identity {@code
 * AGE-SECRET-KEY-1…} (Bech32 of the 32-byte private key, upper case). The JDK encodes the same keys as X.509 and
 * PKCS#8 with fixed prefixes before the 32 raw bytes; conversion is exact. Stateless and thread-safe.
 */
public final class X25519Keys {
    /** Length of an X25519 key in bytes. */
    public static final int KEY_BYTES = 32;

    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b656e032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b656e04220420");
    private static final String RECIPIENT_HRP = "age";
    private static final String IDENTITY_HRP = "AGE-SECRET-KEY-";

    private X25519Keys() {}

    /** A fresh X25519 key pair from the JDK's default secure random source. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("X25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no X25519 (Java 11 or later is needed)", e);
        }
    }

    /** The raw 32 bytes of a JDK X25519 public key. */
    public static byte[] raw(PublicKey key) {
        return strip(key.getEncoded(), X509_PREFIX, "public");
    }

    /** The raw 32 bytes of a JDK X25519 private key (a fresh copy; the caller wipes it). */
    public static byte[] raw(PrivateKey key) {
        return strip(key.getEncoded(), PKCS8_PREFIX, "private");
    }

    /** The JDK private key of 32 raw bytes. */
    public static PrivateKey privateKey(byte[] raw) {
        check(raw);
        byte[] pkcs8 = new byte[PKCS8_PREFIX.length + KEY_BYTES];
        System.arraycopy(PKCS8_PREFIX, 0, pkcs8, 0, PKCS8_PREFIX.length);
        System.arraycopy(raw, 0, pkcs8, PKCS8_PREFIX.length, KEY_BYTES);
        try {
            return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X25519 private key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** The age recipient {@code age1…} of a raw public key. */
    public static String recipient(byte[] publicKey) {
        check(publicKey);
        return Bech32.getEncoder().encode(RECIPIENT_HRP, publicKey).toString();
    }

    /** The age identity {@code AGE-SECRET-KEY-1…} of a raw private key: a secret, to be written only where asked. */
    public static String identity(byte[] privateKey) {
        check(privateKey);
        return Bech32.getEncoder().encode(IDENTITY_HRP, privateKey).toString().toUpperCase(Locale.ROOT);
    }

    private static byte[] strip(byte[] encoded, byte[] prefix, String which) {
        if (encoded == null
                || encoded.length != prefix.length + KEY_BYTES
                || !Arrays.equals(encoded, 0, prefix.length, prefix, 0, prefix.length)) {
            throw new IllegalArgumentException("not an X25519 " + which + " key");
        }
        return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
    }

    private static void check(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("an X25519 key has " + KEY_BYTES + " bytes");
        }
    }
}
