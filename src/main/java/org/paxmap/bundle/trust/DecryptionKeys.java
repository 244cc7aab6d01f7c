package org.paxmap.bundle.trust;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The X25519 keys that may open a bundle sealed for this node, in the order they are tried: its current encryption
 * key, then those of the keys rotations replaced ({@link KeyLifecycle#rotate} leaves them in the key store), newest
 * first — a partner who has not yet imported the rotation still seals to the old key. Immutable; the private keys are
 * live objects: keep the instance only for one import.
 *
 * @param keys the keys, current first
 */
public record DecryptionKeys(List<Key> keys) {
    /**
     * One key.
     *
     * @param kid the thumbprint of the signing key it was made with (names it in messages)
     * @param key the X25519 private key
     * @param current whether it is the node's current encryption key
     * @param revoked whether this node revoked the key it was made with (a compromised key: whoever holds it may
     *     have read what was sealed to it)
     */
    public record Key(String kid, PrivateKey key, boolean current, boolean revoked) {
        /** Checks presence. */
        public Key {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Copies the list. */
    public DecryptionKeys {
        keys = List.copyOf(keys);
    }

    /** Only {@code current} (null: none, an encrypted bundle is then refused for want of a key). */
    public static DecryptionKeys only(PrivateKey current) {
        return new DecryptionKeys(current == null ? List.of() : List.of(new Key(null, current, true, false)));
    }

    /**
     * Unlocks this node's current encryption key with {@code passphrase} ({@link LocalIdentity#unlockEncryption}),
     * then each earlier one the key store still holds, newest first; an earlier key the passphrase does not unlock (it
     * was changed after the rotation) or that has no encryption key is left out.
     *
     * @throws WrongPassphraseException if the passphrase does not unlock the current key
     * @throws TrustException if the node has no key or no encryption key
     */
    public static DecryptionKeys unlock(PictureStore store, char[] passphrase) throws TrustException, StoreException {
        NodeIdentity me = LocalIdentity.require(store);
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(me.kid(), LocalIdentity.unlockEncryption(store, passphrase), true, false));
        List<String> notRevoked = KeyLifecycle.revocable(store);
        NodeKeyStore held = NodeKeyStore.forUser();
        for (String kid : KeyLifecycle.replacedKeys(store)) {
            try {
                NodeKeyFile file = held.read(kid).orElse(null);
                if (file == null
                        || file.encryptionKey() == null
                        || file.identity().encryptionKey() == null) {
                    continue;
                }
                keys.add(new Key(
                        kid,
                        file.encryptionKey()
                                .decrypt(
                                        passphrase,
                                        file.identity().nodeId(),
                                        file.identity().encryptionKey().thumbprint(),
                                        "X25519"),
                        false,
                        !notRevoked.contains(kid)));
            } catch (TrustException e) {
                // an earlier key this passphrase does not open, or a damaged file: bundles sealed to it stay closed
            }
        }
        return new DecryptionKeys(keys);
    }
}
