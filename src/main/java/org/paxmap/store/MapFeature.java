package org.paxmap.store;

import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;

/**
 * What the map draws for one feature: its row, its geometry and the two values that choose its symbol. This is the
 * viewport query's answer, lighter than a whole {@link org.paxmap.model.Feature}: a map frame needs neither
 * descriptions nor labels, and fetches the full feature only for what the user selects. Immutable.
 *
 * @param layer the layer
 * @param fid the row id in the layer's table (stable for the life of the picture; {@link PictureStore#find} takes
 *     the feature id, which the full feature carries)
 * @param geometry the geometry (lon/lat); callers must not mutate it
 * @param kind the incident type, route status or zone category code
 * @param level the severity or threat-level ordinal (0 low … 3 critical); 0 for routes
 * @param name the incident's title, the route's or the zone's name (for map labels); empty when it has none
 * @param id the feature's id (its {@code uuid} column: what {@link PictureStore#find}, the review's visible ids and
 *     selection use); {@code null} only for a feature made outside the store without one
 */
public record MapFeature(Layer layer, long fid, Geometry geometry, String kind, int level, String name, UUID id) {
    /** Never a {@code null} name. */
    public MapFeature {
        name = name == null ? "" : name;
    }

    /** A feature without an id (drawn, never selected or filtered by id). */
    public MapFeature(Layer layer, long fid, Geometry geometry, String kind, int level, String name) {
        this(layer, fid, geometry, kind, level, name, null);
    }

    /** A feature without a name or an id. */
    public MapFeature(Layer layer, long fid, Geometry geometry, String kind, int level) {
        this(layer, fid, geometry, kind, level, "", null);
    }

    /**
     * What the map draws for a whole feature, as {@link PictureStore#mapFeatures} would answer for it (the same kind
     * and level), for a feature read in full (a briefing's features, filtered by their labels). The row id is 0.
     */
    public static MapFeature of(Feature feature) {
        if (feature instanceof Incident i) {
            return new MapFeature(
                    Layer.INCIDENTS,
                    0,
                    i.geometry(),
                    i.type().code(),
                    i.severity().ordinal(),
                    i.name(),
                    i.id());
        }
        if (feature instanceof PatrolRoute r) {
            return new MapFeature(Layer.ROUTES, 0, r.geometry(), r.status().code(), 0, r.name(), r.id());
        }
        ThreatZone z = (ThreatZone) feature;
        return new MapFeature(
                Layer.ZONES,
                0,
                z.geometry(),
                z.category().code(),
                z.threatLevel().ordinal(),
                z.name(),
                z.id());
    }
}
