package org.paxmap.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.locationtech.jts.geom.Point;

/**
 * Something that happened at a place and a time: a clash, a find, a checkpoint refusal. Immutable.
 *
 * @param id identity
 * @param location where it happened (lon/lat)
 * @param precisionMetres radius within which the location is known, at least 0
 * @param occurredAt when it happened (UTC); with {@link TimePrecision#DAY} or {@code WEEK} the start of that period
 * @param timePrecision how precisely {@code occurredAt} is known
 * @param type catalogue sub-type; the event type is {@code type.eventType()}
 * @param severity the analyst's severity
 * @param title one-line title
 * @param description free text, may be empty
 * @param casualties casualty range
 * @param source description of the source, may be empty
 * @param grade Admiralty grading of source and information
 * @param label confidentiality label
 * @param sync synchronisation metadata
 */
public record Incident(
        UUID id,
        Point location,
        double precisionMetres,
        Instant occurredAt,
        TimePrecision timePrecision,
        IncidentType type,
        Severity severity,
        String title,
        String description,
        Casualties casualties,
        String source,
        AdmiraltyGrade grade,
        ReleaseLabel label,
        SyncMeta sync)
        implements Feature {

    /** Checks that required values are present and copies the geometry. */
    public Incident {
        Objects.requireNonNull(id, "id");
        location = (Point) Objects.requireNonNull(location, "location").copy();
        if (!(precisionMetres >= 0) || Double.isInfinite(precisionMetres)) {
            throw new IllegalArgumentException("precision radius must be a finite number of metres >= 0");
        }
        Objects.requireNonNull(occurredAt, "occurred-at time");
        Objects.requireNonNull(timePrecision, "time precision");
        Objects.requireNonNull(type, "incident type");
        Objects.requireNonNull(severity, "severity");
        title = Feature.requireText("title", title);
        description = description == null ? "" : description;
        casualties = casualties == null ? Casualties.NONE : casualties;
        source = source == null ? "" : source;
        grade = grade == null ? AdmiraltyGrade.UNGRADED : grade;
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sync, "sync");
    }

    @Override
    public Layer layer() {
        return Layer.INCIDENTS;
    }

    @Override
    public Point geometry() {
        return location;
    }

    @Override
    public String name() {
        return title;
    }

    @Override
    public Incident withSync(SyncMeta newSync) {
        return new Incident(
                id,
                location,
                precisionMetres,
                occurredAt,
                timePrecision,
                type,
                severity,
                title,
                description,
                casualties,
                source,
                grade,
                label,
                newSync);
    }

    /** A copy at another location. */
    public Incident withLocation(Point newLocation) {
        return new Incident(
                id,
                newLocation,
                precisionMetres,
                occurredAt,
                timePrecision,
                type,
                severity,
                title,
                description,
                casualties,
                source,
                grade,
                label,
                sync);
    }
}
