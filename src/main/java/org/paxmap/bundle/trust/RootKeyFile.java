package org.paxmap.bundle.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.paxmap.bytes.AtomicFile;
import org.paxmap.bytes.PrivateFiles;

/**
 * A national or organisation root key as its holder keeps it, offline and in a file of its own (never a picture),
 * mode {@code 0600}: the root's public identity (a {@link PublicKeyFile} object without encryption key), its Ed25519
 * private key encrypted under the root's passphrase ({@link EncryptedPrivateKey}, the node key's envelope), and the
 * root's latest revocation list, if any (public: each {@code paxmap root revoke} extends it). Read strictly. Immutable;
 * {@link #read} and {@link #write} do the I/O.
 *
 * <pre>{@code
 * {"format":"paxmap-root-key/1","publicKey":{...},"privateKey":{...},"revocations":"<compact JWS>"?}
 * }</pre>
 *
 * The root's public key file, handed to partners ({@value #PUBLIC_EXTENSION}), is {@code
 * {"format":"paxmap-root-public-key/1","publicKey":{...}}}: a distinct format, so a root is never mistaken for a node.
 *
 * @param identity the root's public identity (node id such as {@code FRA-ROOT}, name, organisation, key)
 * @param privateKey its private key, encrypted
 * @param revocations its latest revocation list, or null
 */
public record RootKeyFile(NodeIdentity identity, EncryptedPrivateKey privateKey, RootRevocations revocations) {
    /** The format tag of the root key file. */
    public static final String FORMAT = "paxmap-root-key/1";
    /** The format tag of the root's public key file. */
    public static final String PUBLIC_FORMAT = "paxmap-root-public-key/1";
    /** The public file's extension. */
    public static final String PUBLIC_EXTENSION = ".paxroot";

    private static final Set<String> MEMBERS = StrictJson.ordered("format", "publicKey", "privateKey", "revocations");
    private static final Set<String> REQUIRED = StrictJson.ordered("format", "publicKey", "privateKey");
    private static final Set<String> PUBLIC_MEMBERS = StrictJson.ordered("format", "publicKey");

    /** Requires a root identity without an encryption key. */
    public RootKeyFile {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(privateKey, "privateKey");
        if (identity.encryptionKey() != null) {
            throw new IllegalArgumentException("a root key signs only: it has no encryption key");
        }
    }

    /** This file with {@code next} as its latest revocation list. */
    RootKeyFile with(RootRevocations next) {
        return new RootKeyFile(identity, privateKey, next);
    }

    /** The root key file's JSON text. */
    String toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", FORMAT);
        try {
            node.set("publicKey", StrictJson.MAPPER.readTree(PublicKeyFile.toJson(identity)));
            node.set("privateKey", StrictJson.MAPPER.readTree(privateKey.toJson()));
            if (revocations != null) {
                node.put("revocations", revocations.compact());
            }
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** The root's public key file text, for partners. */
    public static String publicJson(NodeIdentity root) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", PUBLIC_FORMAT);
        try {
            node.set("publicKey", StrictJson.MAPPER.readTree(PublicKeyFile.toJson(root)));
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /**
     * Reads a root's public key file ({@value #PUBLIC_EXTENSION}) strictly.
     *
     * @throws TrustException naming the file and what is wrong (a node's {@code .paxkey} is refused as not a root)
     */
    public static NodeIdentity readPublic(Path file) throws TrustException {
        String source = file.toString();
        String text = text(file, "root public key");
        String format = StrictJson.object(text, source).path("format").asText("");
        if (!PUBLIC_FORMAT.equals(format)) {
            throw new TrustException(source + ": not a root's public key file (format '" + format + "', expected '"
                    + PUBLIC_FORMAT + "': the .paxroot file 'paxmap root export' writes)");
        }
        ObjectNode node = StrictJson.document(text, source, PUBLIC_MEMBERS, PUBLIC_FORMAT);
        return root(node, source);
    }

    /** Reads a root key file strictly (the private key stays encrypted). */
    public static RootKeyFile read(Path file) throws TrustException {
        String source = file.toString();
        JsonPlace where = JsonPlace.of(source);
        ObjectNode node = StrictJson.object(text(file, "root key"), source);
        StrictJson.members(node, MEMBERS, REQUIRED, where);
        String format = StrictJson.text(node, "format", where);
        if (!FORMAT.equals(format)) {
            throw new TrustException(source + ": field 'format' is '" + format + "', expected '" + FORMAT + "'");
        }
        NodeIdentity identity = root(node, source);
        EncryptedPrivateKey key = EncryptedPrivateKey.fromJson(
                StrictJson.object(node, "privateKey", where).toString(), source + " (privateKey)");
        RootRevocations revocations = node.has("revocations")
                ? RootRevocations.read(StrictJson.text(node, "revocations", where), identity, source + ", revocations")
                : null;
        return new RootKeyFile(identity, key, revocations);
    }

    /** Writes this file to {@code file}, new or replacing it, mode {@code 0600} whatever the umask. */
    void write(Path file) throws TrustException {
        byte[] bytes = toJson().getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFile.write(file, ".paxroot-", ".tmp", channel -> channel.write(java.nio.ByteBuffer.wrap(bytes)));
            PrivateFiles.restrict(file);
        } catch (IOException e) {
            throw new TrustException("cannot write the root key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static NodeIdentity root(ObjectNode node, String source) throws TrustException {
        NodeIdentity identity = PublicKeyFile.parse(
                StrictJson.object(node, "publicKey", JsonPlace.of(source)).toString(), source + " (publicKey)");
        if (identity.encryptionKey() != null) {
            throw new TrustException(source + ": a root key has no encryption key (field 'publicKey.encryptionJwk')");
        }
        return identity;
    }

    private static String text(Path file, String what) throws TrustException {
        try {
            if (Files.size(file) > PublicKeyFile.MAX_BYTES) {
                throw new TrustException(
                        file + ": not a " + what + " file (larger than " + PublicKeyFile.MAX_BYTES + " bytes)");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new TrustException(file + ": no such file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new TrustException(file + ": not a " + what + " file (not UTF-8 text)", e);
        } catch (IOException e) {
            throw new TrustException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
