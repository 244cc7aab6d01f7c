package org.paxmap.bundle.trust;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.geojson.CanonicalJson;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * What a picture has learnt from a partner's key statements: the last statement version applied, and the partner's
 * keys that no longer sign (rotated away or revoked) with the instant after which their bundles are refused — kept so
 * that the old key still verifies bundles signed before. Stored as the picture setting {@code key_history.<nodeId>}
 * (canonical JSON {@code {"ended":[{"ended","kid","notAfter","x"}],"version":n}}). Immutable value; {@link #load} and
 * {@link #save} read and write it.
 *
 * @param version the last statement version applied from the node, 0 for none
 * @param ended the keys that no longer sign after their instant
 */
public record KeyHistory(long version, List<Ended> ended) {
    private static final String PREFIX = "key_history.";

    /**
     * A key that no longer signs.
     *
     * @param kid its thumbprint
     * @param x its Ed25519 public key (base64url), so that bundles it signed before still verify
     * @param notAfter bundles dated after this are refused
     * @param how {@code rotated} or {@code revoked}
     */
    public record Ended(String kid, String x, Instant notAfter, String how) {}

    /** Copies the list. */
    public KeyHistory {
        ended = List.copyOf(ended);
    }

    /** The history of node {@code nodeId} in {@code store}; empty if none. */
    public static KeyHistory load(PictureStore store, String nodeId) throws TrustException, StoreException {
        var text = store.setting(PREFIX + nodeId);
        if (text.isEmpty()) {
            return new KeyHistory(0, List.of());
        }
        String source = store.file() + ", setting " + PREFIX + nodeId;
        JsonPlace at = JsonPlace.of(source);
        ObjectNode node = StrictJson.object(text.get(), source);
        List<Ended> ended = new ArrayList<>();
        for (var e : node.withArray("ended")) {
            if (!e.isObject()) {
                throw new TrustException(source + ": damaged");
            }
            ObjectNode o = (ObjectNode) e;
            ended.add(new Ended(
                    StrictJson.text(o, "kid", at),
                    StrictJson.text(o, "x", at),
                    StrictJson.instant(o, "notAfter", at),
                    StrictJson.text(o, "how", at)));
        }
        return new KeyHistory(node.path("version").asLong(0), ended);
    }

    /** Writes this history as node {@code nodeId}'s (one transaction). */
    public void save(PictureStore store, String nodeId) throws StoreException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode list = node.putArray("ended");
        for (Ended e : ended) {
            ObjectNode o = list.addObject();
            o.put("how", e.how());
            o.put("kid", e.kid());
            o.put("notAfter", e.notAfter().toString());
            o.put("x", e.x());
        }
        node.put("version", version);
        store.putSetting(PREFIX + nodeId, CanonicalJson.string(node));
    }

    /** This history after a statement of {@code version} that ends key {@code kid} ({@code x}) at {@code notAfter}. */
    KeyHistory ending(long version, String kid, String x, Instant notAfter, String how) {
        List<Ended> next = new ArrayList<>();
        Instant at = notAfter;
        for (Ended e : ended) {
            if (e.kid().equals(kid)) {
                // a revocation after a rotation: the earlier of the two instants, and "revoked" wins
                at = e.notAfter().isBefore(at) ? e.notAfter() : at;
                how = "revoked".equals(how) || "revoked".equals(e.how()) ? "revoked" : how;
            } else {
                next.add(e);
            }
        }
        next.add(new Ended(kid, x, at, how));
        return new KeyHistory(version, next);
    }

    /** This history with only the version moved (a statement about a key this picture never knew). */
    KeyHistory at(long newVersion) {
        return new KeyHistory(newVersion, ended);
    }
}
