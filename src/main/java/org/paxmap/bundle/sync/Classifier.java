package org.paxmap.bundle.sync;

import java.util.Optional;
import java.util.Set;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.VersionVector;
import org.paxmap.model.VersionVector.Ordering;
import org.paxmap.store.Conflict;
import org.paxmap.store.StoredVersion;

/**
 * Classifies one incoming feature version against the stored one (bundle format §4). Pure logic over model values;
 * stateless and thread-safe. A concurrent version is classified {@link SyncClass#CONFLICT} here; whether it merges
 * automatically is decided with the common ancestor ({@link DisjointMerge}).
 *
 * <p>Refused, in this order: a live version whose content hash is missing or is not the hash of its own canonical
 * content (a tombstone's hash is of the content it deleted, which the bundle does not carry, so it cannot be
 * checked); a live version with an invalid geometry; a forged counter (below); a new feature whose origin is
 * neither the signer nor a node the caller accepts; a feature whose id the picture holds in another layer; a version
 * that claims another origin than the stored feature's.
 *
 * <p><b>Forged counters.</b> A bundle may advance its sender's counter and carry the counters of nodes whose edits it
 * relays; the one counter this node can check is its own. This node has issued, for a feature, at most the highest
 * counter of its own entry among the versions it holds (the table row and every version kept aside in a conflict:
 * its own counter only ever grows there, as every accepted version passes this check). An incoming version whose
 * entry for this node is above that — or is above zero for a feature this node never held — claims an edit this node
 * never made: it is refused, and with it the whole bundle.
 */
public final class Classifier {
    private Classifier() {}

    /** A class and the reason in words, naming the feature. */
    public record Classification(SyncClass kind, String reason) {}

    /**
     * Classifies {@code incoming}.
     *
     * @param stored the picture's version, or {@code null} if it does not hold the feature
     * @param signer the node that signed the bundle
     * @param acceptedOrigins further nodes in whose name the caller accepts new features from this signer
     * @param localNode this picture's node id, whose counters the incoming version may not forge
     */
    public static Classification classify(
            Feature incoming, StoredVersion stored, String signer, Set<String> acceptedOrigins, String localNode) {
        String what = describe(incoming);
        VersionVector in = incoming.sync().versions();
        if (!incoming.sync().deleted()) {
            String claimed = incoming.sync().contentSha256();
            String actual = FeatureJson.contentSha256(incoming);
            if (!actual.equals(claimed)) {
                return refused(what + ": its content hash " + (claimed.isEmpty() ? "is missing" : claimed)
                        + " is not the hash of its content, " + actual);
            }
            Optional<String> problem = GeometryValidator.problem(incoming.layer(), incoming.geometry());
            if (problem.isPresent()) {
                return refused(what + " has an invalid geometry: " + problem.get());
            }
        }
        if (in.asMap().isEmpty()) {
            return refused(what + " has an empty version vector");
        }
        long claimed = in.get(localNode);
        long issued = issued(stored, localNode);
        if (claimed > issued) {
            String name = stored == null ? incoming.name() : stored.current().name();
            return refused("feature '" + name + "' (" + incoming.id() + ") claims " + localNode + " version "
                    + claimed + ", but " + localNode + " has issued " + (issued == 0 ? "none" : "only " + issued)
                    + ": a forged version counter");
        }
        String origin = incoming.sync().origin();
        if (stored == null) {
            if (!origin.equals(signer) && !acceptedOrigins.contains(origin)) {
                return refused(what + " is new with origin " + origin + ", but the bundle is signed by " + signer
                        + ": a partner may not create features in another node's name");
            }
            return new Classification(
                    SyncClass.NEW, what + (incoming.sync().deleted() ? " is a tombstone not held yet" : " is new"));
        }
        Feature current = stored.current();
        if (current.layer() != incoming.layer()) {
            return refused(what + ": the picture holds this id in layer "
                    + current.layer().tableName());
        }
        if (!current.sync().origin().equals(origin)) {
            return refused(what + " claims origin " + origin + ", but the feature was created by "
                    + current.sync().origin());
        }
        VersionVector held = current.sync().versions();
        switch (in.compareTo(held)) {
            case EQUAL:
                if (sameContent(incoming, current)) {
                    return new Classification(SyncClass.UNCHANGED, what + " is already held at " + held);
                }
                return new Classification(
                        SyncClass.INTEGRITY_ALERT,
                        what + " has the stored vector " + held + " but other content (incoming hash "
                                + incoming.sync().contentSha256() + ", stored "
                                + current.sync().contentSha256() + ")");
            case DOMINATED:
                return new Classification(
                        SyncClass.STALE, what + ": the stored version " + held + " is newer than the incoming " + in);
            case DOMINATES:
                String effect = incoming.sync().deleted() && !current.sync().deleted() ? " (deletes it)" : "";
                return new Classification(
                        SyncClass.UPDATE, what + ": incoming " + in + " is newer than the stored " + held + effect);
            default:
                for (Conflict c : stored.conflicts()) {
                    Ordering o = in.compareTo(c.aside().sync().versions());
                    if (o == Ordering.EQUAL && sameContent(incoming, c.aside())) {
                        return new Classification(
                                SyncClass.UNCHANGED, what + " is already held as a conflicting version " + in);
                    }
                    if (o == Ordering.DOMINATED) {
                        return new Classification(
                                SyncClass.STALE,
                                what + ": the conflicting version "
                                        + c.aside().sync().versions() + " is newer than " + in);
                    }
                }
                return new Classification(
                        SyncClass.CONFLICT,
                        what + ": " + ConcurrentEdits.describe(current.layer(), in, held, signer, localNode));
        }
    }

    /** The highest counter {@code node} holds for the feature: its entry in the row and in every version aside. */
    private static long issued(StoredVersion stored, String node) {
        if (stored == null) {
            return 0;
        }
        long max = stored.current().sync().versions().get(node);
        for (Conflict c : stored.conflicts()) {
            max = Math.max(max, c.aside().sync().versions().get(node));
        }
        return max;
    }

    private static boolean sameContent(Feature a, Feature b) {
        return a.sync().contentSha256().equals(b.sync().contentSha256())
                && a.sync().deleted() == b.sync().deleted();
    }

    private static Classification refused(String reason) {
        return new Classification(SyncClass.REFUSED, reason);
    }

    /** "incidents 6f1c… 'Roadside device'" — how messages name a feature. */
    static String describe(Feature f) {
        return f.layer().tableName() + " " + f.id() + " '" + f.name() + "'";
    }
}
