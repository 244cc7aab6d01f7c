package org.paxmap.model;

/**
 * Casualty figures as a range, the way conflict-event datasets report them: a low, a best and a high estimate.
 *
 * @param low lowest credible count, at least 0
 * @param best best estimate, between low and high
 * @param high highest credible count
 */
public record Casualties(int low, int best, int high) {
    /** No casualties reported. */
    public static final Casualties NONE = new Casualties(0, 0, 0);

    /** Validates {@code 0 <= low <= best <= high}. */
    public Casualties {
        if (low < 0 || best < low || high < best) {
            throw new IllegalArgumentException(
                    "casualties must satisfy 0 <= low <= best <= high; were " + low + "/" + best + "/" + high);
        }
    }

    /** A single figure known exactly. */
    public static Casualties exactly(int count) {
        return new Casualties(count, count, count);
    }
}
