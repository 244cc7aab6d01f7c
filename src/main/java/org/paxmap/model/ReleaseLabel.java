package org.paxmap.model;

import java.util.List;
import java.util.Locale;

/**
 * A confidentiality label shaped like a NATO ADatP-4774 label: the policy that defines the classifications, the
 * classification, the nations or groups the information may be released to, caveats, and the originator.
 *
 * <p>Whether a label is releasable to a partner is decided by a release policy (a later issue), never here; this
 * record only holds the values and their display form. Lists are copied and unmodifiable; codes are upper-cased.
 *
 * @param policy policy identifier, e.g. {@code NATO}, {@code UN}, or a national policy
 * @param classification the classification within the policy, e.g. {@code NATO RESTRICTED}
 * @param releasableTo nation or group codes, e.g. {@code DEU}, {@code FRA}, {@code NATO}; may be empty
 * @param caveats handling caveats; may be empty
 * @param originator the nation or organisation that owns the information
 */
public record ReleaseLabel(
        String policy, String classification, List<String> releasableTo, List<String> caveats, String originator) {

    /** Validates that policy, classification and originator are present and normalises the codes. */
    public ReleaseLabel {
        policy = required("policy", policy);
        classification = required("classification", classification);
        originator = required("originator", originator);
        releasableTo = releasableTo == null
                ? List.of()
                : releasableTo.stream().map(ReleaseLabel::code).toList();
        caveats = caveats == null
                ? List.of()
                : caveats.stream().map(ReleaseLabel::code).toList();
    }

    /** An exercise label: policy {@code EXERCISE}, classification {@code UNCLASSIFIED}, releasable to everyone. */
    public static ReleaseLabel exercise(String originator) {
        return new ReleaseLabel("EXERCISE", "UNCLASSIFIED", List.of("ALL"), List.of(), originator);
    }

    /** The display form, e.g. {@code NATO RESTRICTED // REL TO DEU, FRA, ITA}. */
    public String displayForm() {
        StringBuilder sb = new StringBuilder(classification);
        for (String caveat : caveats) {
            sb.append(" // ").append(caveat);
        }
        if (!releasableTo.isEmpty()) {
            sb.append(" // REL TO ").append(String.join(", ", releasableTo));
        }
        return sb.toString();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("label " + field + " is missing");
        }
        return value.trim();
    }

    private static String code(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("label codes must not be empty");
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
