package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * A root's word for one node key: "the key in this public key file is node {@code nodeId} of organisation {@code
 * organisation}, from {@code notBefore} to {@code notAfter}", signed by a national or organisation root key ({@link
 * RootKeyFile}). A node carries its certificate in every bundle ({@code META-INF/certificates.json}); a partner that
 * trusts the root ({@link TrustedRoots}) then accepts the node's bundles without having met it. Immutable.
 *
 * <p>Wire form: a compact JWS ({@link CompactJws}), typ {@value #TYP}, signed by the root key, payload {@code
 * {"format":"paxmap-node-certificate/1","issuedAt","name","nodeId","nodeKey","notAfter","notBefore","organisation"}}
 * — {@code nodeKey} the node's public key file text ({@link PublicKeyFile}), whose signing key the certificate is for.
 *
 * @param rootKid the thumbprint of the root key that signed it
 * @param node the certified node's public identity (its key file as the root saw it)
 * @param organisation the organisation the root vouches for (the root's own)
 * @param notBefore from when bundles the key signs are accepted on the certificate
 * @param notAfter until when
 * @param issuedAt when the root signed it
 * @param compact the signed certificate as it travels
 */
public record NodeCertificate(
        String rootKid,
        NodeIdentity node,
        String organisation,
        Instant notBefore,
        Instant notAfter,
        Instant issuedAt,
        String compact) {
    /** The payload's format tag. */
    public static final String FORMAT = "paxmap-node-certificate/1";
    /** The JWS {@code typ}. */
    public static final String TYP = "paxmap-node-certificate+jws";

    private static final Set<String> PAYLOAD = StrictJson.ordered(
            "format", "issuedAt", "name", "nodeId", "nodeKey", "notAfter", "notBefore", "organisation");

    /** Whether {@code compact}'s header says it is a root's certificate (its typ), before it is parsed. */
    public static boolean is(String compact) {
        return TYP.equals(CompactJws.typ(compact));
    }

    /** Checks presence and that the period is not empty. */
    public NodeCertificate {
        Objects.requireNonNull(rootKid, "rootKid");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(organisation, "organisation");
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException(
                    "a certificate ends (" + notAfter + ") after it begins (" + notBefore + ")");
        }
    }

    /** The thumbprint of the certified signing key. */
    public String kid() {
        return node.kid();
    }

    /** Signs a certificate for {@code node} with the root key {@code root} (public identity {@code rootId}). */
    static NodeCertificate sign(
            NodeIdentity rootId, PrivateKey root, NodeIdentity node, Instant notBefore, Instant notAfter) {
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("format", FORMAT);
        payload.put("issuedAt", issued.toString());
        payload.put("name", node.name());
        payload.put("nodeId", node.nodeId());
        payload.put("nodeKey", PublicKeyFile.toJson(node));
        payload.put("notAfter", notAfter.toString());
        payload.put("notBefore", notBefore.toString());
        payload.put("organisation", rootId.organisation());
        String compact = CompactJws.sign(TYP, rootId.kid(), payload, root);
        return new NodeCertificate(rootId.kid(), node, rootId.organisation(), notBefore, notAfter, issued, compact);
    }

    /**
     * Parses {@code compact} strictly <em>without</em> checking its signature ({@link #verifiedBy} does).
     *
     * @param where names the certificate in messages
     * @throws TrustException saying what is malformed
     */
    public static NodeCertificate read(String compact, String where) throws TrustException {
        CompactJws.Parsed jws = CompactJws.parse(compact, TYP, where);
        ObjectNode p = jws.payload();
        JsonPlace at = JsonPlace.of(where);
        StrictJson.members(p, PAYLOAD, PAYLOAD, at);
        if (!FORMAT.equals(StrictJson.text(p, "format", at))) {
            throw new TrustException(where + ": format is not " + FORMAT);
        }
        NodeIdentity node = PublicKeyFile.parse(StrictJson.text(p, "nodeKey", at), where + ", nodeKey");
        if (!node.nodeId().equals(StrictJson.text(p, "nodeId", at))
                || !node.name().equals(StrictJson.text(p, "name", at))) {
            throw new TrustException(where + ": the node id and name differ from those of the key it certifies");
        }
        Instant notBefore = StrictJson.instant(p, "notBefore", at);
        Instant notAfter = StrictJson.instant(p, "notAfter", at);
        if (!notAfter.isAfter(notBefore)) {
            throw new TrustException(where + ": notAfter " + notAfter + " is not after notBefore " + notBefore);
        }
        String organisation;
        try {
            organisation = NodeIdentity.organisation(StrictJson.text(p, "organisation", at));
        } catch (IllegalArgumentException e) {
            throw new TrustException(where + ": field 'organisation': " + e.getMessage(), e);
        }
        return new NodeCertificate(
                jws.kid(), node, organisation, notBefore, notAfter, StrictJson.instant(p, "issuedAt", at), compact);
    }

    /** The thumbprint of the root key {@code compact} says signed it, from its protected header only. */
    public static String signerKid(String compact, String where) throws TrustException {
        return CompactJws.signerKid(compact, TYP, where);
    }

    /**
     * Whether the root key {@code root} signed {@code compact}, checked before its payload is parsed: the header's kid
     * must be the root's and the signature verify with its key. Parse it ({@link #read}) only when this holds.
     *
     * @throws TrustException if the JWS or its header is malformed
     */
    public static boolean signedBy(String compact, NodeIdentity root, String where) throws TrustException {
        return root.kid().equals(signerKid(compact, where))
                && CompactJws.signatureVerifies(compact, TYP, root.key().toPublicKey(), where);
    }

    /** Whether the root key {@code root} signed exactly this certificate. */
    public boolean verifiedBy(NodeIdentity root) throws TrustException {
        return root.kid().equals(rootKid)
                && CompactJws.parse(compact, TYP, "certificate")
                        .verifiedBy(root.key().toPublicKey());
    }

    /** Whether the certificate is valid at {@code at} (inclusive bounds). */
    public boolean validAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }
}
