package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Set;
import org.paxmap.bytes.Base64Url;
import org.paxmap.geojson.CanonicalJson;

/**
 * The one signing scheme of Paxmap's statements about keys — a node's key statements ({@link KeyStatement}), a root's
 * certificates ({@link NodeCertificate}) and revocation lists ({@link RootRevocations}): a compact JWS {@code
 * header.payload.signature} (unpadded base64url), Ed25519, header {@code {"alg":"Ed25519","kid":"<signer
 * thumbprint>","typ":"<typ>"}}, payload RFC 8785 canonical JSON. Stateless and thread-safe.
 */
final class CompactJws {
    private static final Set<String> HEADER = StrictJson.ordered("alg", "kid", "typ");

    private CompactJws() {}

    /**
     * A parsed, not yet verified, compact JWS.
     *
     * @param kid the signer's thumbprint from the header
     * @param payload the payload object
     * @param input the signing input (the first two parts, ASCII)
     * @param signature the signature bytes
     */
    record Parsed(String kid, ObjectNode payload, byte[] input, byte[] signature) {
        /** Whether the signature verifies with {@code key}. */
        boolean verifiedBy(PublicKey key) {
            return NodeKeys.verify(key, input, signature);
        }
    }

    /** Signs {@code payload} under {@code typ} with {@code signer}, whose thumbprint is {@code kid}. */
    static String sign(String typ, String kid, ObjectNode payload, PrivateKey signer) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("alg", "Ed25519");
        header.put("kid", kid);
        header.put("typ", typ);
        String input =
                Base64Url.encode(CanonicalJson.bytes(header)) + "." + Base64Url.encode(CanonicalJson.bytes(payload));
        byte[] signature = NodeKeys.sign(signer, input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64Url.encode(signature);
    }

    /**
     * Parses {@code compact} strictly: three parts, a header of exactly alg Ed25519, kid and {@code typ}, an object
     * payload.
     *
     * @param where names the JWS in messages
     * @throws TrustException saying what is malformed
     */
    static Parsed parse(String compact, String typ, String where) throws TrustException {
        String[] parts = parts(compact, where);
        String kid = header(parts, typ, where);
        JsonPlace at = JsonPlace.of(where);
        ObjectNode payload = StrictJson.object(text(parts[1], "payload", at), where);
        byte[] signature = StrictJson.base64url(parts[2], "signature", at);
        byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        return new Parsed(kid, payload, input, signature);
    }

    /**
     * The signer's thumbprint from {@code compact}'s protected header, read strictly (as {@link #parse} does) without
     * looking at the payload: which key to verify with, before anything the payload says is believed.
     *
     * @throws TrustException if the JWS or its header is malformed
     */
    static String signerKid(String compact, String typ, String where) throws TrustException {
        return header(parts(compact, where), typ, where);
    }

    /**
     * Whether {@code compact}'s signature verifies with {@code key} over its header and payload as they travel — checked
     * before the payload is parsed (a payload that is not even JSON is refused for its signature).
     *
     * @throws TrustException if the JWS, its header or its signature's encoding is malformed
     */
    static boolean signatureVerifies(String compact, String typ, PublicKey key, String where) throws TrustException {
        String[] parts = parts(compact, where);
        header(parts, typ, where);
        byte[] signature = StrictJson.base64url(parts[2], "signature", JsonPlace.of(where));
        return NodeKeys.verify(key, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature);
    }

    private static String[] parts(String compact, String where) throws TrustException {
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new TrustException(where + ": not a compact JWS (three base64url parts)");
        }
        return parts;
    }

    /** Checks the header (exactly alg Ed25519, kid, {@code typ}) and returns its kid. */
    private static String header(String[] parts, String typ, String where) throws TrustException {
        JsonPlace at = JsonPlace.of(where);
        ObjectNode header = StrictJson.object(text(parts[0], "header", at), where + ", header");
        StrictJson.members(header, HEADER, HEADER, at);
        if (!"Ed25519".equals(StrictJson.text(header, "alg", at)) || !typ.equals(StrictJson.text(header, "typ", at))) {
            throw new TrustException(where + ": header is not alg Ed25519, typ " + typ);
        }
        return StrictJson.text(header, "kid", at);
    }

    /** The {@code typ} of {@code compact}'s header, or empty if it has none readable (then {@link #parse} says why). */
    static String typ(String compact) {
        int dot = compact.indexOf('.');
        try {
            ObjectNode header = StrictJson.object(
                    new String(Base64Url.decode(dot < 0 ? compact : compact.substring(0, dot)), StandardCharsets.UTF_8),
                    "header");
            return header.path("typ").asText("");
        } catch (TrustException | Base64Url.Malformed e) {
            return "";
        }
    }

    private static String text(String part, String field, JsonPlace at) throws TrustException {
        return new String(StrictJson.base64url(part, field, at), StandardCharsets.UTF_8);
    }
}
