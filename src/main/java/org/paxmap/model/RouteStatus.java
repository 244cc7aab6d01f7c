package org.paxmap.model;

/** Where a patrol route stands in its life. Ordered from least to most; the order is meaningful. */
public enum RouteStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    /** The stable code stored in the picture and in bundles (the name in lower case). */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code case-insensitively, or throws naming the unknown value and the known ones. */
    public static RouteStatus parse(String code) {
        return Codes.parse(RouteStatus.class, "route status", code);
    }
}
