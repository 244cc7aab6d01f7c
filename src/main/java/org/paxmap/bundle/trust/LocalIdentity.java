package org.paxmap.bundle.trust;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.paxmap.bundle.seal.X25519Keys;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;
import org.paxmap.store.StoredIdentity;

/**
 * This node's identity: its key lives in the user's key store ({@link NodeKeyStore#forUser()}, private key encrypted
 * under the passphrase), and the picture only names it (its node id and the key's thumbprint, setting {@link
 * PictureStore#SETTING_NODE_KEY}). Created once, read by anyone, unlocked with the passphrase to sign. The node id is
 * always the picture's own {@link PictureStore#nodeId()}.
 *
 * <p>A picture written before schema version 8 kept the key inside itself; {@link #moveOutOfPicture} (and, silently,
 * every other method here) moves it to the key store and leaves no key material in the file.
 *
 * <p>Thread-safe (stateless; the store serialises writes, the key store writes whole files).
 */
public final class LocalIdentity {
    /** Shortest passphrase accepted when a key is created. */
    public static final int MIN_PASSPHRASE = 12;

    private LocalIdentity() {}

    /**
     * Generates this node's key pair, writes it to the user's key store with the private key encrypted under {@code
     * passphrase}, and names it in the picture.
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
        KeyPair encryption = X25519Keys.generate();
        NodeIdentity identity;
        try {
            identity = new NodeIdentity(
                    store.nodeId(),
                    name,
                    organisation,
                    PublicKeyJwk.of(pair.getPublic()),
                    Instant.now(),
                    EncryptionKeyJwk.of(X25519Keys.raw(encryption.getPublic())));
        } catch (IllegalArgumentException e) {
            throw new TrustException("cannot create the node key: " + e.getMessage(), e);
        }
        EncryptedPrivateKey secret = EncryptedPrivateKey.encrypt(
                pair.getPrivate(), passphrase, identity.nodeId(), identity.kid(), iterations);
        EncryptedPrivateKey decrypting = EncryptedPrivateKey.encrypt(
                encryption.getPrivate(),
                passphrase,
                identity.nodeId(),
                identity.encryptionKey().thumbprint(),
                iterations);
        adopt(store, new NodeKeyFile(identity, secret, decrypting), true); // a new key: its passphrase is not published
        return identity;
    }

    /**
     * Gives a node whose key was made before Paxmap encrypted bundles an X25519 encryption key, encrypted under the
     * same passphrase. Its fingerprint then covers both keys, so partners need its new public key file.
     *
     * @return the identity with its new encryption key
     * @throws WrongPassphraseException if the passphrase does not unlock the signing key
     * @throws TrustException if the node has no key, or already has an encryption key
     */
    public static NodeIdentity addEncryptionKey(PictureStore store, char[] passphrase)
            throws TrustException, StoreException {
        unlock(store, passphrase);
        NodeKeyFile file = keyFile(store).orElseThrow();
        if (file.identity().encryptionKey() != null) {
            throw new TrustException("node " + store.nodeId() + " already has an encryption key");
        }
        KeyPair encryption = X25519Keys.generate();
        NodeIdentity identity =
                file.identity().withEncryptionKey(EncryptionKeyJwk.of(X25519Keys.raw(encryption.getPublic())));
        EncryptedPrivateKey decrypting = EncryptedPrivateKey.encrypt(
                encryption.getPrivate(),
                passphrase,
                identity.nodeId(),
                identity.encryptionKey().thumbprint());
        NodeKeyStore.forUser().write(new NodeKeyFile(identity, file.signingKey(), decrypting));
        return identity;
    }

