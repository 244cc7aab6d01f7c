package org.paxmap.model;

/** How dangerous a threat zone is to own forces and partners. Ordered from least to most; the order is meaningful. */
public enum ThreatLevel {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL;

    /** The stable code stored in the picture and in bundles (the name in lower case). */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code case-insensitively, or throws naming the unknown value and the known ones. */
    public static ThreatLevel parse(String code) {
        return Codes.parse(ThreatLevel.class, "threat level", code);
    }
}
