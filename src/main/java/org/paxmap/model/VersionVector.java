package org.paxmap.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A version vector: for each node that has edited a feature, how many edits it has made. Immutable; entries are kept
 * sorted by node id so that equal vectors have equal string forms.
 *
 * <p>A local edit {@linkplain #increment increments} only the local node's entry. {@link #compareTo(VersionVector)}
 * tells the sync code whether an incoming version dominates, is dominated by, equals, or is concurrent with the
 * stored one.
 */
public final class VersionVector {
    /** The vector of a feature nobody has edited yet. */
    public static final VersionVector EMPTY = new VersionVector(new TreeMap<>());

    private final Map<String, Long> counters;

    private VersionVector(SortedMap<String, Long> counters) {
        this.counters = Collections.unmodifiableMap(counters);
    }

    /** Builds a vector from node id → counter; counters must be positive and node ids non-blank. */
    public static VersionVector of(Map<String, Long> counters) {
        TreeMap<String, Long> copy = new TreeMap<>();
        counters.forEach((node, counter) -> {
            if (node == null || node.isBlank()) {
                throw new IllegalArgumentException("version vector has an empty node id");
            }
            if (counter == null || counter < 1) {
                throw new IllegalArgumentException(
                        "version vector counter for node '" + node + "' must be positive, was " + counter);
            }
            copy.put(node, counter);
        });
        return new VersionVector(copy);
    }

    /** The vector after one more edit by {@code node}. */
    public VersionVector increment(String node) {
        TreeMap<String, Long> copy = new TreeMap<>(counters);
        copy.merge(node, 1L, Long::sum);
        return new VersionVector(copy);
    }

    /**
     * The pointwise maximum of this vector and {@code other}: every node's greater counter. It dominates or equals
     * both; a merge of two concurrent versions takes it so that both nodes arrive at the same vector.
     */
    public VersionVector max(VersionVector other) {
        return max(List.of(this, other));
    }

    /** The pointwise maximum of {@code vectors}; {@link #EMPTY} for none. */
    public static VersionVector max(Collection<VersionVector> vectors) {
        TreeMap<String, Long> max = new TreeMap<>();
        for (VersionVector v : vectors) {
            v.counters.forEach((node, counter) -> max.merge(node, counter, Math::max));
        }
        return max.isEmpty() ? EMPTY : new VersionVector(max);
    }

    /** The counter of {@code node}, 0 if it never edited. */
    public long get(String node) {
        return counters.getOrDefault(node, 0L);
    }

    /** The entries, sorted by node id, unmodifiable. */
    public Map<String, Long> asMap() {
        return counters;
    }

    /** How this vector relates to {@code other}. */
    public Ordering compareTo(VersionVector other) {
        boolean greater = false;
        boolean less = false;
        TreeMap<String, Long> all = new TreeMap<>(counters);
        other.counters.forEach((k, v) -> all.putIfAbsent(k, 0L));
        for (String node : all.keySet()) {
            long mine = get(node);
            long theirs = other.get(node);
            greater |= mine > theirs;
            less |= mine < theirs;
        }
        if (greater && less) {
            return Ordering.CONCURRENT;
        }
        return greater ? Ordering.DOMINATES : less ? Ordering.DOMINATED : Ordering.EQUAL;
    }

    /** The result of comparing two version vectors. */
    public enum Ordering {
        EQUAL,
        DOMINATES,
        DOMINATED,
        CONCURRENT
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionVector v && v.counters.equals(counters);
    }

    @Override
    public int hashCode() {
        return counters.hashCode();
    }

    /** The form {@code {nodeA=3, nodeB=1}}, for logs and messages. */
    @Override
    public String toString() {
        return counters.toString();
    }
}
