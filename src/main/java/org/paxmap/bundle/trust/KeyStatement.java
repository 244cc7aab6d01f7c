package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * A statement a node signs about its own keys, carried in its bundles so that partners follow without a phone call:
 * a <b>rotation</b> (the node's new key, signed by the old one) or a <b>revocation</b> (a key of the node not to be
 * trusted for anything dated after {@code effectiveAt}, signed by the node's current key or by the revoked key
 * itself). Versions count up per node over all its statements; a partner applies a statement only if its version is
 * above the last it applied from that node, so an older statement replayed does nothing. Immutable.
 *
 * <p>Wire form: a compact JWS ({@code header.payload.signature}, base64url, Ed25519), header {@code
 * {"alg":"Ed25519","kid":"<signer>","typ":"paxmap-key-statement+jws"}}, payload the RFC 8785 canonical JSON {@code
 * {"effectiveAt","format":"paxmap-key-statement/1","issuedAt","key","newKey"?,"nodeId","type","version"}} — {@code
 * key} the thumbprint the statement is about (the old key of a rotation, the revoked key), {@code newKey} the new
 * key's public key file text (rotation only).
 *
 * @param type rotation or revocation
 * @param nodeId the node whose keys these are
 * @param version this node's statement counter, from 1
 * @param issuedAt when the statement was made
 * @param key the thumbprint the statement is about
 * @param effectiveAt from when: the rotation's instant, or the instant after which the revoked key is refused
 * @param newKey the new key (rotation), else null
 * @param signerKid the thumbprint of the key that signed the statement
 * @param compact the signed statement as it travels
 */
