package org.paxmap.bundle.trust;

import java.nio.file.Path;
import java.util.Optional;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Restores a node's key from its backup over whatever the picture and the key store hold now — a key file that is
 * damaged or missing, a damaged identity left inside an older picture, or another key of the same node: {@code paxmap
 * keys import --replace}. The backup must have been checked by the caller to unlock with its passphrase. Stateless;
 * one call per picture at a time.
 */
public final class NodeRestore {
    private NodeRestore() {}

    /**
     * Makes {@code backup} this picture's node key: an identity still inside the picture (damaged or not) is removed
     * with no key material left, the key file is written to the key store (replacing a damaged file of the same
     * key), and the picture names it.
     *
     * @param allowTestKeys whether a key marked TEST ONLY may be restored into a picture not created as a sample
     * @return what was replaced, in words, for the user; empty if the picture had no key
     * @throws TrustException if the backup is the key of another node, or a TEST ONLY key not allowed here
     */
    public static Optional<String> replace(PictureStore store, NodeKeyFile backup, boolean allowTestKeys)
            throws TrustException, StoreException {
        NodeIdentity id = backup.identity();
        if (!store.nodeId().equals(id.nodeId())) {
            throw new TrustException("the backup is the key of node " + id.nodeId() + ", but " + store.file()
                    + " is the picture of node " + store.nodeId() + "; nothing was changed");
        }
        TestOnlyKeys.check(store, id, allowTestKeys, "this node's key");
        Optional<String> before = store.setting(PictureStore.SETTING_NODE_KEY);
        boolean legacy = store.hasLegacyIdentityTable();
        NodeKeyStore keys = NodeKeyStore.forUser();
        Path file = keys.write(backup);
        if (legacy) {
            store.dropLegacyIdentity(id.kid()); // also names the key, in the same transaction
        } else {
            store.putSetting(PictureStore.SETTING_NODE_KEY, id.kid());
        }
        if (legacy) {
            return Optional.of("removed the identity kept inside the picture (as it was, readable or not) and restored"
                    + " the key of node " + id.nodeId() + " to " + file);
        }
        if (before.isPresent() && !before.get().equals(id.kid())) {
            return Optional.of("replaced the key " + before.get() + " this picture named by the key " + id.kid()
                    + " from the backup; partners who trust the old key need the new public key file");
        }
        if (before.isPresent()) {
            return Optional.of("restored the key file " + file + " of key " + id.kid() + " from the backup");
        }
        return Optional.empty();
    }
}
