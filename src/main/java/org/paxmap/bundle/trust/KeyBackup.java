package org.paxmap.bundle.trust;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Arrays;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * Restores a node's key from its backup — the public key file ({@code .paxkey}) and the private key still encrypted
 * under the passphrase ({@code paxmap keys export-private}) — into a picture of that node that has no key: the
 * window's "Load key from backup" and {@code paxmap keys import} both come here. Nothing is written unless the
 * passphrase unlocks the backup and the private key signs what the public key verifies.
 *
 * <p>Thread-safe (stateless); call off the FX thread: unlocking runs PBKDF2.
 */
public final class KeyBackup {
    private static final long MAX_ENVELOPE_BYTES = 16 * 1024;

    private KeyBackup() {}

    /**
     * Gives {@code store} the key of its node from {@code publicFile} and {@code privateFile}, unlocked with {@code
     * passphrase} (cleared before returning).
     *
     * @return the restored identity
     * @throws TrustException naming the file and the reason when a file is missing, unreadable or not a key; the key
     *     is another node's; the picture already has a key; the passphrase is wrong; or the two files do not belong
     *     together
     */
    public static NodeIdentity restore(PictureStore store, Path publicFile, Path privateFile, char[] passphrase)
            throws TrustException, StoreException {
        return restore(store, publicFile, privateFile, passphrase, false);
    }

    /**
     * As {@link #restore(PictureStore, Path, Path, char[])}; {@code allowTestKeys} lets a key marked TEST ONLY ({@link
     * TestOnlyKeys}) into a picture not created as a sample.
     */
    public static NodeIdentity restore(
            PictureStore store, Path publicFile, Path privateFile, char[] passphrase, boolean allowTestKeys)
            throws TrustException, StoreException {
        NodeIdentity id = PublicKeyFile.read(publicFile);
        if (!store.nodeId().equals(id.nodeId())) {
            Arrays.fill(passphrase, '\0');
            throw new TrustException(publicFile + " is the key of node " + id.nodeId() + ", but " + store.file()
                    + " is the picture of node " + store.nodeId() + "; nothing was changed");
        }
        if (LocalIdentity.read(store).isPresent()) {
            Arrays.fill(passphrase, '\0');
            throw new TrustException("picture " + store.file() + " already has a key for node " + store.nodeId()
                    + "; nothing was changed");
        }
        LocalIdentity.adopt(store, unlocked(publicFile, privateFile, passphrase), allowTestKeys);
        return id;
    }

    /**
     * {@code keys import --replace}: restores the node from its backup over whatever the picture and the key store
     * hold now ({@link NodeRestore#replace}) — without reading the picture's key first, which may be what is damaged.
     * The backup is proven to unlock first.
     *
     * @return what was replaced, in words; empty if the picture had no key
     */
    public static java.util.Optional<String> replace(
            PictureStore store, Path publicFile, Path privateFile, char[] passphrase, boolean allowTestKeys)
            throws TrustException, StoreException {
        return NodeRestore.replace(store, unlocked(publicFile, privateFile, passphrase), allowTestKeys);
    }

    /**
     * The backup in {@code publicFile} and {@code privateFile}, proven to unlock with {@code passphrase} (cleared
     * before returning) and to sign what the public key verifies.
     */
    public static NodeKeyFile unlocked(Path publicFile, Path privateFile, char[] passphrase) throws TrustException {
        try {
            NodeIdentity id = PublicKeyFile.read(publicFile);
            String envelope = envelope(privateFile);
            NodeKeyFile restored = restored(id, envelope, publicFile, privateFile);
            PrivateKey key = restored.signingKey().decrypt(passphrase, id.nodeId(), id.kid());
            if (restored.encryptionKey() != null) {
                restored.encryptionKey()
                        .decrypt(passphrase, id.nodeId(), id.encryptionKey().thumbprint(), "X25519");
            }
            byte[] probe = ("paxmap key import " + id.kid()).getBytes(StandardCharsets.UTF_8);
            if (!NodeKeys.verify(id.key().toPublicKey(), probe, NodeKeys.sign(key, probe))) {
                throw new TrustException(privateFile + " does not belong to the public key in " + publicFile);
            }
            return restored;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * The node key the backup restores: a whole key store file (both keys) that must hold the public key file's
     * identity, or an older bare envelope of the signing key, which serves only a public key file without an
     * encryption key.
     */
    private static NodeKeyFile restored(NodeIdentity id, String text, Path publicFile, Path privateFile)
            throws TrustException {
        if (text.contains(NodeKeyFile.FORMAT)) {
            NodeKeyFile file = NodeKeyFile.parse(text, privateFile.toString());
            if (!file.identity().equals(id)) {
                throw new TrustException(privateFile + " is the backup of another key than " + publicFile);
            }
            return file;
        }
        if (id.encryptionKey() != null) {
            throw new TrustException(privateFile + " holds the signing key only, but " + publicFile
                    + " names an encryption key too: use the backup 'paxmap keys export-private' wrote for it");
        }
        return new NodeKeyFile(id, EncryptedPrivateKey.fromJson(text, privateFile.toString()));
    }

    /**
     * The text of the encrypted private key file, stripped; refused naming the file when it is missing, cannot be
     * read, is larger than an envelope can be or is not UTF-8.
     */
    private static String envelope(Path file) throws TrustException {
        try {
            if (Files.size(file) > MAX_ENVELOPE_BYTES) {
                throw new TrustException(file + ": not an encrypted private key (too large)");
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new TrustException("cannot read " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new TrustException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new TrustException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
