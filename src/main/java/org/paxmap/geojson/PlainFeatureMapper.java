package org.paxmap.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.EventType;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * Turns the properties of a plain (not Paxmap-written) GeoJSON feature into a picture feature of a given layer,
 * mapping well-known property names and applying the defaults documented on {@link GeoJsonFeatureReader}. One
 * instance per file read; not thread-safe (it counts the features that fell back on the import time).
 */
final class PlainFeatureMapper {
    private static final String AT = "properties.";
    private static final JsonNode NO_PROPERTIES = JsonNodeFactory.instance.objectNode();

    private final ImportOptions options;
    private final Instant importTime;
    private final List<String> timelessFeatures = new ArrayList<>();

    PlainFeatureMapper(ImportOptions options, Instant importTime) {
        this.options = options;
        this.importTime = importTime;
    }

    /** The features (by their message name) that had no time and were given the import week or time. */
    List<String> timelessFeatures() {
        return timelessFeatures;
    }

    /**
     * The picture feature.
     *
     * @param number 1-based position in the file, used in default names
     * @param name the feature as messages name it, e.g. {@code feature 3 (id "x")}
     */
    Feature map(Layer layer, UUID id, Geometry geometry, JsonNode properties, int number, String name)
            throws FeatureProblem {
        JsonNode p = properties == null || properties.isNull() ? NO_PROPERTIES : properties;
        ReleaseLabel label = label(p);
        SyncMeta sync = SyncMeta.newLocal(options.nodeId(), options.user(), importTime);
        try {
            return switch (layer) {
                case INCIDENTS -> incident(id, (Point) geometry, p, label, sync, number, name);
                case ROUTES -> route(id, (LineString) geometry, p, label, sync, number, name);
                case ZONES -> zone(id, geometry, p, label, sync, number, name);
            };
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem("properties", e.getMessage());
        }
    }

    private Incident incident(UUID id, Point at, JsonNode p, ReleaseLabel label, SyncMeta sync, int number, String name)
            throws FeatureProblem {
        String timeField = firstPresent(p, "occurred_at", "time", "date", "event_date", "datetime", "timestamp");
        Instant occurredAt;
        TimePrecision precision;
        if (timeField == null) {
            // No time: the start of the import week, known only to the week. Never a made-up precise time.
            occurredAt = importTime
                    .atOffset(ZoneOffset.UTC)
                    .toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
            precision = TimePrecision.WEEK;
            timelessFeatures.add(name);
        } else {
            Time t = time(p, timeField);
            occurredAt = t.instant();
            precision = t.precision();
        }
        if (p.hasNonNull("time_precision")) {
            precision = timePrecision(p.get("time_precision"));
        }
        return new Incident(
                id,
                at,
                Fields.number(p, "precision_m", AT, 0),
                occurredAt,
                precision,
                incidentType(p),
                Fields.code(p, "severity", AT, Severity::parse, Severity.LOW),
                text(p, "Imported point " + number, "title", "name"),
                text(p, "", "description", "notes"),
                casualties(p),
                text(p, "", "source"),
                grade(p),
                label,
                sync);
    }

    /** The time in {@code field}, or the import time with the feature noted as timeless (one warning per file). */
    private Instant startOrImportTime(JsonNode p, String field, String name) throws FeatureProblem {
        if (p.hasNonNull(field)) {
            return time(p, field).instant();
        }
        timelessFeatures.add(name);
        return importTime.truncatedTo(ChronoUnit.SECONDS);
    }

    private PatrolRoute route(
            UUID id, LineString line, JsonNode p, ReleaseLabel label, SyncMeta sync, int number, String name)
            throws FeatureProblem {
        Instant start = startOrImportTime(p, "planned_start", name);
        Instant end = p.hasNonNull("planned_end") ? time(p, "planned_end").instant() : start;
        return new PatrolRoute(
                id,
                text(p, "Imported line " + number, "name", "title"),
                text(p, "", "unit"),
                line,
                start,
                end,
                Fields.code(p, "status", AT, RouteStatus::parse, RouteStatus.PLANNED),
                label,
                sync);
    }

