package org.paxmap.bundle.trust;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Ed25519 key pairs and signatures with the JDK's own provider (Java 15+, {@code Ed25519}). Thread-safe (stateless).
 */
public final class NodeKeys {
    private NodeKeys() {}

    /** A fresh Ed25519 key pair from the JDK's default secure random source. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519 (Java 15 or later is needed)", e);
        }
    }

    /** The Ed25519 signature (64 bytes) of {@code message}. */
    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} is a valid Ed25519 signature of {@code message} by {@code key}; never throws. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false; // a malformed key or signature verifies nothing
        }
    }

    /** Whether {@code priv} is the private half of {@code pub} (signs a test message and verifies it). */
    static boolean matches(PrivateKey priv, PublicKey pub) {
        byte[] probe = "paxmap key pair check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try {
            return verify(pub, probe, sign(priv, probe));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
