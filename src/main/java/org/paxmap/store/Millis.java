package org.paxmap.store;

import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;

/** Truncates a feature's times to the millisecond, the precision of GeoPackage DATETIME columns. Stateless. */
public final class Millis {
    private Millis() {}

    /** {@code f} with its times truncated to milliseconds. */
    public static Feature truncate(Feature f) {
        if (f instanceof Incident i) {
            @SuppressWarnings("JavaInstantGetSecondsGetNano") // the nanoseconds within the second are what is asked
            boolean whole = i.occurredAt().getNano() % 1_000_000 == 0;
            return whole
                    ? i
                    : new Incident(
                            i.id(),
                            i.location(),
                            i.precisionMetres(),
                            GpkgDateTime.truncate(i.occurredAt()),
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
        if (f instanceof PatrolRoute r) {
            return new PatrolRoute(
                    r.id(),
                    r.name(),
                    r.unit(),
                    r.waypoints(),
                    GpkgDateTime.truncate(r.plannedStart()),
                    GpkgDateTime.truncate(r.plannedEnd()),
                    r.status(),
                    r.label(),
                    r.sync());
        }
        ThreatZone z = (ThreatZone) f;
        return new ThreatZone(
                z.id(),
                z.name(),
                z.area(),
                z.shape(),
                z.threatLevel(),
                z.category(),
                GpkgDateTime.truncate(z.validFrom()),
                GpkgDateTime.truncate(z.validUntil()),
                z.label(),
                z.sync());
    }
}