    private ThreatZone zone(
            UUID id, Geometry area, JsonNode p, ReleaseLabel label, SyncMeta sync, int number, String name)
            throws FeatureProblem {
        Instant from = startOrImportTime(p, "valid_from", name);
        Instant until = p.hasNonNull("valid_until") ? time(p, "valid_until").instant() : null;
        return new ThreatZone(
                id,
                text(p, "Imported area " + number, "name", "title"),
                ThreatZone.asMultiPolygon(area),
                new ZoneShape.Drawn(),
                Fields.code(p, "threat_level", AT, ThreatLevel::parse, ThreatLevel.MODERATE),
                Fields.code(p, "category", AT, ZoneCategory::parse, ZoneCategory.OTHER),
                from,
                until,
                label,
                sync);
    }

    /** Sub-type from {@code type}/{@code sub_event_type}; else a representative of {@code event_type}; else OTHER. */
    private static IncidentType incidentType(JsonNode p) throws FeatureProblem {
        for (String field : new String[] {"type", "sub_event_type"}) {
            String code = Fields.text(p, field, AT, null);
            if (code != null && !code.isBlank()) {
                try {
                    return IncidentType.parse(code);
                } catch (IllegalArgumentException e) {
                    if (!field.equals("type")) {
                        throw new FeatureProblem(AT + field, e.getMessage());
                    }
                    try {
                        return representative(EventType.parse(code));
                    } catch (IllegalArgumentException notAnEventType) {
                        throw new FeatureProblem(AT + field, e.getMessage());
                    }
                }
            }
        }
        String event = Fields.text(p, "event_type", AT, null);
        if (event == null || event.isBlank()) {
            return IncidentType.OTHER;
        }
        return representative(Fields.code(p, "event_type", AT, EventType::parse, null));
    }

    /** The sub-type recorded when only the event type is known: the catalogue's first under it. */
    private static IncidentType representative(EventType eventType) {
        for (IncidentType t : IncidentType.values()) {
            if (t.eventType() == eventType) {
                return t;
            }
        }
        return IncidentType.OTHER;
    }

    private static TimePrecision timePrecision(JsonNode v) throws FeatureProblem {
        if (v.isIntegralNumber()) {
            // ACLED codes: 1 day, 2 week (3, month, is recorded as week, the coarsest Paxmap knows).
            return switch (v.intValue()) {
                case 1 -> TimePrecision.DAY;
                case 2, 3 -> TimePrecision.WEEK;
                default ->
                    throw new FeatureProblem(
                            AT + "time_precision", "ACLED time precision must be 1, 2 or 3, not " + v.asText());
            };
        }
        if (!v.isTextual()) {
            throw new FeatureProblem(AT + "time_precision", "must be a code or 1-3, not " + GeometryJson.kind(v));
        }
        try {
            return TimePrecision.parse(v.textValue());
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem(AT + "time_precision", e.getMessage());
        }
    }

    private record Time(Instant instant, TimePrecision precision) {}

    /** RFC 3339 with offset (exact), a date (day), or a local date-time read as UTC (exact); within 1900–2200. */
    private static Time time(JsonNode p, String field) throws FeatureProblem {
        Time t = parsedTime(p, field);
        ContentLimits.time(t.instant(), AT + field);
        return t;
    }

