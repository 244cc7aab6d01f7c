package org.paxmap.model;

/** An incident's severity as the reporting analyst judged it, from routine to mission-critical. Ordered from least to most; the order is meaningful. */
public enum Severity {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL;

    /** The stable code stored in the picture and in bundles (the name in lower case). */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code case-insensitively, or throws naming the unknown value and the known ones. */
    public static Severity parse(String code) {
        return Codes.parse(Severity.class, "severity", code);
    }
}
