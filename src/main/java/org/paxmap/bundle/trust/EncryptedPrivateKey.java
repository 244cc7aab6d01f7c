package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.paxmap.bytes.Base64Url;
import org.paxmap.geojson.CanonicalJson;

/**
 * A node's private key (Ed25519 for signing, X25519 for decrypting bundles) encrypted at rest under a passphrase.
 * Immutable and thread-safe.
 *
 * <p>The PKCS#8 encoding of the key is encrypted with AES-256-GCM (random 12-byte nonce, 128-bit tag) under a key
 * derived from the UTF-8 bytes of the passphrase in Unicode NFC ({@link Passphrases#nfc}: "é" typed as one character
 * or as e + combining accent is the same passphrase; a key encrypted before normalisation still opens with the
 * passphrase as it was typed) with PBKDF2WithHmacSHA256 (random 16-byte salt, {@value
 * #DEFAULT_ITERATIONS} iterations by default, OWASP 2023). The associated data binds the ciphertext to its owner: the
 * UTF-8 bytes of {@code paxmap-private-key/1}, a line feed, the node id, a line feed, the key's RFC 7638 thumbprint —
 * so an encrypted key copied to another node, or paired with another public key, does not decrypt.
 *
 * <p>The envelope is a small JSON object, written in RFC 8785 canonical form:
 *
 * <pre>{@code
 * {"ciphertext":"<b64url>","cipher":"AES-256-GCM","format":"paxmap-private-key/1","iterations":600000,
 *  "kdf":"PBKDF2WithHmacSHA256","nonce":"<b64url 12 bytes>","salt":"<b64url 16 bytes>"}
 * }</pre>
 *
 * @param iterations PBKDF2 iterations
 * @param salt the PBKDF2 salt (16 bytes)
 * @param nonce the GCM nonce (12 bytes)
 * @param ciphertext the encrypted PKCS#8 key followed by the 16-byte GCM tag
 */
public record EncryptedPrivateKey(int iterations, byte[] salt, byte[] nonce, byte[] ciphertext) {
    /** The envelope's format tag. */
    public static final String FORMAT = "paxmap-private-key/1";
    /** PBKDF2 iterations used when none are given. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** More iterations than this are refused when reading (a crafted envelope must not hang the program). */
    static final int MAX_ITERATIONS = 10_000_000;
    /**
     * Fewer iterations than this are refused when reading: an envelope rewritten with a weak count (so that a copied
     * key file could be guessed quickly once re-encrypted by a tampered program) is not accepted.
     */
    public static final int MIN_ITERATIONS = 100_000;

    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final String CIPHER = "AES-256-GCM";
    private static final Set<String> MEMBERS =
            StrictJson.ordered("format", "kdf", "iterations", "salt", "cipher", "nonce", "ciphertext");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Copies the arrays. */
    public EncryptedPrivateKey {
        salt = salt.clone();
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    /**
     * Encrypts {@code key} for node {@code nodeId} whose public key has thumbprint {@code thumbprint}, with {@value
     * #DEFAULT_ITERATIONS} PBKDF2 iterations.
     */
    public static EncryptedPrivateKey encrypt(PrivateKey key, char[] passphrase, String nodeId, String thumbprint) {
        return encrypt(key, passphrase, nodeId, thumbprint, DEFAULT_ITERATIONS);
    }

    /** As {@link #encrypt(PrivateKey, char[], String, String)} with a chosen iteration count; tests use fewer. */
    static EncryptedPrivateKey encrypt(
            PrivateKey key, char[] passphrase, String nodeId, String thumbprint, int iterations) {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        byte[] plain = key.getEncoded();
        char[] normal = Passphrases.nfc(passphrase);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, normal, salt, iterations, nonce, nodeId, thumbprint);
            return new EncryptedPrivateKey(iterations, salt, nonce, cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(normal, '\0');
        }
    }

    /**
     * Decrypts the key of node {@code nodeId} with public-key thumbprint {@code thumbprint}.
     *
     * @throws WrongPassphraseException if the GCM tag does not verify: wrong passphrase, or altered or foreign data
     * @throws TrustException if the decrypted bytes are not an Ed25519 PKCS#8 key
     */
    public PrivateKey decrypt(char[] passphrase, String nodeId, String thumbprint) throws TrustException {
        return decrypt(passphrase, nodeId, thumbprint, "Ed25519");
    }

