package org.paxmap.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * An area of threat: a minefield, a no-go area, a zone of hostile activity. Immutable.
 *
 * <p>The area is always held as a {@link MultiPolygon} (a single polygon is promoted), so that the picture's zone
 * layer has one geometry type and the content hash does not depend on how a one-part area was written.
 *
 * @param id identity
 * @param name zone name
 * @param area the area (lon/lat)
 * @param shape how the area was constructed
 * @param threatLevel how dangerous it is
 * @param category what kind of threat
 * @param validFrom start of validity (UTC)
 * @param validUntil end of validity (UTC), or {@code null} while open-ended
 * @param label confidentiality label
 * @param sync synchronisation metadata
 */
public record ThreatZone(
        UUID id,
        String name,
        MultiPolygon area,
        ZoneShape shape,
        ThreatLevel threatLevel,
        ZoneCategory category,
        Instant validFrom,
        Instant validUntil,
        ReleaseLabel label,
        SyncMeta sync)
        implements Feature {

    /** Checks required values and the validity order, and copies the geometry. */
    public ThreatZone {
        Objects.requireNonNull(id, "id");
        name = Feature.requireText("name", name);
        area = (MultiPolygon) Objects.requireNonNull(area, "area").copy();
        shape = shape == null ? new ZoneShape.Drawn() : shape;
        Objects.requireNonNull(threatLevel, "threat level");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(validFrom, "valid-from time");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid-until " + validUntil + " is before valid-from " + validFrom);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sync, "sync");
    }

    /** Promotes a polygon to a one-part multipolygon; returns a multipolygon as it is; refuses anything else. */
    public static MultiPolygon asMultiPolygon(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            return multi;
        }
        if (geometry instanceof Polygon polygon) {
            return geometry.getFactory().createMultiPolygon(new Polygon[] {polygon});
        }
        throw new IllegalArgumentException("a threat zone must be a Polygon or MultiPolygon, not a "
                + (geometry == null ? "null geometry" : geometry.getGeometryType()));
    }

    @Override
    public Layer layer() {
        return Layer.ZONES;
    }

    @Override
    public MultiPolygon geometry() {
        return area;
    }

    @Override
    public ThreatZone withSync(SyncMeta newSync) {
        return new ThreatZone(id, name, area, shape, threatLevel, category, validFrom, validUntil, label, newSync);
    }
}
