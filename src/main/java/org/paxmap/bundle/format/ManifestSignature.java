package org.paxmap.bundle.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.paxmap.bytes.Base64Url;
import org.paxmap.geojson.CanonicalJson;

/**
 * The manifest signature ({@code META-INF/manifest.jws}, brief §3): a JWS in General JSON serialization (RFC 7515
 * §7.2.1) with the payload detached and unencoded (RFC 7797), signed with Ed25519 (RFC 8037, algorithm name {@code
 * Ed25519} per RFC 9864) by the JDK. Thread-safe (stateless).
 *
 * <p>The file is {@code {"signatures":[{"protected":"<BASE64URL(header)>","signature":"<BASE64URL(sig)>"}]}} in
 * canonical JSON. The protected header is exactly {@code
 * {"alg":"Ed25519","kid":"<kid>","typ":"paxmap-manifest+jws","b64":false,"crit":["b64"]}} and the signing input is
 * {@code ASCII(BASE64URL(UTF8(header))) || '.' || manifest bytes}.
 *
 * <p>Verification accepts exactly one signature: a v1 bundle has one signer, the sending node, and a second signature
 * would only raise the question which of them counts (a later version with countersignatures by national roots will
 * say). Members not listed above — a {@code payload}, an unprotected {@code header}, flattened-serialization members,
 * unknown header parameters — are refused, not ignored.
 */
public final class ManifestSignature {
    /** The one algorithm accepted. */
    public static final String ALGORITHM = "Ed25519";

