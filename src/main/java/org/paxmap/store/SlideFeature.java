package org.paxmap.store;

import java.time.Instant;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;

/**
 * What a briefing slide needs of a feature, lighter than the whole {@link Feature}: the symbol the map draws, the
 * label and origin node the release rules decide on, and its time — an incident's instant and how precisely it is
 * known, a route's planned period, a zone's validity. Immutable.
 *
 * @param symbol what the map draws
 * @param label the release label
 * @param origin the node the feature originated with
 * @param start the incident's time, the route's planned start, the zone's start of validity
 * @param end the route's planned end or the zone's end of validity ({@code null}: none); {@code null} for an incident
 * @param precision how precisely an incident's time is known; {@code null} for a route or zone
 */
public record SlideFeature(
        MapFeature symbol, ReleaseLabel label, String origin, Instant start, Instant end, TimePrecision precision) {
    /** The slide's view of a whole feature (the same values {@link PictureStore#slideFeatures} reads). */
    public static SlideFeature of(Feature f) {
        MapFeature symbol = MapFeature.of(f);
        String origin = f.sync().origin();
        if (f instanceof Incident i) {
            return new SlideFeature(symbol, f.label(), origin, i.occurredAt(), null, i.timePrecision());
        }
        if (f instanceof PatrolRoute r) {
            return new SlideFeature(symbol, f.label(), origin, r.plannedStart(), r.plannedEnd(), null);
        }
        ThreatZone z = (ThreatZone) f;
        return new SlideFeature(symbol, f.label(), origin, z.validFrom(), z.validUntil(), null);
    }
}