    /**
     * Changes the passphrase of this node's keys: both private keys are decrypted with {@code oldPassphrase} and
     * encrypted again under {@code newPassphrase} (fresh salts and nonces), and the key store file is replaced in one
     * rename. The keys themselves, and so the fingerprint, stay the same. A backup made before keeps the old
     * passphrase. The keys earlier rotations replaced, which the old passphrase opens, are encrypted again too (each
     * file replaced in one rename): they still open bundles sealed before a partner heard of a rotation.
     *
     * @throws WrongPassphraseException if the old passphrase is wrong (nothing is changed)
     * @throws TrustException if the new passphrase is shorter than {@value #MIN_PASSPHRASE} characters
     */
    public static void changePassphrase(PictureStore store, char[] oldPassphrase, char[] newPassphrase)
            throws TrustException, StoreException {
        if (newPassphrase == null || newPassphrase.length < MIN_PASSPHRASE) {
            throw new TrustException("the new passphrase is too short: use at least " + MIN_PASSPHRASE + " characters");
        }
        NodeIdentity identity = require(store);
        NodeKeyFile file = keyFile(store).orElseThrow();
        PrivateKey signing = unlock(store, oldPassphrase);
        EncryptedPrivateKey decrypting = null;
        if (file.encryptionKey() != null) {
            PrivateKey encryption = unlockEncryption(store, oldPassphrase);
            decrypting = EncryptedPrivateKey.encrypt(
                    encryption,
                    newPassphrase,
                    identity.nodeId(),
                    identity.encryptionKey().thumbprint());
        }
        EncryptedPrivateKey signingAgain =
                EncryptedPrivateKey.encrypt(signing, newPassphrase, identity.nodeId(), identity.kid());
        List<NodeKeyFile> earlier = earlierKeysUnder(store, oldPassphrase, newPassphrase);
        NodeKeyStore keys = NodeKeyStore.forUser();
        keys.write(new NodeKeyFile(identity, signingAgain, decrypting));
        for (NodeKeyFile again : earlier) {
            keys.write(again);
        }
    }

    // The keys rotations replaced that the key store holds and the old passphrase opens, encrypted again under the new
    // one: their encryption keys still open bundles a partner sealed before it heard of the rotation (DecryptionKeys),
    // which must not stop at a passphrase change. One the old passphrase does not open is left as it is.
    private static List<NodeKeyFile> earlierKeysUnder(PictureStore store, char[] oldPassphrase, char[] newPassphrase)
            throws TrustException, StoreException {
        List<NodeKeyFile> out = new java.util.ArrayList<>();
        NodeKeyStore held = NodeKeyStore.forUser();
        for (String kid : KeyLifecycle.replacedKeys(store)) {
            NodeKeyFile file = held.read(kid).orElse(null);
            if (file == null) {
                continue;
            }
            NodeIdentity old = file.identity();
            PrivateKey signing;
            PrivateKey encryption = null;
            try {
                signing = file.signingKey().decrypt(oldPassphrase, old.nodeId(), old.kid());
                if (file.encryptionKey() != null && old.encryptionKey() != null) {
                    encryption = file.encryptionKey()
                            .decrypt(
                                    oldPassphrase,
                                    old.nodeId(),
                                    old.encryptionKey().thumbprint(),
                                    "X25519");
                }
            } catch (TrustException e) {
                continue; // under another passphrase already, or damaged: left as it is
            }
            out.add(new NodeKeyFile(
                    old,
                    EncryptedPrivateKey.encrypt(signing, newPassphrase, old.nodeId(), old.kid()),
                    encryption == null
                            ? null
                            : EncryptedPrivateKey.encrypt(
                                    encryption,
                                    newPassphrase,
                                    old.nodeId(),
                                    old.encryptionKey().thumbprint())));
        }
        return out;
    }

    /**
     * Decrypts this node's X25519 encryption key, which opens the bundles sealed for it.
     *
     * @throws WrongPassphraseException if the passphrase is wrong
     * @throws TrustException if the node has no key or no encryption key, saying how to add one
     */
    public static PrivateKey unlockEncryption(PictureStore store, char[] passphrase)
            throws TrustException, StoreException {
        NodeIdentity identity = require(store);
        NodeKeyFile file = keyFile(store).orElseThrow();
        if (file.encryptionKey() == null) {
            throw new TrustException("node " + identity.nodeId() + " has no encryption key (its key was made before"
                    + " Paxmap encrypted bundles): add one with 'paxmap keys add-encryption' and give partners the"
                    + " new public key file");
        }
        PrivateKey key = file.encryptionKey()
                .decrypt(passphrase, identity.nodeId(), identity.encryptionKey().thumbprint(), "X25519");
        return key;
    }

    /**
     * Gives the picture the node key {@code key} (already checked by the caller to unlock): writes it to the key
     * store unless the store holds it already (a held file of the same signing key without an encryption key is
     * replaced by one with it; one with it is never replaced by one without), then names it in the picture.
     *
     * @throws TrustException if the picture belongs to another node or already has a key, or the key store holds the
     *     same signing key with another encryption key
     */
    public static Path adopt(PictureStore store, NodeKeyFile key) throws TrustException, StoreException {
        return adopt(store, key, false);
    }

