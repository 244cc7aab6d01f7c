package org.paxmap.brief;

import java.util.Locale;
import org.paxmap.bundle.trust.ReleasePolicy;

/**
 * The level of a marking, which chooses the banner's colour; ordered from lowest to highest after {@link #NONE}. The
 * release policies hold ranks, not levels, so a classification's level is read once here from its policy and words
 * ({@link #of}); it only colours a banner and never decides what is released.
 */
public enum MarkingLevel {
    /** No classified content, or none whose level is known: a neutral banner. */
    NONE("banner-none"),
    /** Exercise content (policy {@code EXERCISE}). */
    EXERCISE("banner-exercise"),
    /** Unclassified. */
    UNCLASSIFIED("banner-unclassified"),
    /** Restricted, or a protective level the words do not name. */
    RESTRICTED("banner-restricted"),
    /** Confidential (also UN STRICTLY CONFIDENTIAL). */
    CONFIDENTIAL("banner-confidential"),
    /** Secret and above. */
    SECRET("banner-secret");

    private final String styleClass;

    MarkingLevel(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The window's CSS style class for a banner of this level, as {@code ClassificationBanner} uses. */
    public String styleClass() {
        return styleClass;
    }

    /**
     * The level of {@code classification}, known to {@code policy}: {@link #EXERCISE} for the {@code EXERCISE} policy;
     * otherwise by its words (SECRET, CONFIDENTIAL, RESTRICTED, UNCLASSIFIED); a classification named by none of them
     * is {@link #UNCLASSIFIED} at the policy's lowest rank and {@link #RESTRICTED} above it, so an unfamiliar word
     * never looks less protected than it may be.
     */
    public static MarkingLevel of(ReleasePolicy policy, String classification) {
        if (policy.name().equals("EXERCISE")) {
            return EXERCISE;
        }
        String words = classification.toUpperCase(Locale.ROOT);
        if (words.contains("UNCLASSIFIED")) {
            return UNCLASSIFIED;
        }
        if (words.contains("SECRET")) {
            return SECRET;
        }
        if (words.contains("CONFIDENTIAL")) {
            return CONFIDENTIAL;
        }
        if (words.contains("RESTRICTED")) {
            return RESTRICTED;
        }
        return policy.rank(classification).orElse(1) == 0 ? UNCLASSIFIED : RESTRICTED;
    }
}
