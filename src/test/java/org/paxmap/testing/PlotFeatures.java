package org.paxmap.testing;

import java.time.Instant;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.ZoneCategory;

/**
 * The small features the sync, exchange and window tests pass between nodes: an IED find near Naqoura and a
 * triangular minefield, created by a given node with a given label, and the one-field edits (title, name) the tests make. Values,
 * no I/O.
 */
public final class PlotFeatures {
    /** When the test features were observed and created. */
    public static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    private PlotFeatures() {}

    /** A new incident created by {@code node}. */
    public static Incident incident(String node, String title, ReleaseLabel label) {
        return new Incident(
                UUID.randomUUID(),
                Wgs84.point(35.2, 33.1),
                25,
                T0,
                TimePrecision.EXACT,
                IncidentType.IED_UXO_FIND,
                Severity.HIGH,
                title,
                "Command wire found by patrol",
                Casualties.NONE,
                "Patrol report",
                AdmiraltyGrade.parse("B2"),
                label,
                SyncMeta.newLocal(node, "analyst", T0));
    }

    /** A new triangular minefield zone created by {@code node}. */
    public static ThreatZone zone(String node, String name, ReleaseLabel label) {
        return new ThreatZone(
                UUID.randomUUID(),
                name,
                ThreatZone.asMultiPolygon(Wgs84.FACTORY.createPolygon(new Coordinate[] {
                    new Coordinate(35.30, 33.10), new Coordinate(35.35, 33.10),
                    new Coordinate(35.35, 33.15), new Coordinate(35.30, 33.10)
                })),
                null,
                ThreatLevel.HIGH,
                ZoneCategory.MINEFIELD,
                T0,
                null,
                label,
                SyncMeta.newLocal(node, "analyst", T0));
    }

    /** The same incident with another title (a local edit once saved). */
    public static Incident titled(Incident i, String title) {
        return edited(i, title, i.label());
    }

    /** The same incident with another release label (a local edit once saved). */
    public static Incident labelled(Incident i, ReleaseLabel label) {
        return edited(i, i.title(), label);
    }

    /** A new incident created by {@code node} at {@code when}, its time known to {@code precision}. */
    public static Incident incidentAt(
            String node, String title, ReleaseLabel label, Instant when, TimePrecision precision) {
        Incident i = incident(node, title, label);
        return timed(i, when, precision);
    }

    /** The same incident at {@code lon}, {@code lat}. */
    public static Incident movedTo(Incident i, double lon, double lat) {
        return new Incident(
                i.id(),
                org.paxmap.geo.Wgs84.point(lon, lat),
                i.precisionMetres(),
                i.occurredAt(),
                i.timePrecision(),
                i.type(),
                i.severity(),
                i.title(),
                i.description(),
                i.casualties(),
                i.source(),
                i.grade(),
                i.label(),
                i.sync());
    }

    private static Incident edited(Incident i, String title, ReleaseLabel label) {
        return copy(i, i.occurredAt(), i.timePrecision(), title, label);
    }

    private static Incident timed(Incident i, Instant when, TimePrecision precision) {
        return copy(i, when, precision, i.title(), i.label());
    }

    private static Incident copy(Incident i, Instant when, TimePrecision precision, String title, ReleaseLabel label) {
        return new Incident(
                i.id(),
                i.location(),
                i.precisionMetres(),
                when,
                precision,
                i.type(),
                i.severity(),
                title,
                i.description(),
                i.casualties(),
                i.source(),
                i.grade(),
                label,
                i.sync());
    }

    /** The same zone with another name (a local edit once saved). */
    public static ThreatZone named(ThreatZone z, String name) {
        return new ThreatZone(
                z.id(),
                name,
                z.area(),
                z.shape(),
                z.threatLevel(),
                z.category(),
                z.validFrom(),
                z.validUntil(),
                z.label(),
                z.sync());
    }
}
