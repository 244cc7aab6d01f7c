package org.paxmap.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.EventType;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.Severity;

/**
 * What to fetch from a picture. Immutable; build with {@link #all()} and the {@code with…} methods. Every criterion
 * left {@code null} or empty matches everything. Criteria that do not apply to a layer (severity, types, grades for
 * routes and zones) restrict only the incidents.
 *
 * @param layers which layers to search
 * @param bbox a lon/lat box the feature's envelope must intersect, or {@code null}
 * @param from inclusive start of the time window, or {@code null}. Incidents match on occurred-at; routes on their
 *     planned period overlapping the window; zones on their validity overlapping the window
 * @param to exclusive end of the time window, or {@code null}
 * @param eventTypes incident event types, empty for all
 * @param types incident sub-types, empty for all
 * @param minSeverity lowest incident severity, or {@code null}
 * @param reliabilities accepted source-reliability letters ('A'–'F'), empty for all
 * @param maxCredibility highest (worst) accepted credibility digit 1–6, or 0 for all
 * @param classification exact label classification, or {@code null}
 * @param releasableTo a nation or group code that must be in the label's releasability, or {@code null}
 * @param text a full-text search over titles, names and descriptions (FTS5 syntax), or {@code null}
 * @param includeDeleted whether tombstones are returned
 * @param limit the most features to return, or 0 for no limit (with a bbox the limit applies before the exact
 *     envelope check, so a feature lying within a metre outside the box may take a place and fewer come back)
 */
public record FeatureQuery(
        Set<Layer> layers,
        Envelope bbox,
        Instant from,
        Instant to,
        Set<EventType> eventTypes,
        Set<IncidentType> types,
        Severity minSeverity,
        Set<Character> reliabilities,
        int maxCredibility,
        String classification,
        String releasableTo,
        String text,
        boolean includeDeleted,
        int limit) {

    /** Copies the sets so the query cannot change after construction. */
    public FeatureQuery {
        layers = layers == null || layers.isEmpty() ? EnumSet.allOf(Layer.class) : EnumSet.copyOf(layers);
        bbox = bbox == null ? null : new Envelope(bbox);
        eventTypes = eventTypes == null || eventTypes.isEmpty() ? Set.of() : EnumSet.copyOf(eventTypes);
        types = types == null || types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
        reliabilities = reliabilities == null ? Set.of() : Set.copyOf(reliabilities);
        if (maxCredibility < 0 || maxCredibility > 6) {
            throw new IllegalArgumentException("credibility must be 1 to 6, was " + maxCredibility);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("time window end " + to + " is not after its start " + from);
        }
    }

    /** Everything that is not deleted, in every layer. */
    public static FeatureQuery all() {
        return new FeatureQuery(null, null, null, null, null, null, null, null, 0, null, null, null, false, 0);
    }

    /** Only these layers. */
    public FeatureQuery withLayers(Set<Layer> newLayers) {
        return copy(b -> b.layers = newLayers);
    }

    /** Only features whose envelope intersects {@code box}. */
    public FeatureQuery withBbox(Envelope box) {
        return copy(b -> b.bbox = box);
    }

    /** Only features in the time window {@code [start, end)}; either end may be {@code null}. */
    public FeatureQuery withTime(Instant start, Instant end) {
        return copy(b -> {
            b.from = start;
            b.to = end;
        });
    }

    /** Only incidents of these event types. */
    public FeatureQuery withEventTypes(Set<EventType> newEventTypes) {
        return copy(b -> b.eventTypes = newEventTypes);
    }

    /** Only incidents of these sub-types. */
    public FeatureQuery withTypes(Set<IncidentType> newTypes) {
        return copy(b -> b.types = newTypes);
    }

    /** Only incidents at least this severe. */
    public FeatureQuery withMinSeverity(Severity severity) {
        return copy(b -> b.minSeverity = severity);
    }

    /** Only incidents whose grade has one of these reliabilities and a credibility of at most {@code maxCred}. */
    public FeatureQuery withGrades(Set<Character> newReliabilities, int maxCred) {
        return copy(b -> {
            b.reliabilities = newReliabilities;
            b.maxCredibility = maxCred;
        });
    }

    /** Only features with this classification and/or releasable to this code; either may be {@code null}. */
    public FeatureQuery withLabel(String newClassification, String newReleasableTo) {
        return copy(b -> {
            b.classification = newClassification;
            b.releasableTo = newReleasableTo;
        });
    }

    /** Only features matching this full-text query. */
    public FeatureQuery withText(String newText) {
        return copy(b -> b.text = newText);
    }

    /** Tombstones too. */
    public FeatureQuery includingDeleted() {
        return copy(b -> b.includeDeleted = true);
    }

    /** At most {@code n} features. */
    public FeatureQuery withLimit(int n) {
        return copy(b -> b.limit = n);
    }

    private FeatureQuery copy(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new FeatureQuery(
                d.layers,
                d.bbox,
                d.from,
                d.to,
                d.eventTypes,
                d.types,
                d.minSeverity,
                d.reliabilities,
                d.maxCredibility,
                d.classification,
                d.releasableTo,
                d.text,
                d.includeDeleted,
                d.limit);
    }

    /** The mutable copy a {@code with…} method changes before it becomes a new query. */
    private static final class Draft {
        Set<Layer> layers;
        Envelope bbox;
        Instant from;
        Instant to;
        Set<EventType> eventTypes;
        Set<IncidentType> types;
        Severity minSeverity;
        Set<Character> reliabilities;
        int maxCredibility;
        String classification;
        String releasableTo;
        String text;
        boolean includeDeleted;
        int limit;

        Draft(FeatureQuery q) {
            layers = q.layers;
            bbox = q.bbox;
            from = q.from;
            to = q.to;
            eventTypes = q.eventTypes;
            types = q.types;
            minSeverity = q.minSeverity;
            reliabilities = q.reliabilities;
            maxCredibility = q.maxCredibility;
            classification = q.classification;
            releasableTo = q.releasableTo;
            text = q.text;
            includeDeleted = q.includeDeleted;
            limit = q.limit;
        }
    }
}
