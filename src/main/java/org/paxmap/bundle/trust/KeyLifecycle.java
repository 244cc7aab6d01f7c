package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.bundle.seal.X25519Keys;
import org.paxmap.geojson.CanonicalJson;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * This node's side of key rotation and revocation: {@code paxmap keys rotate} makes a new key pair and a rotation
 * statement signed by the old key; {@code paxmap keys revoke} signs a revocation of an earlier key with the current
 * one. The statements are kept in the picture (setting {@value #SETTING}, a JSON array of compact JWS — they are
 * public) and every later bundle carries them all ({@link #ownStatements}); their versions count up from 1. The old
 * key file stays in the key store: its encryption key still opens bundles a partner sealed to it before it heard of
 * the rotation ({@link DecryptionKeys}). Stateless; one call
 * per picture at a time.
 */
public final class KeyLifecycle {
    /** The picture setting holding this node's statements. */
    public static final String SETTING = "own_key_statements";

    private KeyLifecycle() {}

    /** This node's statements, oldest first, as bundles carry them; empty if it never rotated or revoked a key. */
    public static List<String> ownStatements(PictureStore store) throws TrustException, StoreException {
        var text = store.setting(SETTING);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try {
            JsonNode array = StrictJson.MAPPER.readTree(text.get());
            for (JsonNode n : array) {
                out.add(n.textValue());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            throw new TrustException(store.file() + ": setting " + SETTING + " is damaged: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    /**
     * Every key of this node a rotation replaced, newest first (revoked or not): the keys whose encryption keys may
     * still open bundles a partner sealed before it heard of the rotation ({@link DecryptionKeys}).
     */
    public static List<String> replacedKeys(PictureStore store) throws TrustException, StoreException {
        List<String> out = new ArrayList<>();
        for (String s : ownStatements(store)) {
            KeyStatement st = KeyStatement.read(s, store.file() + ", setting " + SETTING);
            if (st.type() == KeyStatement.Type.ROTATION) {
                out.add(0, st.key());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The earlier keys of this node that a rotation replaced and no revocation has revoked yet, oldest first: what
     * {@link #revoke} accepts.
     */
    public static List<String> revocable(PictureStore store) throws TrustException, StoreException {
        List<String> out = new ArrayList<>();
        for (String s : ownStatements(store)) {
            KeyStatement st = KeyStatement.read(s, store.file() + ", setting " + SETTING);
            if (st.type() == KeyStatement.Type.ROTATION) {
                out.add(st.key());
            } else {
                out.remove(st.key());
            }
        }
        return List.copyOf(out);
    }

    /**
     * What a node whose root certificate was for its old key must do after {@link #rotate}, in words: certificates are
     * carried for the current key only ({@link OwnCertificates#carried}), so partners who accept the node on its root's
     * word (not on a fingerprint call of their own) need the root to certify the new key.
     */
    public static final String RECERTIFY = "its root certificate was for the old key and is no longer carried:"
            + " partners who accept this node on its root's word need a new certificate for the new key. Export the"
            + " new public key (paxmap keys export-public PICTURE --out NODE.paxkey), have the root certify it"
            + " (paxmap root certify ROOTFILE NODE.paxkey --out NODE.paxcert), then take the certificate in"
            + " (paxmap keys certificate PICTURE NODE.paxcert)";

    /**
     * Whether this node holds a root's certificate for its current key; asked before {@link #rotate}, whether the new
     * key needs a certificate of its own ({@link #RECERTIFY}). Any thread that may read the picture.
     */
    public static boolean rootCertified(PictureStore store) throws TrustException, StoreException {
        return OwnCertificates.carried(store).stream().anyMatch(NodeCertificate::is);
    }

    /**
     * Replaces this node's key pair (signing and encryption) with a new one under the same passphrase and signs a
     * rotation statement with the old key. Partners take the new key from the next bundle; the fingerprint changes.
     *
     * @return the statement
     * @throws WrongPassphraseException if the passphrase is wrong (nothing is changed)
     */
    public static KeyStatement rotate(PictureStore store, char[] passphrase) throws TrustException, StoreException {
        NodeIdentity old = LocalIdentity.require(store);
        PrivateKey oldKey = LocalIdentity.unlock(store, passphrase);
        KeyPair pair = NodeKeys.generate();
        KeyPair encryption = X25519Keys.generate();
        NodeIdentity next = new NodeIdentity(
                old.nodeId(),
                old.name(),
                old.organisation(),
                PublicKeyJwk.of(pair.getPublic()),
                Instant.now(),
                EncryptionKeyJwk.of(X25519Keys.raw(encryption.getPublic())));
        List<String> statements = ownStatements(store);
        KeyStatement statement = KeyStatement.sign(
                KeyStatement.Type.ROTATION,
                old.nodeId(),
                statements.size() + 1L,
                old.kid(),
                Instant.now(),
                next,
                old.kid(),
                oldKey);
        NodeKeyStore.forUser()
                .write(new NodeKeyFile(
                        next,
                        EncryptedPrivateKey.encrypt(pair.getPrivate(), passphrase, next.nodeId(), next.kid()),
                        EncryptedPrivateKey.encrypt(
                                encryption.getPrivate(),
                                passphrase,
                                next.nodeId(),
                                next.encryptionKey().thumbprint())));
        store.putSetting(SETTING, appended(statements, statement));
        store.putSetting(PictureStore.SETTING_NODE_KEY, next.kid());
        return statement;
    }

    /**
     * Revokes {@code kid}, an earlier key of this node (one a rotation replaced), from {@code effectiveAt}: partners
     * refuse bundles signed by it and dated after. Signed by the current key.
     *
     * @throws TrustException if {@code kid} is the current key (rotate first) or not a key this node rotated away
     */
    public static KeyStatement revoke(PictureStore store, char[] passphrase, String kid, Instant effectiveAt)
            throws TrustException, StoreException {
        NodeIdentity me = LocalIdentity.require(store);
        if (me.kid().equals(kid)) {
            throw new TrustException("key " + kid + " is this node's current key: make a new one first with 'paxmap"
                    + " keys rotate', then revoke the old one; nothing was changed");
        }
        List<String> statements = ownStatements(store);
        boolean ours = false;
        for (String s : statements) {
            KeyStatement st = KeyStatement.read(s, store.file() + ", setting " + SETTING);
            ours |= st.type() == KeyStatement.Type.ROTATION && st.key().equals(kid);
        }
        if (!ours) {
            throw new TrustException("key " + kid + " is not an earlier key of node " + me.nodeId()
                    + " (none of its rotations replaced it); nothing was changed");
        }
        PrivateKey current = LocalIdentity.unlock(store, passphrase);
        KeyStatement statement = KeyStatement.sign(
                KeyStatement.Type.REVOCATION,
                me.nodeId(),
                statements.size() + 1L,
                kid,
                effectiveAt,
                null,
                me.kid(),
                current);
        store.putSetting(SETTING, appended(statements, statement));
        return statement;
    }

    private static String appended(List<String> statements, KeyStatement statement) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        statements.forEach(array::add);
        array.add(statement.compact());
        return CanonicalJson.string(array);
    }
}