public record KeyStatement(
        Type type,
        String nodeId,
        long version,
        Instant issuedAt,
        String key,
        Instant effectiveAt,
        NodeIdentity newKey,
        String signerKid,
        String compact) {
    /** The payload's format tag. */
    public static final String FORMAT = "paxmap-key-statement/1";
    /** The JWS {@code typ}. */
    public static final String TYP = "paxmap-key-statement+jws";

    private static final Set<String> PAYLOAD =
            StrictJson.ordered("effectiveAt", "format", "issuedAt", "key", "newKey", "nodeId", "type", "version");
    private static final Set<String> REQUIRED =
            StrictJson.ordered("effectiveAt", "format", "issuedAt", "key", "nodeId", "type", "version");

    /** What a statement says. */
    public enum Type {
        /** The node has a new key. */
        ROTATION,
        /** A key of the node is revoked. */
        REVOCATION;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks presence and that a rotation, and only a rotation, names its new key. */
    public KeyStatement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(signerKid, "signerKid");
        if ((type == Type.ROTATION) != (newKey != null)) {
            throw new IllegalArgumentException("a rotation, and only a rotation, names a new key");
        }
    }

    /**
     * Makes and signs a statement with {@code signer} (thumbprint {@code signerKid}).
     *
     * @param newKey the new key of a rotation, else null
     */
    public static KeyStatement sign(
            Type type,
            String nodeId,
            long version,
            String key,
            Instant effectiveAt,
            NodeIdentity newKey,
            String signerKid,
            PrivateKey signer) {
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant effective = effectiveAt; // not rounded down: a bundle made just before must stay before
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("effectiveAt", effective.toString());
        payload.put("format", FORMAT);
        payload.put("issuedAt", issued.toString());
        payload.put("key", key);
        if (newKey != null) {
            payload.put("newKey", PublicKeyFile.toJson(newKey));
        }
        payload.put("nodeId", nodeId);
        payload.put("type", type.wire());
        payload.put("version", version);
        String compact = CompactJws.sign(TYP, signerKid, payload, signer);
        return new KeyStatement(type, nodeId, version, issued, key, effective, newKey, signerKid, compact);
    }

    /** Looks up the public key a statement's signer names, among the keys of the statement's node. */
    @FunctionalInterface
    public interface Keys {
        /** The key {@code kid} of node {@code nodeId} that may sign statements for it, or null. */
        PublicKey of(String nodeId, String kid);
    }

    /**
     * Parses {@code compact} strictly and verifies its signature with the key {@code keys} gives for its signer; a
     * rotation must be signed by the key it replaces.
     *
     * @param where names the statement in messages
     * @throws TrustException saying what is wrong: malformed, unknown signer, not signed by the old key, bad signature
     */
    public static KeyStatement verify(String compact, Keys keys, String where) throws TrustException {
        return parse(compact, keys, where);
    }

    /**
     * Parses {@code compact} strictly <em>without</em> checking its signature: for this node's own statements, and to
     * see a partner's statement's node and version before deciding whether it needs checking at all (one already
     * applied is passed over, not verified again).
     */
    public static KeyStatement read(String compact, String where) throws TrustException {
        return parse(compact, null, where);
    }

    private static KeyStatement parse(String compact, Keys keys, String where) throws TrustException {
        CompactJws.Parsed jws = CompactJws.parse(compact, TYP, where);
        JsonPlace at = JsonPlace.of(where);
        String signerKid = jws.kid();
        ObjectNode payload = jws.payload();
        StrictJson.members(payload, PAYLOAD, REQUIRED, at);
        if (!FORMAT.equals(StrictJson.text(payload, "format", at))) {
            throw new TrustException(where + ": format is not " + FORMAT);
        }
        String nodeId = StrictJson.text(payload, "nodeId", at);
        String typeText = StrictJson.text(payload, "type", at);
        Type type =
                "rotation".equals(typeText) ? Type.ROTATION : "revocation".equals(typeText) ? Type.REVOCATION : null;
        if (type == null) {
            throw new TrustException(where + ": unknown statement type '" + typeText + "'");
        }
        long version = StrictJson.positiveInt(payload, "version", at);
        String key = StrictJson.text(payload, "key", at);
        String what = where + " (" + typeText + " of node " + nodeId + ", version " + version + ")";
        if (type == Type.ROTATION && !signerKid.equals(key)) {
            throw new TrustException(what + " is not signed by the old key " + key + " but by " + signerKid
                    + ": a rotation must be signed by the key it replaces");
        }
        if (keys != null) {
            PublicKey signer = keys.of(nodeId, signerKid);
            if (signer == null) {
                throw new TrustException(
                        what + " is signed by key " + signerKid + ", which is not a trusted key of " + nodeId);
            }
            if (!jws.verifiedBy(signer)) {
                throw new TrustException(what + " does not verify with the key " + signerKid + " of " + nodeId
                        + " (altered, or not signed by that key)");
            }
        }
        NodeIdentity newKey = null;
        if (type == Type.ROTATION) {
            if (!payload.has("newKey")) {
                throw new TrustException(what + ": a rotation names its new key (newKey)");
            }
            newKey = PublicKeyFile.parse(StrictJson.text(payload, "newKey", at), what + ", newKey");
            if (!newKey.nodeId().equals(nodeId)) {
                throw new TrustException(what + ": the new key is for node " + newKey.nodeId() + ", not " + nodeId);
            }
        } else if (payload.has("newKey")) {
            throw new TrustException(what + ": a revocation names no new key");
        }
        return new KeyStatement(
                type,
                nodeId,
                version,
                StrictJson.instant(payload, "issuedAt", at),
                key,
                StrictJson.instant(payload, "effectiveAt", at),
                newKey,
                signerKid,
                compact);
    }

    /**
     * What the statement means for the receiver, in words, e.g. "FRA-HQ moved to a new key on 2026-12-07 14:20 UTC,
     * signed by its old key: new fingerprint 12345 …; bundles its old key signs after that are refused". Text from the
     * bundle is returned as given: show it through {@code OutsideText.visible}.
     */
    public String describe() {
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT)
                .format(effectiveAt.atOffset(java.time.ZoneOffset.UTC));
        if (type == Type.ROTATION) {
            return nodeId + " moved to a new key on " + when + ", signed by its old key: new fingerprint "
                    + newKey.fingerprint().digits() + "; bundles its old key signs after that are refused";
        }
        return nodeId + " revoked its key " + key + " from " + when + ": bundles that key signs after that are refused";
    }
}
