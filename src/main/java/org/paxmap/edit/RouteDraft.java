package org.paxmap.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.PolylineMeasure;
import org.paxmap.geo.Wgs84;
import org.paxmap.geojson.ContentLimits;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.SyncMeta;

/**
 * The patrol-route form's values: waypoints (at least two, lon/lat), name, unit, planned start and end (date-time
 * groups or instants; the end must be after the start), status and label. {@link #measure()} gives the length and
 * each leg's geodesic distance and bearing while the waypoints are valid. Mutable; not thread-safe.
 */
public final class RouteDraft implements FeatureDraft {
    public static final String FIELD_WAYPOINTS = "waypoints";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_PLANNED_START = "plannedStart";
    public static final String FIELD_PLANNED_END = "plannedEnd";
    public static final String FIELD_STATUS = "status";
    public static final String FIELD_LABEL = "label";

    private final UUID id;
    private final List<Coordinate> waypoints = new ArrayList<>();
    private String name = "";
    private String unit = "";
    private TimeEntry plannedStart = TimeEntry.EMPTY;
    private TimeEntry plannedEnd = TimeEntry.EMPTY;
    private RouteStatus status = RouteStatus.PLANNED;
    private ReleaseLabel label;

    private RouteDraft(UUID id) {
        this.id = id;
    }

    /** An empty draft for a new route with a fresh id, status planned. */
    public static RouteDraft create() {
        return new RouteDraft(UUID.randomUUID());
    }

    /** A draft holding every value of {@code route}, for editing it. */
    public static RouteDraft of(PatrolRoute route) {
        RouteDraft d = new RouteDraft(route.id());
        d.waypoints(List.of(route.waypoints().getCoordinates()));
        d.name = route.name();
        d.unit = route.unit();
        d.plannedStart = TimeEntry.of(route.plannedStart());
        d.plannedEnd = TimeEntry.of(route.plannedEnd());
        d.status = route.status();
        d.label = route.label();
        return d;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Layer layer() {
        return Layer.ROUTES;
    }

    /** Replaces the waypoints (x = longitude, y = latitude), in order. */
    public RouteDraft waypoints(List<Coordinate> lonLat) {
        waypoints.clear();
        lonLat.forEach(c -> waypoints.add(c.copy()));
        return this;
    }

    /** The waypoints, copied. */
    public List<Coordinate> waypoints() {
        return waypoints.stream().map(Coordinate::copy).toList();
    }

    public RouteDraft name(String value) {
        this.name = value;
        return this;
    }

    public RouteDraft unit(String value) {
        this.unit = value;
        return this;
    }

    /** The planned start as a date-time group. */
    public RouteDraft plannedStartText(String dtg) {
        this.plannedStart = TimeEntry.of(dtg);
        return this;
    }

    public RouteDraft plannedStart(Instant instant) {
        this.plannedStart = TimeEntry.of(instant);
        return this;
    }

    /** The planned end as a date-time group. */
    public RouteDraft plannedEndText(String dtg) {
        this.plannedEnd = TimeEntry.of(dtg);
        return this;
    }

    public RouteDraft plannedEnd(Instant instant) {
        this.plannedEnd = TimeEntry.of(instant);
        return this;
    }

    public RouteDraft status(RouteStatus value) {
        this.status = value;
        return this;
    }

    public RouteDraft label(ReleaseLabel value) {
        this.label = value;
        return this;
    }

    /** The route's geodesic length and legs, or empty while the waypoints are not a valid route. */
    public Optional<PolylineMeasure> measure() {
        if (waypointProblem().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Geodesy.polyline(waypoints.toArray(Coordinate[]::new)));
    }

    @Override
    public FieldProblems validate() {
        Map<String, String> problems = new LinkedHashMap<>();
        read(problems);
        return FieldProblems.of(problems);
    }

    @Override
    public PatrolRoute toFeature(SyncMeta sync) throws InvalidEditException {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant[] period = read(problems);
        if (!problems.isEmpty()) {
            throw new InvalidEditException(FieldProblems.of(problems));
        }
        return new PatrolRoute(
                id,
                name,
                unit,
                Wgs84.FACTORY.createLineString(waypoints.toArray(Coordinate[]::new)),
                period[0],
                period[1],
                status,
                label,
                sync);
    }

    private Optional<String> waypointProblem() {
        return Outlines.lineProblem(waypoints, "waypoint", "a route", 2);
    }

    /** Reads every field into {@code problems}; returns the planned start and end. */
    private Instant[] read(Map<String, String> problems) {
        waypointProblem().ifPresent(p -> problems.put(FIELD_WAYPOINTS, p));
        if (name == null || name.isBlank()) {
            problems.put(FIELD_NAME, "the name is empty");
        } else {
            ContentLimits.lengthProblem(name, ContentLimits.MAX_TEXT)
                    .ifPresent(p -> problems.put(FIELD_NAME, "the name " + p));
        }
        Instant start = plannedStart.resolve(FIELD_PLANNED_START, "the planned start is empty", problems);
        Instant end = plannedEnd.resolve(FIELD_PLANNED_END, "the planned end is empty", problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.put(
                    FIELD_PLANNED_END,
                    "the planned end " + Words.time(end) + " is not after the planned start " + Words.time(start));
        }
        if (status == null) {
            problems.put(FIELD_STATUS, "choose a status");
        }
        if (label == null) {
            problems.put(FIELD_LABEL, "choose a release label");
        }
        return new Instant[] {start, end};
    }
}
