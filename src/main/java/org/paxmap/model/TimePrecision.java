package org.paxmap.model;

/** How precisely an incident's time is known, as ACLED codes it: the exact time, the day, or only the week. Ordered from least to most; the order is meaningful. */
public enum TimePrecision {
    EXACT,
    DAY,
    WEEK;

    /** The stable code stored in the picture and in bundles (the name in lower case). */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code case-insensitively, or throws naming the unknown value and the known ones. */
    public static TimePrecision parse(String code) {
        return Codes.parse(TimePrecision.class, "time precision", code);
    }
}
