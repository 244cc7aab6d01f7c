package org.paxmap.model;

import java.util.Locale;

/**
 * An Admiralty (NATO STANAG 2511 / AJP-2.1) grading: the reliability of the source (A completely reliable … E
 * unreliable, F cannot be judged) and the credibility of the information (1 confirmed … 5 improbable, 6 cannot be
 * judged). Written as two characters, e.g. {@code B2}.
 *
 * @param reliability source reliability, {@code 'A'}–{@code 'F'}
 * @param credibility information credibility, 1–6
 */
public record AdmiraltyGrade(char reliability, int credibility) {
    /** The grade to use when nothing is known: F6. */
    public static final AdmiraltyGrade UNGRADED = new AdmiraltyGrade('F', 6);

    private static final String[] RELIABILITY = {
        "Completely reliable",
        "Usually reliable",
        "Fairly reliable",
        "Not usually reliable",
        "Unreliable",
        "Reliability cannot be judged"
    };
    private static final String[] CREDIBILITY = {
        "Confirmed by other sources",
        "Probably true",
        "Possibly true",
        "Doubtful",
        "Improbable",
        "Truth cannot be judged"
    };

    /** Validates the ranges. */
    public AdmiraltyGrade {
        if (reliability < 'A' || reliability > 'F') {
            throw new IllegalArgumentException("source reliability must be A to F, was '" + reliability + "'");
        }
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("information credibility must be 1 to 6, was " + credibility);
        }
    }

    /** Parses the two-character form, e.g. {@code "b2"} or {@code "B2"}. */
    public static AdmiraltyGrade parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.length() != 2 || !Character.isDigit(t.charAt(1))) {
            throw new IllegalArgumentException(
                    "Admiralty grade must be a letter A-F and a digit 1-6, e.g. B2; was '" + text + "'");
        }
        return new AdmiraltyGrade(t.charAt(0), t.charAt(1) - '0');
    }

    /** The words for the reliability letter, e.g. "Usually reliable". */
    public String reliabilityMeaning() {
        return RELIABILITY[reliability - 'A'];
    }

    /** The words for the credibility digit, e.g. "Probably true". */
    public String credibilityMeaning() {
        return CREDIBILITY[credibility - 1];
    }

    /** The two-character form, e.g. {@code B2}. */
    @Override
    public String toString() {
        return "" + reliability + credibility;
    }
}
