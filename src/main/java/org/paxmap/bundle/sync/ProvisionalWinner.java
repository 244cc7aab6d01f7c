package org.paxmap.bundle.sync;

import java.util.TreeSet;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * Chooses which of two concurrent versions the feature table shows while the conflict is open. The choice depends
 * only on the two versions, so every node that holds both shows the same one:
 *
 * <ol>
 *   <li>a threat zone in a delete-versus-edit conflict: the live version (the zone stays visible, flagged);
 *   <li>otherwise the later {@code modifiedAt};
 *   <li>on a tie, the version whose last editing node has the greater id, where a version's last editing nodes are
 *       the nodes whose counter in it exceeds the other version's (for concurrent versions both sides have some;
 *       the greatest id of each side is compared; the sets are disjoint, so this decides);
 *   <li>finally (only for versions that are not concurrent) the greater content hash.
 * </ol>
 *
 * {@code modifiedBy} is not used: it names a user, not a node. Stateless and thread-safe.
 */
public final class ProvisionalWinner {
    private ProvisionalWinner() {}

    /** The provisional winner of {@code a} and {@code b} (symmetric: {@code choose(a, b) == choose(b, a)}). */
    public static Feature choose(Feature a, Feature b) {
        boolean aDeleted = a.sync().deleted();
        boolean bDeleted = b.sync().deleted();
        if (a.layer() == Layer.ZONES && aDeleted != bDeleted) {
            return aDeleted ? b : a;
        }
        int time = a.sync().modifiedAt().compareTo(b.sync().modifiedAt());
        if (time != 0) {
            return time > 0 ? a : b;
        }
        String aNode = lastEditingNode(a, b);
        String bNode = lastEditingNode(b, a);
        if (aNode != null && bNode != null && !aNode.equals(bNode)) {
            return aNode.compareTo(bNode) > 0 ? a : b;
        }
        return a.sync().contentSha256().compareTo(b.sync().contentSha256()) >= 0 ? a : b;
    }

    /** The greatest node id whose counter in {@code version} exceeds the one in {@code other}, or null. */
    static String lastEditingNode(Feature version, Feature other) {
        TreeSet<String> ahead = new TreeSet<>();
        version.sync().versions().asMap().forEach((node, counter) -> {
            if (counter > other.sync().versions().get(node)) {
                ahead.add(node);
            }
        });
        return ahead.isEmpty() ? null : ahead.last();
    }
}
