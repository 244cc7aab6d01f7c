package org.paxmap.model;

/**
 * The incident catalogue's leaves: ACLED's sub-event types under their {@link EventType}, plus the peace-operations
 * categories. An incident is typed by one of these; its event type follows.
 */
public enum IncidentType {
    ARMED_CLASH(EventType.BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),

    CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
    AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
    SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
    SHELLING_ARTILLERY_MISSILE_ATTACK(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE_LANDMINE_IED(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
    GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),

    SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    ABDUCTION_FORCED_DISAPPEARANCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),

    PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS, "Excessive force against protesters"),

    VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
    MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),

    AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
    ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
    CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    HEADQUARTERS_OR_BASE_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other"),

    CEASEFIRE_VIOLATION(EventType.PEACE_OPERATIONS, "Ceasefire violation"),
    CHECKPOINT_INCIDENT(EventType.PEACE_OPERATIONS, "Checkpoint incident"),
    IED_UXO_FIND(EventType.PEACE_OPERATIONS, "IED/UXO find"),
    HUMANITARIAN_ACCESS_DENIAL(EventType.PEACE_OPERATIONS, "Humanitarian access denial"),
    DEMONSTRATION(EventType.PEACE_OPERATIONS, "Demonstration"),
    DISPLACEMENT(EventType.PEACE_OPERATIONS, "Displacement"),
    FREEDOM_OF_MOVEMENT_RESTRICTION(EventType.PEACE_OPERATIONS, "Freedom of movement restriction"),
    ATTACK_ON_PEACEKEEPERS(EventType.PEACE_OPERATIONS, "Attack on peacekeepers");

    private final EventType eventType;
    private final String label;

    IncidentType(EventType eventType, String label) {
        this.eventType = eventType;
        this.label = label;
    }

    /** The event type this sub-type belongs to. */
    public EventType eventType() {
        return eventType;
    }

    /** The name shown to users (ACLED's wording for ACLED sub-types). */
    public String label() {
        return label;
    }

    /** The stable code stored in the picture and in bundles, e.g. {@code ied_uxo_find}. */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code or a label ("IED/UXO find", "Armed clash"), case-insensitively. */
    public static IncidentType parse(String code) {
        for (IncidentType type : values()) {
            if (type.label.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return type;
            }
        }
        return Codes.parse(IncidentType.class, "incident type", code);
    }
}
