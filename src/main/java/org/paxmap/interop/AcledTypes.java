package org.paxmap.interop;

import java.util.Locale;
import java.util.Map;
import org.paxmap.model.IncidentType;

/**
 * ACLED event and sub-event types onto the catalogue, which is ACLED's own: a current sub-event type is the
 * catalogue type of that name; an event type alone (or a sub-event type the catalogue does not know) maps to the
 * type named for its event type in {@link #EVENT_TYPES}; the legacy (v5–v7) event types, which had no sub-types, are
 * mapped as {@link #LEGACY} says. Stateless.
 */
final class AcledTypes {
    /** The catalogue type recorded when only the event type is known. */
    static final Map<String, IncidentType> EVENT_TYPES = Map.of(
            "battles", IncidentType.ARMED_CLASH,
            "explosions/remote violence", IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            "violence against civilians", IncidentType.ATTACK,
            "protests", IncidentType.PEACEFUL_PROTEST,
            "riots", IncidentType.MOB_VIOLENCE,
            "strategic developments", IncidentType.OTHER);

    /** Legacy event types (ACLED before 2019). */
    static final Map<String, IncidentType> LEGACY = Map.ofEntries(
            Map.entry("battle-no change of territory", IncidentType.ARMED_CLASH),
            Map.entry("battle-government regains territory", IncidentType.GOVERNMENT_REGAINS_TERRITORY),
            Map.entry("battle-non-state actor overtakes territory", IncidentType.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
            Map.entry("violence against civilians", IncidentType.ATTACK),
            Map.entry("remote violence", IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK),
            Map.entry("riots/protests", IncidentType.PEACEFUL_PROTEST),
            Map.entry("strategic development", IncidentType.OTHER),
            Map.entry("non-violent transfer of territory", IncidentType.NON_VIOLENT_TRANSFER_OF_TERRITORY),
            Map.entry("headquarters or base established", IncidentType.HEADQUARTERS_OR_BASE_ESTABLISHED));

    private AcledTypes() {}

    /** The mapped type and the words the preview shows for it. */
    record Mapped(IncidentType type, String mapping) {}

    static Mapped map(String eventType, String subEventType) throws ItemProblem {
        String event = eventType == null ? "" : eventType.trim();
        String sub = subEventType == null ? "" : subEventType.trim();
        if (!sub.isEmpty()) {
            try {
                IncidentType t = IncidentType.parse(sub);
                return new Mapped(t, "ACLED '" + event + " / " + sub + "' → incident " + label(t));
            } catch (IllegalArgumentException unknown) {
                // falls back on the event type
            }
        }
        String key = event.toLowerCase(Locale.ROOT);
        IncidentType t = EVENT_TYPES.get(key);
        if (t != null) {
            return new Mapped(
                    t,
                    "ACLED '" + event + (sub.isEmpty() ? "" : " / " + sub) + "' → incident " + label(t)
                            + (sub.isEmpty() ? " (no sub-event type)" : " (sub-event type not in the catalogue)"));
        }
        t = LEGACY.get(key);
        if (t != null) {
            return new Mapped(t, "ACLED legacy '" + event + "' → incident " + label(t));
        }
        throw new ItemProblem("event_type '" + event + "' is not an ACLED event type");
    }

    private static String label(IncidentType t) {
        return t.eventType().label() + " / " + t.label();
    }
}
