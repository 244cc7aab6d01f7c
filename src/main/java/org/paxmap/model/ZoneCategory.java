package org.paxmap.model;

/** What kind of threat a zone marks. Ordered from least to most; the order is meaningful. */
public enum ZoneCategory {
    MINEFIELD,
    UXO_CONTAMINATION,
    HOSTILE_ACTIVITY,
    NO_GO,
    CHECKPOINT_AREA,
    CIVIL_UNREST,
    RESTRICTED_AIRSPACE,
    OTHER;

    /** The stable code stored in the picture and in bundles (the name in lower case). */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code case-insensitively, or throws naming the unknown value and the known ones. */
    public static ZoneCategory parse(String code) {
        return Codes.parse(ZoneCategory.class, "zone category", code);
    }
}
