package org.paxmap.bundle.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * The public key file a node hands to its partners ({@value #EXTENSION}): UTF-8 JSON with exactly these members
 *
 * <pre>{@code
 * {
 *   "format" : "paxmap-public-key/1",
 *   "nodeId" : "FRA-HQ",
 *   "name" : "French HQ, Sector West",
 *   "organisation" : "FRA",
 *   "jwk" : { "kty" : "OKP", "crv" : "Ed25519", "x" : "<base64url of the 32-byte key>" },
 *   "createdAt" : "2026-11-24T09:30:00Z"
 * }
 * }</pre>
 *
 * <p>It carries no secret and is not signed: what makes it trustworthy is the fingerprint the two sides compare out
 * of band before adding the partner. It is therefore read strictly: a duplicate, unknown or missing member, a key
 * that is not an Ed25519 OKP JWK, base64url that is padded or not canonical, a bad time or anything after the object
 * is refused with the file and the field. Files over {@value #MAX_BYTES} bytes are refused unread. Thread-safe
 * (stateless).
 */
public final class PublicKeyFile {
    /** The format tag of a key file with the signing key only (still read; written for such nodes). */
    public static final String FORMAT = "paxmap-public-key/1";
    /** The format tag of a key file that also carries the node's X25519 encryption key ({@code encryptionJwk}). */
    public static final String FORMAT_2 = "paxmap-public-key/2";
    /** The file name extension. */
    public static final String EXTENSION = ".paxkey";
    /** Largest file read. */
    static final int MAX_BYTES = 64 * 1024;

    private static final Set<String> MEMBERS =
            StrictJson.ordered("format", "nodeId", "name", "organisation", "jwk", "createdAt");
    private static final Set<String> MEMBERS_2 =
            StrictJson.ordered("format", "nodeId", "name", "organisation", "jwk", "encryptionJwk", "createdAt");

    private PublicKeyFile() {}

    /** The file's JSON text for {@code identity} (indented, members in the documented order, ending in a newline). */
    public static String toJson(NodeIdentity identity) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("format", identity.encryptionKey() == null ? FORMAT : FORMAT_2);
        node.put("nodeId", identity.nodeId());
        node.put("name", identity.name());
        node.put("organisation", identity.organisation());
        ObjectNode jwk = node.putObject("jwk");
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", identity.key().x());
        if (identity.encryptionKey() != null) {
            ObjectNode enc = node.putObject("encryptionJwk");
            enc.put("kty", "OKP");
            enc.put("crv", "X25519");
            enc.put("x", identity.encryptionKey().x());
        }
        node.put("createdAt", identity.createdAt().toString());
        try {
            return StrictJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** Writes the file for {@code identity} to {@code file} (through a temporary file, then renamed into place). */
    public static void write(NodeIdentity identity, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".paxkey-", ".tmp");
        try {
            Files.writeString(temp, toJson(identity), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads a public key file strictly.
     *
     * @throws TrustException naming the file and the field that is wrong, or why the file cannot be read
     */
    public static NodeIdentity read(Path file) throws TrustException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TrustException(file + ": not a public key file (larger than " + MAX_BYTES + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TrustException(file + ": no such file", e);
        } catch (IOException e) {
            throw new TrustException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TrustException(file + ": not a public key file (not UTF-8 text)", e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses the text of a public key file.
     *
     * @param source the file name (or other source) named in messages
     */
    public static NodeIdentity parse(String text, String source) throws TrustException {
        JsonPlace where = JsonPlace.of(source);
        ObjectNode probe = StrictJson.object(text, source);
        if (probe.path("format").asText("").equals(RootKeyFile.PUBLIC_FORMAT)) {
            throw new TrustException(source + ": a root's public key file (" + RootKeyFile.PUBLIC_FORMAT + "), not a"
                    + " node's: trust a root with 'paxmap roots trust'");
        }
        boolean second = probe.path("format").asText("").equals(FORMAT_2);
        ObjectNode node = StrictJson.document(text, source, second ? MEMBERS_2 : MEMBERS, second ? FORMAT_2 : FORMAT);
        EncryptionKeyJwk encryption = second
                ? EncryptionKeyJwk.read(StrictJson.object(node, "encryptionJwk", where), where.in("encryptionJwk"))
                : null;
        String nodeId = StrictJson.text(node, "nodeId", where);
        String name = StrictJson.text(node, "name", where);
        String organisation = StrictJson.text(node, "organisation", where);
        PublicKeyJwk key = PublicKeyJwk.read(StrictJson.object(node, "jwk", where), where.in("jwk"));
        try {
            key.toPublicKey();
        } catch (IllegalArgumentException e) {
            throw new TrustException(source + ": field 'jwk.x' is not a usable Ed25519 public key", e);
        }
        var createdAt = StrictJson.instant(node, "createdAt", where);
        try {
            return new NodeIdentity(nodeId, name, NodeIdentity.organisation(organisation), key, createdAt, encryption);
        } catch (IllegalArgumentException e) {
            throw new TrustException(source + ": field 'organisation': " + e.getMessage(), e);
        }
    }
}