    /** The {@code typ} of a manifest signature. */
    public static final String TYPE = "paxmap-manifest+jws";

    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "kid", "typ", "b64", "crit");
    private static final int MAX_KID_LENGTH = 256;

    private ManifestSignature() {}

    /**
     * Signs {@code manifestBytes} (the exact bytes stored in the bundle) with {@code privateKey}.
     *
     * @param kid the key id written into the protected header
     * @return the UTF-8 bytes of the JWS JSON
     * @throws GeneralSecurityException if the key is not an Ed25519 private key
     */
    public static byte[] sign(byte[] manifestBytes, String kid, PrivateKey privateKey) throws GeneralSecurityException {
        String header = protectedHeader(kid);
        String encodedHeader = Base64Url.encode(header.getBytes(StandardCharsets.UTF_8));
        Signature ed25519 = Signature.getInstance(ALGORITHM);
        ed25519.initSign(privateKey);
        ed25519.update(signingInput(encodedHeader, manifestBytes));
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode signature = root.putArray("signatures").addObject();
        signature.put("protected", encodedHeader);
        signature.put("signature", Base64Url.encode(ed25519.sign()));
        return CanonicalJson.bytes(root);
    }

    /**
     * The protected header for {@code kid}, member order as in the brief. The kid is written as a JSON string
     * (escaped as needed).
     */
    static String protectedHeader(String kid) {
        return "{\"alg\":\"" + ALGORITHM + "\",\"kid\":" + CanonicalJson.string(JsonNodeFactory.instance.textNode(kid))
                + ",\"typ\":\"" + TYPE + "\",\"b64\":false,\"crit\":[\"b64\"]}";
    }

    /**
     * Verifies {@code jwsBytes} over the raw {@code manifestBytes} — before the manifest is parsed, so no byte of an
     * unsigned or forged manifest reaches the JSON parser — and returns the signer: the JWS shape and header are
     * checked, the key is looked up by the protected header's {@code kid} in the trust list, the signature verified
     * with it, and then the partner must not be suspended. The caller parses the manifest afterwards and requires its
     * sender to be this signer ({@link #requireSender}).
     *
     * @param keys the local trust list
     * @param bundle the bundle file name, for messages
     * @throws BundleException with one of the {@code SIGNATURE_*} or {@code SIGNER_*} refusals
     */
    public static TrustedSigner verify(byte[] jwsBytes, byte[] manifestBytes, SignerKeys keys, String bundle)
            throws BundleException {
        Verification v = new Verification(bundle);
        JsonNode root = v.json(jwsBytes, BundleEntries.SIGNATURE);
        if (!root.isObject()) {
            throw v.refuse(BundleRefusal.SIGNATURE_MALFORMED, "", "the root is not a JSON object");
        }
        if (root.has("payload")) {
            throw v.refuse(
                    BundleRefusal.SIGNATURE_PAYLOAD_PRESENT,
                    ", member payload",
                    "the payload must be detached (the manifest is signed as it is stored)");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("signatures")) {
                throw v.refuse(
                        BundleRefusal.SIGNATURE_MALFORMED,
                        ", member " + name,
                        "unexpected member (only the General JSON serialization with 'signatures' is accepted)");
            }
        }
        JsonNode signatures = root.get("signatures");
        if (signatures == null || !signatures.isArray()) {
            throw v.refuse(BundleRefusal.SIGNATURE_MALFORMED, ", member signatures", "missing or not an array");
        }
        if (signatures.size() != 1) {
            throw v.refuse(
                    BundleRefusal.SIGNATURE_COUNT,
                    ", member signatures",
                    signatures.size() + " signatures; exactly one (the sender's) is accepted");
        }
        JsonNode entry = signatures.get(0);
        if (!entry.isObject()) {
            throw v.refuse(BundleRefusal.SIGNATURE_MALFORMED, ", signatures[0]", "not an object");
        }
        if (entry.has("header")) {
            throw v.refuse(
                    BundleRefusal.SIGNATURE_UNPROTECTED_HEADER,
                    ", signatures[0].header",
                    "an unprotected header is not accepted; every parameter must be signed");
        }
        for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals("protected") && !name.equals("signature")) {
                throw v.refuse(BundleRefusal.SIGNATURE_MALFORMED, ", signatures[0]." + name, "unexpected member");
            }
        }
        String encodedHeader = v.text(entry, "protected");
        byte[] signature = v.decode(entry, "signature");
        byte[] headerBytes = v.decode(entry, "protected");
        JsonNode header = v.json(headerBytes, BundleEntries.SIGNATURE + ", protected header");
        String kid = v.header(header);
        if (signature.length != 64) {
            throw v.refuse(
                    BundleRefusal.SIGNATURE_INVALID,
                    ", signatures[0].signature",
                    signature.length + " bytes; an Ed25519 signature has 64");
        }
        Optional<TrustedSigner> found = keys.byKid(kid);
        if (found.isEmpty()) {
            throw v.refuse(
                    BundleRefusal.SIGNER_UNKNOWN,
                    ", protected header, kid",
                    keys.unknownBecause(kid)
                            .orElse("key " + kid + " is not in the trust list: the bundle is signed by a key this"
                                    + " picture does not trust (who sent it is not read before the signature is"
                                    + " checked); ask the sender for their key file and compare the fingerprint"));
        }
        TrustedSigner signer = found.get();
        boolean valid;
        try {
            Signature ed25519 = Signature.getInstance(ALGORITHM);
            ed25519.initVerify(signer.publicKey());
            ed25519.update(signingInput(encodedHeader, manifestBytes));
            valid = ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            throw v.refuse(
                    BundleRefusal.SIGNATURE_INVALID,
                    ", signatures[0].signature",
                    "cannot be checked with the key of " + signer.nodeId() + ": " + e.getMessage());
        }
        if (!valid) {
            throw v.refuse(
                    BundleRefusal.SIGNATURE_INVALID,
                    ", signatures[0].signature",
                    "does not verify over META-INF/manifest.json with the key of " + signer.nodeId()
                            + " (the manifest or the signature was altered)");
        }
        if (!signer.active()) {
            throw v.refuse(
                    BundleRefusal.SIGNER_SUSPENDED,
                    ", protected header, kid",
                    "the bundle is from a suspended partner: " + signer.nodeId() + " (key " + kid
                            + ") is suspended in the trust list; nothing from it is imported until it is activated"
                            + " again");
        }
        return signer;
    }

    /**
     * Requires the manifest's sender, parsed after the signature was proven, to be the node whose key signed it:
     * the same key id and the node the trust list holds that key for.
     *
     * @throws BundleException {@link BundleRefusal#SIGNER_NOT_SENDER}
     */
    public static void requireSender(TrustedSigner signer, Manifest.Sender sender, String bundle)
            throws BundleException {
        Verification v = new Verification(bundle);
        if (!signer.kid().equals(sender.kid())) {
            throw v.refuse(
                    BundleRefusal.SIGNER_NOT_SENDER,
                    ", protected header, kid",
                    "signed with key " + signer.kid() + " but the manifest names the sender's key " + sender.kid());
        }
        if (!signer.nodeId().equals(sender.nodeId())) {
            throw v.refuse(
                    BundleRefusal.SIGNER_NOT_SENDER,
                    ", protected header, kid",
                    "key " + signer.kid() + " belongs to node " + signer.nodeId() + ", not to the sender "
                            + sender.nodeId());
        }
    }

    /**
     * Requires a key that was rotated away or revoked ({@link TrustedSigner#notAfter}) to have signed the bundle no
     * later than that instant, by the manifest's signed {@code createdAt}: the old key still verifies the bundles it
     * signed before.
     *
     * @throws BundleException {@link BundleRefusal#KEY_REVOKED} or {@link BundleRefusal#KEY_ROTATED}, with both dates
     */
    public static void requireInForce(TrustedSigner signer, java.time.Instant createdAt, String bundle)
            throws BundleException {
        Verification v = new Verification(bundle);
        if (signer.certification() != null) {
            requireCertified(signer, signer.certification(), createdAt, v);
        }
        if (signer.notAfter() == null || !createdAt.isAfter(signer.notAfter())) {
            return;
        }
        if ("revoked".equals(signer.ended())) {
            throw v.refuse(
                    BundleRefusal.KEY_REVOKED,
                    ", protected header, kid",
                    "the bundle is signed by key " + signer.kid() + " of " + signer.nodeId() + ", revoked on "
                            + signer.notAfter() + "; the bundle is dated " + createdAt
                            + ", after the revocation, and is refused");
        }
        throw v.refuse(
                BundleRefusal.KEY_ROTATED,
                ", protected header, kid",
                "the bundle is signed by key " + signer.kid() + " of " + signer.nodeId() + ", replaced by a new key on "
                        + signer.notAfter() + "; the bundle is dated " + createdAt + ", after the rotation, and is"
                        + " refused");
    }

    /** Refuses a bundle dated after its signer's root or certificate was revoked, or outside the certificate. */
    private static void requireCertified(
            TrustedSigner signer, TrustedSigner.Certification c, java.time.Instant createdAt, Verification v)
            throws BundleException {
        String signed =
                "the bundle is signed by key " + signer.kid() + " of " + signer.nodeId() + ", certified by " + c.root();
        if (c.rootRevokedSince() != null) {
            throw v.refuse(
                    BundleRefusal.CERTIFICATE_REVOKED,
                    ", protected header, kid",
                    signed + ", which revoked itself on " + c.rootRevokedSince() + ": a revoked root vouches for"
                            + " nothing any more (its key may be in other hands, and a bundle's date is its sender's"
                            + " word), so the bundle is refused; ask the sender's nation for its new root");
        }
        if (c.revokedSince() != null && createdAt.isAfter(c.revokedSince())) {
            throw v.refuse(
                    BundleRefusal.CERTIFICATE_REVOKED,
                    ", protected header, kid",
                    signed + ", which revoked it on " + c.revokedSince() + "; the bundle is dated " + createdAt
                            + ", after the revocation, and is refused");
        }
        if (createdAt.isBefore(c.notBefore()) || createdAt.isAfter(c.notAfter())) {
            throw v.refuse(
                    BundleRefusal.CERTIFICATE_EXPIRED,
                    ", protected header, kid",
                    signed + " for " + c.notBefore() + " to " + c.notAfter() + "; the bundle is dated " + createdAt
                            + ", "
                            + (createdAt.isBefore(c.notBefore())
                                    ? "before the certificate begins"
                                    : "after it" + " expired")
                            + ", and is refused");
        }
        if (c.checkedAt().isAfter(c.notAfter())) {
            throw v.refuse(
                    BundleRefusal.CERTIFICATE_EXPIRED,
                    ", protected header, kid",
                    signed + " until " + c.notAfter() + ", which has passed (this machine's clock says "
                            + c.checkedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "): an expired"
                            + " certificate vouches for nothing, whatever date the bundle claims; ask the sender for a"
                            + " new certificate from its root");
        }
    }

    private static byte[] signingInput(String encodedHeader, byte[] payload) {
        byte[] head = encodedHeader.getBytes(StandardCharsets.US_ASCII);
        byte[] input = new byte[head.length + 1 + payload.length];
        System.arraycopy(head, 0, input, 0, head.length);
        input[head.length] = '.';
        System.arraycopy(payload, 0, input, head.length + 1, payload.length);
        return input;
    }

    /** One verification, with the bundle name for messages. */
    private static final class Verification {
        private final String bundle;

        Verification(String bundle) {
            this.bundle = bundle;
        }

        JsonNode json(byte[] bytes, String what) throws BundleException {
            try {
                JsonNode node = ManifestJson.STRICT.readTree(bytes);
                if (node == null) {
                    throw new BundleException(BundleRefusal.SIGNATURE_MALFORMED, bundle, what, "empty");
                }
                return node;
            } catch (JsonProcessingException e) {
                throw new BundleException(
                        BundleRefusal.SIGNATURE_MALFORMED, bundle, what, "not JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new BundleException(
                        BundleRefusal.SIGNATURE_MALFORMED, bundle, what, String.valueOf(e.getMessage()), e);
            }
        }

        String text(JsonNode entry, String member) throws BundleException {
            JsonNode node = entry.get(member);
            if (node == null || !node.isTextual()) {
                throw refuse(BundleRefusal.SIGNATURE_MALFORMED, ", signatures[0]." + member, "missing or not a string");
            }
            return node.textValue();
        }

        /** Strict base64url ({@link Base64Url#decode}): the URL alphabet, no padding, the canonical encoding. */
        byte[] decode(JsonNode entry, String member) throws BundleException {
            String text = text(entry, member);
            try {
                return Base64Url.decode(text);
            } catch (Base64Url.Malformed e) {
                throw refuse(
                        BundleRefusal.SIGNATURE_MALFORMED,
                        ", signatures[0]." + member,
                        "not canonical unpadded base64url");
            }
        }

        /** Checks the protected header and returns its kid. */
        String header(JsonNode header) throws BundleException {
            String at = ", protected header";
            if (!header.isObject()) {
                throw refuse(BundleRefusal.SIGNATURE_MALFORMED, at, "not a JSON object");
            }
            JsonNode alg = header.get("alg");
            if (alg == null || !alg.isTextual() || !alg.textValue().equals(ALGORITHM)) {
                throw refuse(
                        BundleRefusal.SIGNATURE_ALGORITHM,
                        at + ", alg",
                        "algorithm " + (alg == null ? "(missing)" : alg.toString()) + " is not accepted; only "
                                + ALGORITHM + " is");
            }
            for (Iterator<String> it = header.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!HEADER_MEMBERS.contains(name)) {
                    throw refuse(BundleRefusal.SIGNATURE_HEADER, at + ", " + name, "unknown header parameter");
                }
            }
            JsonNode typ = header.get("typ");
            if (typ == null || !typ.isTextual() || !typ.textValue().equals(TYPE)) {
                throw refuse(
                        BundleRefusal.SIGNATURE_HEADER,
                        at + ", typ",
                        "typ " + (typ == null ? "(missing)" : typ.toString()) + " is not " + TYPE);
            }
            JsonNode crit = header.get("crit");
            if (crit == null
                    || !crit.isArray()
                    || crit.size() != 1
                    || !crit.get(0).isTextual()
                    || !crit.get(0).textValue().equals("b64")) {
                throw refuse(
                        BundleRefusal.SIGNATURE_HEADER,
                        at + ", crit",
                        "crit " + (crit == null ? "(missing)" : crit.toString()) + " is not [\"b64\"]");
            }
            JsonNode b64 = header.get("b64");
            if (b64 == null || !b64.isBoolean() || b64.booleanValue()) {
                throw refuse(
                        BundleRefusal.SIGNATURE_HEADER,
                        at + ", b64",
                        "b64 " + (b64 == null ? "(missing)" : b64.toString())
                                + " must be false (the manifest is signed unencoded, RFC 7797)");
            }
            JsonNode kid = header.get("kid");
            if (kid == null
                    || !kid.isTextual()
                    || kid.textValue().isEmpty()
                    || kid.textValue().length() > MAX_KID_LENGTH) {
                throw refuse(BundleRefusal.SIGNATURE_HEADER, at + ", kid", "missing, empty or too long");
            }
            return kid.textValue();
        }

        BundleException refuse(BundleRefusal kind, String where, String reason) {
            return new BundleException(kind, bundle, BundleEntries.SIGNATURE + where, reason);
        }
    }
}
