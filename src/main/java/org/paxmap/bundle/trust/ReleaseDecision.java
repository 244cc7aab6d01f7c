package org.paxmap.bundle.trust;

import java.util.Objects;

/**
 * The answer to "may this go there?": releasable, or withheld with the reason in words for the export or import
 * report. Immutable.
 *
 * @param releasable whether the feature may be released (or the label is covered)
 * @param reason why it is withheld; {@code "releasable"} when it is not
 */
public record ReleaseDecision(boolean releasable, String reason) {
    private static final ReleaseDecision RELEASABLE = new ReleaseDecision(true, "releasable");

    /** Requires a reason. */
    public ReleaseDecision {
        Objects.requireNonNull(reason, "reason");
    }

    /** The positive decision: releasable. */
    public static ReleaseDecision release() {
        return RELEASABLE;
    }

    /** A negative decision with its reason. */
    public static ReleaseDecision withheld(String reason) {
        return new ReleaseDecision(false, reason);
    }
}
