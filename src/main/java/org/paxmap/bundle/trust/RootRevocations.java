package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A root's revocation list: every node key the root has revoked, each from an instant, and whether the root revoked
 * itself. The list is whole (each new list repeats the earlier revocations) and versioned from 1: a receiver keeps the
 * highest version it verified, so a replayed older list does nothing and a lost one loses nothing. Travels in bundles
 * beside the certificates ({@code META-INF/certificates.json}) and as a file ({@code paxmap root revoke --out}).
 * Immutable.
 *
 * <p>Wire form: a compact JWS ({@link CompactJws}), typ {@value #TYP}, signed by the root key, payload {@code
 * {"format":"paxmap-root-revocations/1","issuedAt","nodes":[{"key","nodeId","since"}],"rootSince"?,"version"}}.
 *
 * @param rootKid the root key that signed it
 * @param version the list's version, from 1
 * @param issuedAt when the root signed it
 * @param nodes the revoked node keys
 * @param rootSince when the root revoked itself (every certificate it signed is refused for bundles dated after), or
 *     null
 * @param compact the signed list as it travels
 */
public record RootRevocations(
        String rootKid, long version, Instant issuedAt, List<Revoked> nodes, Instant rootSince, String compact) {
    /** The payload's format tag. */
    public static final String FORMAT = "paxmap-root-revocations/1";
    /** The JWS {@code typ}. */
    public static final String TYP = "paxmap-root-revocations+jws";

    private static final Set<String> PAYLOAD =
            StrictJson.ordered("format", "issuedAt", "nodes", "rootSince", "version");
    private static final Set<String> REQUIRED = StrictJson.ordered("format", "issuedAt", "nodes", "version");
    private static final Set<String> NODE = StrictJson.ordered("key", "nodeId", "since");

    /**
     * One revoked node key.
     *
     * @param key its thumbprint
     * @param nodeId the node it was certified for
     * @param since bundles it signs dated after this are refused
     */
    public record Revoked(String key, String nodeId, Instant since) {}

    /** Whether {@code compact}'s header says it is a root's revocation list (its typ), before it is parsed. */
    public static boolean is(String compact) {
        return TYP.equals(CompactJws.typ(compact));
    }

    /** Copies the list. */
    public RootRevocations {
        Objects.requireNonNull(rootKid, "rootKid");
        nodes = List.copyOf(nodes);
    }

    /** The list in a few words: "list 3, 2 node key(s), the root itself from …". */
    public String summary() {
        return "list " + version + ", " + nodes.size() + " node key(s)"
                + (rootSince == null ? "" : ", the root itself from " + rootSince);
    }

    /** When key {@code kid} was revoked by this list, if it was. */
    public Optional<Instant> revoked(String kid) {
        return nodes.stream()
                .filter(r -> r.key().equals(kid))
                .map(Revoked::since)
                .findFirst();
    }

    /**
     * Checks that this list may follow {@code kept}, the newest list verified from the same root: a root's revocations
     * only ever grow. A root that revoked itself says nothing more (its key may be in other hands); a later list keeps
     * every node revocation of the earlier one, none from a later instant, and the root's own revocation if there was
     * one, at the same instant or earlier. Call with the list verified.
     *
     * @throws TrustException naming what the list would withdraw
     */
    public void requireSuccessorOf(RootRevocations kept, String where) throws TrustException {
        if (kept == null) {
            return;
        }
        String list = where + " (revocation list " + version + " of root " + rootKid + ")";
        if (kept.rootSince() != null) {
            throw new TrustException(list + " comes after the root revoked itself on " + kept.rootSince()
                    + ": a revoked root's later word is not taken");
        }
        for (Revoked earlier : kept.nodes()) {
            Optional<Instant> now = revoked(earlier.key());
            if (now.isEmpty() || now.get().isAfter(earlier.since())) {
                throw new TrustException(list + " withdraws the revocation of key " + earlier.key() + " of node "
                        + earlier.nodeId() + " from " + earlier.since() + " (list " + kept.version() + "): a root's"
                        + " revocations are never withdrawn, so this list is refused; ask the root's holder");
            }
        }
    }

    /**
     * The next list of the root {@code rootId}: this one's revocations (null for the first list) plus {@code added}
     * (a node key, or null) and the root's own revocation from {@code rootSince} (or null), signed with {@code root}.
     */
    static RootRevocations next(
            RootRevocations previous, NodeIdentity rootId, PrivateKey root, Revoked added, Instant rootSince) {
        List<Revoked> nodes = new ArrayList<>(previous == null ? List.of() : previous.nodes());
        if (added != null) {
            nodes.removeIf(r -> r.key().equals(added.key()));
            nodes.add(added);
        }
        Instant self = rootSince != null ? rootSince : previous == null ? null : previous.rootSince();
        long version = previous == null ? 1 : previous.version() + 1;
        Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("format", FORMAT);
        payload.put("issuedAt", issued.toString());
        ArrayNode list = payload.putArray("nodes");
        for (Revoked r : nodes) {
            list.addObject()
                    .put("key", r.key())
                    .put("nodeId", r.nodeId())
                    .put("since", r.since().toString());
        }
        if (self != null) {
            payload.put("rootSince", self.toString());
        }
        payload.put("version", version);
        String compact = CompactJws.sign(TYP, rootId.kid(), payload, root);
        return new RootRevocations(rootId.kid(), version, issued, nodes, self, compact);
    }

    /**
     * Parses {@code compact} strictly and, when {@code root} is given, verifies it is signed by that root key.
     *
     * @param root the trusted root key, or null to parse only
     * @param where names the list in messages
     * @throws TrustException saying what is malformed, or that the signature does not verify
     */
    public static RootRevocations read(String compact, NodeIdentity root, String where) throws TrustException {
        // with a root to check against, the signature is checked before anything the payload says is read
        if (root != null
                && (!root.kid().equals(CompactJws.signerKid(compact, TYP, where))
                        || !CompactJws.signatureVerifies(
                                compact, TYP, root.key().toPublicKey(), where))) {
            throw new TrustException(where + " (a revocation list) does not verify with the root key " + root.kid()
                    + " of " + root.organisation() + " (altered, or not signed by that root)");
        }
        CompactJws.Parsed jws = CompactJws.parse(compact, TYP, where);
        ObjectNode p = jws.payload();
        JsonPlace at = JsonPlace.of(where);
        StrictJson.members(p, PAYLOAD, REQUIRED, at);
        if (!FORMAT.equals(StrictJson.text(p, "format", at))) {
            throw new TrustException(where + ": format is not " + FORMAT);
        }
        long version = StrictJson.positiveInt(p, "version", at);
        JsonNode array = p.get("nodes");
        if (!array.isArray()) {
            throw new TrustException(where + ": field 'nodes' must be an array");
        }
        List<Revoked> nodes = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isObject()) {
                throw new TrustException(where + ": field 'nodes' must hold objects");
            }
            ObjectNode o = (ObjectNode) n;
            JsonPlace in = at.in("nodes");
            StrictJson.members(o, NODE, NODE, in);
            nodes.add(new Revoked(
                    StrictJson.text(o, "key", in),
                    StrictJson.text(o, "nodeId", in),
                    StrictJson.instant(o, "since", in)));
        }
        Instant self = p.has("rootSince") ? StrictJson.instant(p, "rootSince", at) : null;
        return new RootRevocations(jws.kid(), version, StrictJson.instant(p, "issuedAt", at), nodes, self, compact);
    }
}
