package org.paxmap.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;

/**
 * A feature's values as named text, the same names in every format that has a place for fields (KML ExtendedData,
 * CoT remarks, GPX descriptions): the layer's own fields, then {@code release_label}. Stateless.
 */
final class FeatureFields {
    /** The name of the field carrying the release label. */
    static final String LABEL = "release_label";

    private FeatureFields() {}

    /** The release label as a partner reads it: the policy, then the marking, e.g. {@code NATO: NATO RESTRICTED // REL TO FRA}. */
    static String label(ReleaseLabel label) {
        return label.policy() + ": " + label.displayForm();
    }

    /** The fields of {@code feature}, in a fixed order. */
    static Map<String, String> of(Feature feature) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", feature.id().toString());
        if (feature instanceof Incident i) {
            m.put("event_type", i.type().eventType().label());
            m.put("incident_type", i.type().label());
            m.put("severity", i.severity().code());
            m.put("occurred_at", iso(i.occurredAt()));
            m.put("time_precision", i.timePrecision().code());
            m.put("precision_m", Long.toString(Math.round(i.precisionMetres())));
            m.put("casualties", Integer.toString(i.casualties().best()));
            m.put("source", i.source());
            m.put("grade", i.grade().toString());
        } else if (feature instanceof PatrolRoute r) {
            m.put("unit", r.unit());
            m.put("status", r.status().code());
            m.put("planned_start", iso(r.plannedStart()));
            m.put("planned_end", iso(r.plannedEnd()));
        } else if (feature instanceof ThreatZone z) {
            m.put("threat_level", z.threatLevel().code());
            m.put("category", z.category().code());
            m.put("shape", z.shape().kind());
            m.put("valid_from", iso(z.validFrom()));
            m.put("valid_until", z.validUntil() == null ? "" : iso(z.validUntil()));
        }
        m.put(LABEL, label(feature.label()));
        return m;
    }

    /** The free text of a feature (an incident's description; routes and zones have none). */
    static String description(Feature feature) {
        return feature instanceof Incident i ? i.description() : "";
    }

    /** The start of a feature's time: occurred-at, planned start, valid-from. */
    static Instant start(Feature feature) {
        if (feature instanceof Incident i) {
            return i.occurredAt();
        }
        return feature instanceof PatrolRoute r ? r.plannedStart() : ((ThreatZone) feature).validFrom();
    }

    /** The end of a feature's time, or {@code null} (an incident's instant; an open-ended zone). */
    static Instant end(Feature feature) {
        if (feature instanceof Incident) {
            return null;
        }
        return feature instanceof PatrolRoute r ? r.plannedEnd() : ((ThreatZone) feature).validUntil();
    }

    /** ISO-8601 UTC, whole seconds. */
    static String iso(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
