package org.paxmap.bundle.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Set;

/**
 * One node key as the key store keeps it: the node's public identity (exactly its public key file, {@link
 * PublicKeyFile}) and its private keys encrypted under the passphrase ({@link EncryptedPrivateKey}): the Ed25519
 * signing key, and the X25519 encryption key when the identity has one. Immutable and thread-safe.
 *
 * <pre>{@code
 * {
 *   "format" : "paxmap-node-key/1",
 *   "publicKey" : { ...the .paxkey object... },
 *   "privateKey" : { ...the paxmap-private-key/1 envelope of the Ed25519 key... },
 *   "encryptionKey" : { ...the envelope of the X25519 key, bound to its thumbprint; only with an encryption key... }
 * }
 * }</pre>
 *
 * Read strictly: a missing, unknown or duplicate member is refused naming the file and the field.
 *
 * @param identity the node's public identity
 * @param signingKey its Ed25519 private key, encrypted
 * @param encryptionKey its X25519 private key, encrypted; null exactly when the identity has no encryption key
 */
public record NodeKeyFile(NodeIdentity identity, EncryptedPrivateKey signingKey, EncryptedPrivateKey encryptionKey) {
    /** The format tag. */
    public static final String FORMAT = "paxmap-node-key/1";

    private static final Set<String> MEMBERS = StrictJson.ordered("format", "publicKey", "privateKey");
    private static final Set<String> WITH_ENCRYPTION =
            StrictJson.ordered("format", "publicKey", "privateKey", "encryptionKey");

    /** Requires the identity and signing key, and an encryption key exactly when the identity names one. */
    public NodeKeyFile {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(signingKey, "signingKey");
        if ((identity.encryptionKey() == null) != (encryptionKey == null)) {
            throw new IllegalArgumentException("the encrypted X25519 key must come with the identity's encryption key");
        }
    }

    /** A key file without an encryption key. */
    public NodeKeyFile(NodeIdentity identity, EncryptedPrivateKey signingKey) {
        this(identity, signingKey, null);
    }

    /** The file's JSON text (indented, ending in a newline). */
    public String toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        try {
            node.set("publicKey", StrictJson.MAPPER.readTree(PublicKeyFile.toJson(identity)));
            node.set("privateKey", StrictJson.MAPPER.readTree(signingKey.toJson()));
            if (encryptionKey != null) {
                node.set("encryptionKey", StrictJson.MAPPER.readTree(encryptionKey.toJson()));
            }
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /**
     * Reads a key file's text strictly.
     *
     * @param source the file named in messages
     */
    public static NodeKeyFile parse(String text, String source) throws TrustException {
        JsonPlace where = JsonPlace.of(source);
        boolean encrypted = StrictJson.object(text, source).has("encryptionKey");
        ObjectNode node = StrictJson.document(text, source, encrypted ? WITH_ENCRYPTION : MEMBERS, FORMAT);
        NodeIdentity identity =
                PublicKeyFile.parse(StrictJson.object(node, "publicKey", where).toString(), source + " (publicKey)");
        EncryptedPrivateKey key = EncryptedPrivateKey.fromJson(
                StrictJson.object(node, "privateKey", where).toString(), source + " (privateKey)");
        EncryptedPrivateKey decrypting = encrypted
                ? EncryptedPrivateKey.fromJson(
                        StrictJson.object(node, "encryptionKey", where).toString(), source + " (encryptionKey)")
                : null;
        if ((identity.encryptionKey() == null) != (decrypting == null)) {
            throw new TrustException(source + ": the public key and the field 'encryptionKey' disagree: one names an"
                    + " encryption key, the other does not");
        }
        return new NodeKeyFile(identity, key, decrypting);
    }
}