    /**
     * Decrypts a private key of the JDK key algorithm {@code algorithm} ({@code Ed25519} for the signing key, {@code
     * X25519} for the encryption key, whose envelope is bound to the encryption key's thumbprint).
     *
     * @throws WrongPassphraseException if the GCM tag does not verify
     * @throws TrustException if the decrypted bytes are not a PKCS#8 key of that algorithm
     */
    public PrivateKey decrypt(char[] passphrase, String nodeId, String thumbprint, String algorithm)
            throws TrustException {
        char[] normal = Passphrases.nfc(passphrase);
        try {
            return decryptAs(normal, nodeId, thumbprint, algorithm);
        } catch (WrongPassphraseException e) {
            if (Arrays.equals(normal, passphrase)) {
                throw e;
            }
            // a key encrypted before passphrases were normalised: the passphrase as it was typed
            return decryptAs(passphrase, nodeId, thumbprint, algorithm);
        } finally {
            Arrays.fill(normal, '\0');
        }
    }

    private PrivateKey decryptAs(char[] passphrase, String nodeId, String thumbprint, String algorithm)
            throws TrustException {
        byte[] plain = null;
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, salt, iterations, nonce, nodeId, thumbprint);
            plain = cipher.doFinal(ciphertext);
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(plain));
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException(nodeId);
        } catch (GeneralSecurityException e) {
            throw new TrustException("the private key of node " + nodeId + " cannot be read: " + e.getMessage(), e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static Cipher cipher(
            int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce, String nodeId, String thumbprint)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] keyBytes = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD((FORMAT + "\n" + nodeId + "\n" + thumbprint).getBytes(StandardCharsets.UTF_8));
            return cipher;
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
        }
    }

    /** The envelope as RFC 8785 canonical JSON. */
    public String toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        node.put("kdf", KDF);
        node.put("iterations", iterations);
        node.put("salt", Base64Url.encode(salt));
        node.put("cipher", CIPHER);
        node.put("nonce", Base64Url.encode(nonce));
        node.put("ciphertext", Base64Url.encode(ciphertext));
        return CanonicalJson.string(node);
    }

    /**
     * Reads an envelope strictly.
     *
     * @param source named in messages (e.g. the picture file and table)
     * @throws TrustException naming the source and the field that is wrong
     */
    public static EncryptedPrivateKey fromJson(String json, String source) throws TrustException {
        JsonPlace where = JsonPlace.of(source);
        ObjectNode node = StrictJson.object(json, source);
        StrictJson.members(node, MEMBERS, MEMBERS, where);
        expect(node, "format", FORMAT, where);
        expect(node, "kdf", KDF, where);
        expect(node, "cipher", CIPHER, where);
        int iterations = StrictJson.positiveInt(node, "iterations", where);
        if (iterations < MIN_ITERATIONS) {
            throw new TrustException(source + ": field 'iterations' is " + iterations + ", fewer than the "
                    + MIN_ITERATIONS + " this program accepts (a key envelope this weak is refused)");
        }
        if (iterations > MAX_ITERATIONS) {
            throw new TrustException(source + ": field 'iterations' is " + iterations + ", more than the "
                    + MAX_ITERATIONS + " this program accepts");
        }
        byte[] salt = StrictJson.base64url(StrictJson.text(node, "salt", where), "salt", where);
        byte[] nonce = StrictJson.base64url(StrictJson.text(node, "nonce", where), "nonce", where);
        byte[] ciphertext = StrictJson.base64url(StrictJson.text(node, "ciphertext", where), "ciphertext", where);
        if (salt.length != 16) {
            throw new TrustException(source + ": field 'salt' must hold 16 bytes, not " + salt.length);
        }
        if (nonce.length != 12) {
            throw new TrustException(source + ": field 'nonce' must hold 12 bytes, not " + nonce.length);
        }
        if (ciphertext.length <= 16) {
            throw new TrustException(source + ": field 'ciphertext' is too short to hold a key");
        }
        return new EncryptedPrivateKey(iterations, salt, nonce, ciphertext);
    }

    private static void expect(ObjectNode node, String field, String value, JsonPlace where) throws TrustException {
        String actual = StrictJson.text(node, field, where);
        if (!actual.equals(value)) {
            throw new TrustException(
                    where.file() + ": field '" + field + "' is '" + actual + "', expected '" + value + "'");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptedPrivateKey k
                && iterations == k.iterations
                && Arrays.equals(salt, k.salt)
                && Arrays.equals(nonce, k.nonce)
                && Arrays.equals(ciphertext, k.ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "EncryptedPrivateKey[" + KDF + " x" + iterations + ", " + CIPHER + "]";
    }

    /** Accessor copies, so the record stays immutable. */
    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }
}
