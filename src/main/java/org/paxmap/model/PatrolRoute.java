package org.paxmap.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.locationtech.jts.geom.LineString;

/**
 * A planned or flown patrol: a line of waypoints, the unit that patrols it and when. Immutable.
 *
 * @param id identity
 * @param name route name, e.g. {@code BLUE 3}
 * @param unit the patrolling unit, may be empty
 * @param waypoints the route as a line of at least two waypoints (lon/lat)
 * @param plannedStart planned start (UTC)
 * @param plannedEnd planned end (UTC), not before the start
 * @param status where the route stands
 * @param label confidentiality label
 * @param sync synchronisation metadata
 */
public record PatrolRoute(
        UUID id,
        String name,
        String unit,
        LineString waypoints,
        Instant plannedStart,
        Instant plannedEnd,
        RouteStatus status,
        ReleaseLabel label,
        SyncMeta sync)
        implements Feature {

    /** Checks required values and the time order, and copies the geometry. */
    public PatrolRoute {
        Objects.requireNonNull(id, "id");
        name = Feature.requireText("name", name);
        unit = unit == null ? "" : unit.trim();
        waypoints = (LineString) Objects.requireNonNull(waypoints, "waypoints").copy();
        Objects.requireNonNull(plannedStart, "planned start");
        Objects.requireNonNull(plannedEnd, "planned end");
        if (plannedEnd.isBefore(plannedStart)) {
            throw new IllegalArgumentException(
                    "planned end " + plannedEnd + " is before planned start " + plannedStart);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sync, "sync");
    }

    @Override
    public Layer layer() {
        return Layer.ROUTES;
    }

    @Override
    public LineString geometry() {
        return waypoints;
    }

    @Override
    public PatrolRoute withSync(SyncMeta newSync) {
        return new PatrolRoute(id, name, unit, waypoints, plannedStart, plannedEnd, status, label, newSync);
    }
}