    private static Time parsedTime(JsonNode p, String field) throws FeatureProblem {
        JsonNode v = p.get(field);
        if (!v.isTextual()) {
            throw new FeatureProblem(AT + field, "must be a date or time string, not " + GeometryJson.kind(v));
        }
        String t = v.textValue().trim();
        try {
            if (t.length() == 10) {
                return new Time(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC), TimePrecision.DAY);
            }
            try {
                return new Time(OffsetDateTime.parse(t).toInstant(), TimePrecision.EXACT);
            } catch (DateTimeParseException noOffset) {
                return new Time(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC), TimePrecision.EXACT);
            }
        } catch (DateTimeParseException e) {
            throw new FeatureProblem(
                    AT + field, "'" + t + "' is not a date (2024-05-01) or RFC 3339 time (2024-05-01T10:00:00Z)");
        }
    }

    private static Casualties casualties(JsonNode p) throws FeatureProblem {
        if (p.hasNonNull("casualties_low") || p.hasNonNull("casualties_best") || p.hasNonNull("casualties_high")) {
            int best = count(p, "casualties_best", -1);
            int low = count(p, "casualties_low", best < 0 ? 0 : best);
            best = best < 0 ? low : best;
            int high = count(p, "casualties_high", best);
            try {
                return new Casualties(low, best, high);
            } catch (IllegalArgumentException e) {
                throw new FeatureProblem(AT + "casualties_best", e.getMessage());
            }
        }
        for (String field : new String[] {"fatalities", "casualties"}) {
            if (p.hasNonNull(field)) {
                return Casualties.exactly(count(p, field, 0));
            }
        }
        return Casualties.NONE;
    }

    /** A whole number >= 0, also written as a string of digits (as CSV-derived files do). */
    private static int count(JsonNode p, String field, int fallback) throws FeatureProblem {
        JsonNode v = p.get(field);
        if (v != null && v.isTextual() && v.textValue().trim().matches("\\d{1,9}")) {
            return Integer.parseInt(v.textValue().trim());
        }
        return Fields.count(p, field, AT, fallback);
    }

    private static AdmiraltyGrade grade(JsonNode p) throws FeatureProblem {
        String grade = Fields.text(p, "grade", AT, null);
        if (grade == null && (p.hasNonNull("source_reliability") || p.hasNonNull("info_credibility"))) {
            grade = Fields.text(p, "source_reliability", AT, "F") + count(p, "info_credibility", 6);
        }
        if (grade == null) {
            return AdmiraltyGrade.UNGRADED;
        }
        try {
            return AdmiraltyGrade.parse(grade);
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem(AT + (p.hasNonNull("grade") ? "grade" : "source_reliability"), e.getMessage());
        }
    }

    /**
     * The label from {@code classification} (and {@code policy}, {@code releasable_to}, {@code caveats}, {@code
     * originator}, each defaulting to the default label's), or the default label when there is no classification.
     */
    private ReleaseLabel label(JsonNode p) throws FeatureProblem {
        ReleaseLabel d = options.defaultLabel();
        String classification = Fields.text(p, "classification", AT, null);
        if (classification == null) {
            return d;
        }
        try {
            return new ReleaseLabel(
                    Fields.text(p, "policy", AT, d.policy()),
                    classification,
                    codes(p, "releasable_to", d.releasableTo()),
                    codes(p, "caveats", List.of()),
                    Fields.text(p, "originator", AT, d.originator()));
        } catch (IllegalArgumentException e) {
            throw new FeatureProblem(AT + "classification", e.getMessage());
        }
    }

    /** A list of codes written as a JSON array of strings or one comma-separated string. */
    private static List<String> codes(JsonNode p, String field, List<String> fallback) throws FeatureProblem {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            for (String s : v.textValue().split(",", -1)) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
            return out;
        }
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual() || v.get(i).textValue().isBlank()) {
                    throw new FeatureProblem(AT + field + "[" + i + "]", "must be a non-empty string");
                }
                out.add(v.get(i).textValue());
            }
            return out;
        }
        throw new FeatureProblem(AT + field, "must be a list of codes, not " + GeometryJson.kind(v));
    }

    /** The first of {@code fields} present and non-blank, as text, or {@code fallback}. */
    private static String text(JsonNode p, String fallback, String... fields) throws FeatureProblem {
        for (String f : fields) {
            JsonNode v = p.get(f);
            if (v != null && (v.isNumber() || v.isBoolean())) {
                return v.asText(); // e.g. "name": 42 from a spreadsheet
            }
            String t = Fields.text(p, f, AT, null);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return fallback;
    }

    private static String firstPresent(JsonNode p, String... fields) {
        for (String f : fields) {
            if (p.hasNonNull(f)) {
                return f;
            }
        }
        return null;
    }
}
