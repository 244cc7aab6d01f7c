package org.paxmap.model;

/**
 * The top level of the incident catalogue: ACLED's six event types (ACLED Codebook, 2023) plus one type for the
 * categories peace operations report that ACLED does not code.
 */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments"),
    PEACE_OPERATIONS("Peace operations");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** The name shown to users, e.g. {@code Explosions/Remote violence}. */
    public String label() {
        return label;
    }

    /** The stable code stored in the picture and in bundles, e.g. {@code explosions_remote_violence}. */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code or an ACLED label ("Explosions/Remote violence"), case-insensitively. */
    public static EventType parse(String code) {
        for (EventType type : values()) {
            if (type.label.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return type;
            }
        }
        return Codes.parse(EventType.class, "event type", code);
    }
}
