package org.paxmap.bundle.sync;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.paxmap.model.Layer;
import org.paxmap.model.VersionVector;

/**
 * A conflict told in words a user acts on, not in version vectors: how many changes the partner's version holds that
 * this node has not seen, and how many this node's version holds that the partner had not seen when it sent the
 * bundle — counted from the versions both last agreed on (the per-node minimum of the two vectors). Stateless; any
 * thread.
 */
final class ConcurrentEdits {
    private ConcurrentEdits() {}

    /**
     * E.g. "FRA-HQ changed this zone twice since you last heard from them, while you changed it once" (no full stop).
     * Changes relayed from other nodes are named with their node.
     *
     * @param layer the feature's layer, for the noun
     * @param theirs the incoming version's vector
     * @param mine the stored version's vector
     * @param signer the partner that sent the incoming version
     * @param localNode this node
     */
    static String describe(Layer layer, VersionVector theirs, VersionVector mine, String signer, String localNode) {
        Map<String, Long> theirChanges = since(theirs, mine);
        Map<String, Long> myChanges = since(mine, theirs);
        String noun = layer.tableName().substring(0, layer.tableName().length() - 1);
        String them = theirChanges.keySet().equals(java.util.Set.of(signer))
                ? signer + " changed this " + noun + " " + times(theirChanges.get(signer))
                        + " since you last heard from them"
                : signer + "'s version of this " + noun + " holds " + changes(total(theirChanges)) + " you have not"
                        + " seen (" + byNode(theirChanges, localNode) + ")";
        String us = myChanges.keySet().equals(java.util.Set.of(localNode))
                ? "you changed it " + times(myChanges.get(localNode))
                : "yours holds " + changes(total(myChanges)) + " they had not seen (" + byNode(myChanges, localNode)
                        + ")";
        return them + ", while " + us;
    }

    /** Per node, how many counters {@code a} holds beyond the versions both agreed on. */
    private static Map<String, Long> since(VersionVector a, VersionVector b) {
        Map<String, Long> out = new TreeMap<>();
        for (String node : new TreeSet<>(a.asMap().keySet())) {
            long beyond = a.get(node) - Math.min(a.get(node), b.get(node));
            if (beyond > 0) {
                out.put(node, beyond);
            }
        }
        return out;
    }

    private static long total(Map<String, Long> changes) {
        return changes.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String byNode(Map<String, Long> changes, String localNode) {
        StringBuilder out = new StringBuilder();
        changes.forEach((node, n) -> out.append(out.length() == 0 ? "" : ", ")
                .append(n)
                .append(" by ")
                .append(node.equals(localNode) ? "you" : node));
        return out.toString();
    }

    private static String changes(long n) {
        return n == 1 ? "1 change" : n + " changes";
    }

    private static String times(long n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }
}