    /**
     * As {@link #adopt(PictureStore, NodeKeyFile)}; {@code allowTestKeys} lets a key marked TEST ONLY ({@link
     * TestOnlyKeys}) into a picture not created as a sample.
     */
    public static Path adopt(PictureStore store, NodeKeyFile key, boolean allowTestKeys)
            throws TrustException, StoreException {
        NodeIdentity id = key.identity();
        if (!store.nodeId().equals(id.nodeId())) {
            throw new TrustException("the key of node " + id.nodeId() + " cannot be the key of " + store.file()
                    + ", the picture of node " + store.nodeId());
        }
        Optional<String> named = store.setting(PictureStore.SETTING_NODE_KEY);
        if (named.isPresent() || store.legacyIdentity().isPresent()) {
            throw new TrustException("picture " + store.file() + " already has a key for node " + store.nodeId());
        }
        TestOnlyKeys.check(store, id, allowTestKeys, "this node's key");
        NodeKeyStore keys = NodeKeyStore.forUser();
        Path file = keys.file(id.kid());
        Optional<NodeKeyFile> held = keys.read(id.kid());
        if (held.isEmpty() || (held.get().identity().encryptionKey() == null && id.encryptionKey() != null)) {
            file = keys.write(key); // new, or the same signing key now with its encryption key
        } else if (id.encryptionKey() != null && !id.equals(held.get().identity())) {
            throw new TrustException("your key store already holds the key " + id.kid() + " of node " + id.nodeId()
                    + " with another encryption key or name (" + file + "); nothing was changed");
        }
        store.putSetting(PictureStore.SETTING_NODE_KEY, id.kid());
        return file;
    }

    /**
     * Moves the key an older picture holds inside itself to the user's key store and removes it from the picture
     * (no key material is left in the file: {@link PictureStore#dropLegacyIdentity}).
     *
     * @return what to tell the user, once: where the key went; empty if the picture held no key
     * @throws TrustException if the key held is damaged (the picture is then left as it was)
     */
    public static Optional<String> moveOutOfPicture(PictureStore store) throws TrustException, StoreException {
        Optional<StoredIdentity> legacy = store.legacyIdentity();
        if (legacy.isEmpty()) {
            return Optional.empty();
        }
        StoredIdentity s = legacy.get();
        String source = store.file() + " (paxmap_identity)";
        NodeIdentity identity;
        try {
            identity = new NodeIdentity(
                    s.nodeId(), s.name(), s.organisation(), new PublicKeyJwk(s.publicKey()), s.createdAt());
        } catch (IllegalArgumentException e) {
            throw new TrustException(store.file() + ": table paxmap_identity is damaged: " + e.getMessage(), e);
        }
        EncryptedPrivateKey secret = EncryptedPrivateKey.fromJson(s.encryptedPrivateKey(), source);
        NodeKeyStore keys = NodeKeyStore.forUser();
        Path file = keys.file(identity.kid());
        if (keys.read(identity.kid()).isEmpty()) {
            file = keys.write(new NodeKeyFile(identity, secret));
        }
        store.dropLegacyIdentity(identity.kid());
        return Optional.of("The key of node " + identity.nodeId() + " was kept inside the picture " + store.file()
                + "; it has been moved to your key store (" + file + ", readable only by you) and the picture no"
                + " longer holds it. Keep a backup: paxmap keys export-private.");
    }

    /** This node's identity, if its key was created (an older picture's key is moved to the key store first). */
    public static Optional<NodeIdentity> read(PictureStore store) throws TrustException, StoreException {
        return keyFile(store).map(NodeKeyFile::identity);
    }

    /**
     * This node's key as the key store holds it, if the picture names one.
     *
     * @throws TrustException if the picture names a key the key store does not hold (a copied picture), or the key
     *     file is damaged
     */
    public static Optional<NodeKeyFile> keyFile(PictureStore store) throws TrustException, StoreException {
        moveOutOfPicture(store);
        Optional<String> kid = store.setting(PictureStore.SETTING_NODE_KEY);
        if (kid.isEmpty()) {
            return Optional.empty();
        }
        NodeKeyStore keys = NodeKeyStore.forUser();
        try {
            return Optional.of(keys.read(kid.get())
                    .orElseThrow(() -> new TrustException("the key of node " + store.nodeId() + " (" + kid.get()
                            + "), named by picture " + store.file() + ", is not in your key store " + keys.folder()
                            + ": restore it from its backup with 'paxmap keys import'")));
        } catch (IllegalArgumentException e) {
            throw new TrustException(store.file() + ": setting node_key is damaged: " + e.getMessage(), e);
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
        NodeKeyFile file = keyFile(store).orElseThrow();
        PrivateKey key = file.signingKey().decrypt(passphrase, identity.nodeId(), identity.kid());
        if (!NodeKeys.matches(key, identity.key().toPublicKey())) {
            throw new TrustException(NodeKeyStore.forUser().file(identity.kid())
                    + ": the private key does not belong to the public key " + identity.kid());
        }
        return key;
    }
}
