package org.paxmap.interop;

import java.util.Map;
import org.paxmap.model.EventType;
import org.paxmap.model.IncidentType;

/** The incident type a KML placemark's fields name, if any ({@code sub_event_type}, {@code type}, {@code event_type}). */
final class KmlFields {
    private KmlFields() {}

    /** The first field naming a type, or {@code null}. */
    static String typeField(Map<String, String> fields) {
        for (String f : new String[] {"sub_event_type", "type", "event_type"}) {
            String v = fields.get(f);
            if (v != null && !v.isBlank() && parse(v) != null) {
                return f;
            }
        }
        return null;
    }

    /** The catalogue type named by the fields, or {@link IncidentType#OTHER}. */
    static IncidentType type(Map<String, String> fields) {
        String f = typeField(fields);
        return f == null ? IncidentType.OTHER : parse(fields.get(f));
    }

    private static IncidentType parse(String v) {
        try {
            return IncidentType.parse(v);
        } catch (IllegalArgumentException e) {
            try {
                EventType event = EventType.parse(v);
                for (IncidentType t : IncidentType.values()) {
                    if (t.eventType() == event) {
                        return t;
                    }
                }
            } catch (IllegalArgumentException notAnEvent) {
                // no type
            }
            return null;
        }
    }
}
