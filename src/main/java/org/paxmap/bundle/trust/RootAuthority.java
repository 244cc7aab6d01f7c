package org.paxmap.bundle.trust;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;

/**
 * What the holder of a root key does with it, offline: {@code paxmap root init} makes the root key file ({@link
 * RootKeyFile}); {@code root certify} signs a node's public key file into a {@link NodeCertificate} for a period;
 * {@code root revoke} extends the root's revocation list ({@link RootRevocations}) with a node key, or with the root
 * itself. Each operation unlocks the root key with its passphrase and forgets it. Stateless; one call per root file
 * at a time.
 */
public final class RootAuthority {
    private RootAuthority() {}

    /**
     * Makes a new root key for {@code organisation} in the new file {@code file} (mode {@code 0600}); its node id is
     * {@code <ORGANISATION>-ROOT}.
     *
     * @throws TrustException if the file exists, the passphrase is shorter than {@value LocalIdentity#MIN_PASSPHRASE}
     *     characters, the organisation or name is not acceptable, or the file cannot be written (then no file is left
     *     at {@code file}, so that the next try can make it)
     */
    public static NodeIdentity init(Path file, String organisation, String name, char[] passphrase)
            throws TrustException {
        return init(file, organisation, name, passphrase, EncryptedPrivateKey.DEFAULT_ITERATIONS);
    }

    /** As {@link #init(Path, String, String, char[])} with a chosen PBKDF2 iteration count (tests). */
    static NodeIdentity init(Path file, String organisation, String name, char[] passphrase, int iterations)
            throws TrustException {
        if (Files.exists(file)) {
            throw new TrustException(file + " exists: a root key is made once; nothing was written");
        }
        if (passphrase == null || passphrase.length < LocalIdentity.MIN_PASSPHRASE) {
            throw new TrustException(
                    "the passphrase is too short: use at least " + LocalIdentity.MIN_PASSPHRASE + " characters");
        }
        KeyPair pair = NodeKeys.generate();
        NodeIdentity root;
        try {
            String code = NodeIdentity.organisation(organisation);
            root = new NodeIdentity(code + "-ROOT", name, code, PublicKeyJwk.of(pair.getPublic()), Instant.now());
        } catch (IllegalArgumentException e) {
            throw new TrustException("cannot make the root key: " + e.getMessage(), e);
        }
        RootKeyFile key = new RootKeyFile(
                root,
                EncryptedPrivateKey.encrypt(pair.getPrivate(), passphrase, root.nodeId(), root.kid(), iterations),
                null);
        try {
            org.paxmap.bytes.PrivateFiles.createFile(file); // claims the name, 0600, before anything is in it
        } catch (FileAlreadyExistsException e) {
            throw new TrustException(file + " exists: a root key is made once; nothing was written", e);
        } catch (java.io.IOException e) {
            throw new TrustException("cannot write the root key file " + file + ": " + e.getMessage(), e);
        }
        boolean written = false;
        try {
            key.write(file);
            written = true;
        } finally {
            if (!written) {
                forget(file); // the empty placeholder would refuse every retry ("a root key is made once")
            }
        }
        return root;
    }

    /**
     * Certifies the node key in {@code node} for {@code notBefore} … {@code notAfter} with the root key in {@code
     * rootFile}.
     *
     * @throws WrongPassphraseException if the passphrase does not unlock the root key
     * @throws TrustException if the period is empty or the node key is marked TEST ONLY
     */
    public static NodeCertificate certify(
            Path rootFile, char[] passphrase, NodeIdentity node, Instant notBefore, Instant notAfter)
            throws TrustException {
        if (!notAfter.isAfter(notBefore)) {
            throw new TrustException("the certificate would end (" + notAfter + ") before it begins (" + notBefore
                    + "); nothing was signed");
        }
        if (TestOnlyKeys.isTestOnly(node)) {
            throw new TrustException("the key of " + node.nodeId() + " is marked TEST ONLY (its passphrase is"
                    + " published): a root does not certify it; nothing was signed");
        }
        RootKeyFile root = RootKeyFile.read(rootFile);
        String prefix = root.identity().organisation() + "-";
        if (!node.nodeId().startsWith(prefix)
                || node.nodeId().equals(root.identity().nodeId())) {
            throw new TrustException("the node id " + node.nodeId() + " is not a node of "
                    + root.identity().organisation() + " (named " + prefix
                    + "…): a root vouches only for its own organisation's"
                    + " nodes, and receivers refuse anything else; nothing was signed");
        }
        PrivateKey key = unlock(root, passphrase);
        return NodeCertificate.sign(root.identity(), key, node, notBefore, notAfter);
    }

    /**
     * Revokes the node key {@code kid} (of node {@code nodeId}) from {@code since}, or — with {@code kid} null — the
     * root itself: the next revocation list, kept in the root file and returned to be handed to the root's nodes.
     */
    public static RootRevocations revoke(Path rootFile, char[] passphrase, String kid, String nodeId, Instant since)
            throws TrustException {
        RootKeyFile root = RootKeyFile.read(rootFile);
        RootRevocations next = next(root, passphrase, kid, nodeId, since);
        root.with(next).write(rootFile);
        return next;
    }

    /**
     * As {@link #revoke(Path, char[], String, String, Instant)}, and writes the new list to the new file {@code out}
     * ({@link OwnCertificates#writeFile}) before the root file is changed: all or nothing — if {@code out} cannot be
     * written the root file is as it was, and if the root file cannot be written {@code out} is deleted again.
     *
     * @throws java.nio.file.FileAlreadyExistsException if {@code out} exists; nothing was written
     * @throws java.io.IOException if {@code out} cannot be written; nothing was written
     */
    public static RootRevocations revoke(
            Path rootFile, char[] passphrase, String kid, String nodeId, Instant since, Path out)
            throws TrustException, java.io.IOException {
        RootKeyFile root = RootKeyFile.read(rootFile);
        RootRevocations next = next(root, passphrase, kid, nodeId, since);
        OwnCertificates.writeFile(out, java.util.List.of(next.compact()));
        boolean kept = false;
        try {
            root.with(next).write(rootFile);
            kept = true;
        } finally {
            if (!kept) {
                forget(out); // the root does not remember this list: it must not be handed out
            }
        }
        return next;
    }

    private static RootRevocations next(RootKeyFile root, char[] passphrase, String kid, String nodeId, Instant since)
            throws TrustException {
        PrivateKey key = unlock(root, passphrase);
        return kid == null
                ? RootRevocations.next(root.revocations(), root.identity(), key, null, since)
                : RootRevocations.next(
                        root.revocations(),
                        root.identity(),
                        key,
                        new RootRevocations.Revoked(kid, nodeId, since),
                        null);
    }

    /** Deletes a file this class began and could not complete; the failure itself is what the caller reports. */
    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // the write failed already and says so; a file that cannot be deleted is named by the next try
        }
    }

    private static PrivateKey unlock(RootKeyFile root, char[] passphrase) throws TrustException {
        PrivateKey key = root.privateKey()
                .decrypt(passphrase, root.identity().nodeId(), root.identity().kid());
        byte[] probe = "paxmap-root-check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!NodeKeys.verify(root.identity().key().toPublicKey(), probe, NodeKeys.sign(key, probe))) {
            throw new TrustException("the root key file's private key does not belong to its public key "
                    + root.identity().kid());
        }
        return key;
    }

    /** The short form of a root's fingerprint for one line of text: its first two groups, e.g. "12345 67890". */
    public static String shortFingerprint(NodeIdentity root) {
        return root.fingerprint().digits().substring(0, 11);
    }
}
