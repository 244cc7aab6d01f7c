package org.paxmap.bundle.sync;

import java.util.Objects;
import org.paxmap.model.Feature;

/**
 * The analyst's resolution of a conflict: keep this node's version ("mine"), the partner's ("theirs"), or a feature
 * merged field by field (see {@link FeatureFields}). Immutable.
 */
public final class Resolution {
    /** The three choices. */
    public enum Choice {
        MINE,
        THEIRS,
        MERGED
    }

    private final Choice choice;
    private final Feature merged;

    private Resolution(Choice choice, Feature merged) {
        this.choice = choice;
        this.merged = merged;
    }

    /** Keep this node's version. */
    public static Resolution mine() {
        return new Resolution(Choice.MINE, null);
    }

    /** Keep the partner's version. */
    public static Resolution theirs() {
        return new Resolution(Choice.THEIRS, null);
    }

    /** Keep {@code merged}'s content (its sync metadata is replaced). */
    public static Resolution merged(Feature merged) {
        return new Resolution(Choice.MERGED, Objects.requireNonNull(merged, "merged"));
    }

    /** The choice. */
    public Choice choice() {
        return choice;
    }

    /** The merged feature, {@code null} unless the choice is {@link Choice#MERGED}. */
    public Feature merged() {
        return merged;
    }
}
