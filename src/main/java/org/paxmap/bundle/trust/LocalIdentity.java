package org.paxmap.bundle.trust;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Optional;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.store.StoredIdentity;

/**
 * This node's identity in a picture: created once (key pair generated, private key encrypted under the user's
 * passphrase, both kept in {@code paxmap_identity}), read by anyone, unlocked with the passphrase to sign. The node
 * id is always the picture's own {@link PictureStore#nodeId()}. Thread-safe (stateless; the store serialises writes).
 */
public final class LocalIdentity {
    /** Shortest passphrase accepted when a key is created. */
    public static final int MIN_PASSPHRASE = 12;

    private LocalIdentity() {}

    /**
     * Generates this node's key pair and records it with the private key encrypted under {@code passphrase}.
     *
     * @throws TrustException if the picture already has a key, the passphrase is shorter than {@value
     *     #MIN_PASSPHRASE} characters, or the name or organisation is not acceptable
     */
    public static NodeIdentity create(PictureStore store, String name, String organisation, char[] passphrase)
            throws TrustException, StoreException {
        return create(store, name, organisation, passphrase, EncryptedPrivateKey.DEFAULT_ITERATIONS);
    }

    /** As {@link #create(PictureStore, String, String, char[])} with a chosen PBKDF2 iteration count (tests). */
    static NodeIdentity create(PictureStore store, String name, String organisation, char[] passphrase, int iterations)
            throws TrustException, StoreException {
        if (read(store).isPresent()) {
            throw new TrustException("picture " + store.file() + " already has a key for node " + store.nodeId()
                    + "; a node keeps its key (partners have verified it)");
        }
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new TrustException("the passphrase is too short: use at least " + MIN_PASSPHRASE + " characters");
        }
        KeyPair pair = NodeKeys.generate();
        NodeIdentity identity;
        try {
            identity = new NodeIdentity(
                    store.nodeId(), name, organisation, PublicKeyJwk.of(pair.getPublic()), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new TrustException("cannot create the node key: " + e.getMessage(), e);
        }
        EncryptedPrivateKey secret = EncryptedPrivateKey.encrypt(
                pair.getPrivate(), passphrase, identity.nodeId(), identity.kid(), iterations);
        store.putIdentity(new StoredIdentity(
                identity.nodeId(),
                identity.name(),
                identity.organisation(),
                identity.key().x(),
                secret.toJson(),
                identity.createdAt()));
        return identity;
    }

    /** This node's identity, if its key was created. */
    public static Optional<NodeIdentity> read(PictureStore store) throws TrustException, StoreException {
        Optional<StoredIdentity> stored = store.identity();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredIdentity s = stored.get();
        try {
            return Optional.of(new NodeIdentity(
                    s.nodeId(), s.name(), s.organisation(), new PublicKeyJwk(s.publicKey()), s.createdAt()));
        } catch (IllegalArgumentException e) {
            throw new TrustException(store.file() + ": table paxmap_identity is damaged: " + e.getMessage(), e);
        }
    }

    /**
     * This node's identity.
     *
     * @throws TrustException if the picture has no key yet, saying how to create one
     */
    public static NodeIdentity require(PictureStore store) throws TrustException, StoreException {
        return read(store)
                .orElseThrow(() -> new TrustException("picture " + store.file() + " has no key for node "
                        + store.nodeId() + " yet: create one with 'paxmap keys init'"));
    }

    /**
     * Decrypts this node's private key.
     *
     * @throws WrongPassphraseException if the passphrase is wrong
     * @throws TrustException if there is no key, or the stored key is damaged or does not match the public key
     */
    public static PrivateKey unlock(PictureStore store, char[] passphrase) throws TrustException, StoreException {
        NodeIdentity identity = require(store);
        String source = store.file() + " (paxmap_identity.private_key)";
        EncryptedPrivateKey secret =
                EncryptedPrivateKey.fromJson(store.identity().orElseThrow().encryptedPrivateKey(), source);
        PrivateKey key = secret.decrypt(passphrase, identity.nodeId(), identity.kid());
        if (!NodeKeys.matches(key, identity.key().toPublicKey())) {
            throw new TrustException(source + ": the private key does not belong to the public key " + identity.kid());
        }
        return key;
    }
}
