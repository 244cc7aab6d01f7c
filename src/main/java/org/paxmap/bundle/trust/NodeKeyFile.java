package org.paxmap.bundle.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Set;

/**
 * One node key as the key store keeps it: the node's public identity (exactly its public key file, {@link
 * PublicKeyFile}) and its private key encrypted under the passphrase ({@link EncryptedPrivateKey}). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * {
 *   "format" : "paxmap-node-key/1",
 *   "publicKey" : { ...the .paxkey object... },
 *   "privateKey" : { ...the paxmap-private-key/1 envelope of the Ed25519 key... }
 * }
 * }</pre>
 *
 * Read strictly: a missing, unknown or duplicate member is refused naming the file and the field.
 *
 * @param identity the node's public identity
 * @param signingKey its Ed25519 private key, encrypted
 */
public record NodeKeyFile(NodeIdentity identity, EncryptedPrivateKey signingKey) {
    /** The format tag. */
    public static final String FORMAT = "paxmap-node-key/1";

    private static final Set<String> MEMBERS = StrictJson.ordered("format", "publicKey", "privateKey");

    /** Requires both. */
    public NodeKeyFile {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(signingKey, "signingKey");
    }

    /** The file's JSON text (indented, ending in a newline). */
    public String toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        try {
            node.set("publicKey", StrictJson.MAPPER.readTree(PublicKeyFile.toJson(identity)));
            node.set("privateKey", StrictJson.MAPPER.readTree(signingKey.toJson()));
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
        ObjectNode node = StrictJson.document(text, source, MEMBERS, FORMAT);
        NodeIdentity identity =
                PublicKeyFile.parse(StrictJson.object(node, "publicKey", where).toString(), source + " (publicKey)");
        EncryptedPrivateKey key = EncryptedPrivateKey.fromJson(
                StrictJson.object(node, "privateKey", where).toString(), source + " (privateKey)");
        return new NodeKeyFile(identity, key);
    }
}
