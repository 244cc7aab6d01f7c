package org.paxmap.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.AreaMeasure;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.Wgs84;
import org.paxmap.geo.ZoneShapes;
import org.paxmap.geojson.ContentLimits;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * The threat-zone form's values. The area is one of: a polygon outline (corners, lon/lat, closed or not), a circle
 * (centre and radius in metres) or a corridor (axis line and full width in metres); circles and corridors are built
 * on the ellipsoid by {@link ZoneShapes} and keep their parameters in the zone's {@link ZoneShape}. A draft made
 * {@linkplain #of from a zone} keeps the zone's area exactly until a shape setter is called, so editing only the name
 * or level never moves a vertex (a multi-part or holed drawn area can only be replaced as a whole). Also the threat
 * level, category, validity window (start required; the end, when given, after the start), name and label. {@link
 * #measure()} gives the area and perimeter while the shape is valid. Mutable; not thread-safe.
 */
public final class ZoneDraft implements FeatureDraft {
    public static final String FIELD_OUTLINE = "outline";
    public static final String FIELD_CENTRE = "centre";
    public static final String FIELD_RADIUS = "radius";
    public static final String FIELD_AXIS = "axis";
    public static final String FIELD_WIDTH = "width";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_LEVEL = "level";
    public static final String FIELD_CATEGORY = "category";
    public static final String FIELD_VALID_FROM = "validFrom";
    public static final String FIELD_VALID_UNTIL = "validUntil";
    public static final String FIELD_LABEL = "label";

    /** How the zone's area is given. */
    public enum Outline {
        POLYGON,
        CIRCLE,
        CORRIDOR
    }

    private final UUID id;
    private Outline outline = Outline.POLYGON;
    private final List<Coordinate> corners = new ArrayList<>();
    private Coordinate centre;
    private Double radiusMetres;
    private final List<Coordinate> axis = new ArrayList<>();
    private Double widthMetres;
    private MultiPolygon keptArea;
    private ZoneShape keptShape;
    private String name = "";
    private ThreatLevel level;
    private ZoneCategory category;
    private TimeEntry validFrom = TimeEntry.EMPTY;
    private TimeEntry validUntil = TimeEntry.EMPTY;
    private ReleaseLabel label;

    private ZoneDraft(UUID id) {
        this.id = id;
    }

    /** An empty draft for a new zone with a fresh id, outlined as a polygon. */
    public static ZoneDraft create() {
        return new ZoneDraft(UUID.randomUUID());
    }

    /** A draft holding every value of {@code zone}, its area kept exactly, for editing it. */
    public static ZoneDraft of(ThreatZone zone) {
        ZoneDraft d = new ZoneDraft(zone.id());
        if (zone.shape() instanceof ZoneShape.Circle circle) {
            d.outline = Outline.CIRCLE;
            d.centre = circle.centre().getCoordinate().copy();
            d.radiusMetres = circle.radiusMetres();
        } else if (zone.shape() instanceof ZoneShape.Corridor corridor) {
            d.outline = Outline.CORRIDOR;
            List.of(corridor.axis().getCoordinates()).forEach(c -> d.axis.add(c.copy()));
            d.widthMetres = 2 * corridor.halfWidthMetres();
        } else {
            d.outline = Outline.POLYGON;
            Polygon first = (Polygon) zone.area().getGeometryN(0);
            List.of(first.getExteriorRing().getCoordinates()).forEach(c -> d.corners.add(c.copy()));
        }
        d.keptArea = (MultiPolygon) zone.area().copy();
        d.keptShape = zone.shape();
        d.name = zone.name();
        d.level = zone.threatLevel();
        d.category = zone.category();
        d.validFrom = TimeEntry.of(zone.validFrom());
        d.validUntil = zone.validUntil() == null ? TimeEntry.EMPTY : TimeEntry.of(zone.validUntil());
        d.label = zone.label();
        return d;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Layer layer() {
        return Layer.ZONES;
    }

    /** How the area is given now. */
    public Outline outline() {
        return outline;
    }

    /** A polygon through these corners (x = longitude, y = latitude), closed or not. */
    public ZoneDraft polygon(List<Coordinate> lonLat) {
        outline = Outline.POLYGON;
        corners.clear();
        lonLat.forEach(c -> corners.add(c.copy()));
        keptArea = null;
        return this;
    }

    /** A circle: centre (lon/lat; {@code null} while not chosen) and radius in metres. */
    public ZoneDraft circle(Coordinate lonLat, Double radius) {
        outline = Outline.CIRCLE;
        centre = lonLat == null ? null : lonLat.copy();
        radiusMetres = radius;
        keptArea = null;
        return this;
    }

    /** A corridor: axis (lon/lat) and the full width in metres (half on each side of the axis). */
    public ZoneDraft corridor(List<Coordinate> lonLat, Double width) {
        outline = Outline.CORRIDOR;
        axis.clear();
        lonLat.forEach(c -> axis.add(c.copy()));
        widthMetres = width;
        keptArea = null;
        return this;
    }

    public ZoneDraft name(String value) {
        this.name = value;
        return this;
    }

    public ZoneDraft level(ThreatLevel value) {
        this.level = value;
        return this;
    }

    public ZoneDraft category(ZoneCategory value) {
        this.category = value;
        return this;
    }

    /** Start of validity as a date-time group. */
    public ZoneDraft validFromText(String dtg) {
        this.validFrom = TimeEntry.of(dtg);
        return this;
    }

    public ZoneDraft validFrom(Instant instant) {
        this.validFrom = TimeEntry.of(instant);
        return this;
    }

    /** End of validity as a date-time group; blank for open-ended. */
    public ZoneDraft validUntilText(String dtg) {
        this.validUntil = TimeEntry.of(dtg);
        return this;
    }

    /** End of validity; {@code null} for open-ended. */
    public ZoneDraft validUntil(Instant instant) {
        this.validUntil = instant == null ? TimeEntry.EMPTY : TimeEntry.of(instant);
        return this;
    }

    public ZoneDraft label(ReleaseLabel value) {
        this.label = value;
        return this;
    }

    /** The zone's geodesic area and perimeter, or empty while the shape is not valid. */
    public Optional<AreaMeasure> measure() {
        Map<String, String> problems = new LinkedHashMap<>();
        Shape shape = shape(problems);
        return shape == null ? Optional.empty() : Optional.of(Geodesy.area(shape.area));
    }

    @Override
    public FieldProblems validate() {
        Map<String, String> problems = new LinkedHashMap<>();
        read(problems);
        return FieldProblems.of(problems);
    }

    @Override
    public ThreatZone toFeature(SyncMeta sync) throws InvalidEditException {
        Map<String, String> problems = new LinkedHashMap<>();
        Read r = read(problems);
        if (!problems.isEmpty()) {
            throw new InvalidEditException(FieldProblems.of(problems));
        }
        return new ThreatZone(id, name, r.shape.area, r.shape.kind, level, category, r.from, r.until, label, sync);
    }

    private Read read(Map<String, String> problems) {
        Shape shape = shape(problems);
        if (name == null || name.isBlank()) {
            problems.put(FIELD_NAME, "the name is empty");
        } else {
            ContentLimits.lengthProblem(name, ContentLimits.MAX_TEXT)
                    .ifPresent(p -> problems.put(FIELD_NAME, "the name " + p));
        }
        if (level == null) {
            problems.put(FIELD_LEVEL, "choose a threat level");
        }
        if (category == null) {
            problems.put(FIELD_CATEGORY, "choose a category");
        }
        Instant from = validFrom.resolve(FIELD_VALID_FROM, "the start of validity is empty", problems);
        Instant until = validUntil.resolve(FIELD_VALID_UNTIL, null, problems);
        if (from != null && until != null && !until.isAfter(from)) {
            problems.put(
                    FIELD_VALID_UNTIL,
                    "the end of validity " + Words.time(until) + " is not after its start " + Words.time(from));
        }
        if (label == null) {
            problems.put(FIELD_LABEL, "choose a release label");
        }
        return new Read(shape, from, until);
    }

    /** The area and its shape parameters, or {@code null} after putting the shape's problems into {@code problems}. */
    private Shape shape(Map<String, String> problems) {
        if (keptArea != null) {
            Optional<String> p = Outlines.areaProblem(keptArea);
            p.ifPresent(m -> problems.put(FIELD_OUTLINE, m));
            return p.isPresent() ? null : new Shape((MultiPolygon) keptArea.copy(), keptShape);
        }
        switch (outline) {
            case CIRCLE:
                return circleShape(problems);
            case CORRIDOR:
                return corridorShape(problems);
            default:
                return polygonShape(problems);
        }
    }

    private Shape polygonShape(Map<String, String> problems) {
        Optional<String> ring = Outlines.ringProblem(corners);
        if (ring.isPresent()) {
            problems.put(FIELD_OUTLINE, ring.get());
            return null;
        }
        List<Coordinate> closed = new ArrayList<>(corners);
        if (!closed.get(0).equals2D(closed.get(closed.size() - 1))) {
            closed.add(closed.get(0).copy());
        }
        Polygon polygon = Wgs84.FACTORY.createPolygon(closed.toArray(Coordinate[]::new));
        Optional<String> area = Outlines.areaProblem(polygon);
        if (area.isPresent()) {
            problems.put(FIELD_OUTLINE, area.get());
            return null;
        }
        return new Shape(ThreatZone.asMultiPolygon(polygon), new ZoneShape.Drawn());
    }

    private Shape circleShape(Map<String, String> problems) {
        boolean ok = true;
        if (centre == null) {
            problems.put(FIELD_CENTRE, "the circle has no centre");
            ok = false;
        } else {
            Optional<String> p = Words.positionProblem(centre);
            if (p.isPresent()) {
                problems.put(FIELD_CENTRE, p.get());
                ok = false;
            }
        }
        ok &= positive(FIELD_RADIUS, "radius", radiusMetres, problems);
        if (!ok) {
            return null;
        }
        Polygon polygon = ZoneShapes.circle(centre, radiusMetres);
        Optional<String> area = Outlines.areaProblem(polygon);
        if (area.isPresent()) {
            problems.put(FIELD_RADIUS, "the circle does not fit on the map: " + area.get());
            return null;
        }
        return new Shape(
                ThreatZone.asMultiPolygon(polygon),
                new ZoneShape.Circle(Wgs84.point(centre.x, centre.y), radiusMetres));
    }

    private Shape corridorShape(Map<String, String> problems) {
        boolean ok = true;
        Optional<String> line = Outlines.lineProblem(axis, "axis point", "a corridor", 2);
        if (line.isPresent()) {
            problems.put(FIELD_AXIS, line.get());
            ok = false;
        }
        ok &= positive(FIELD_WIDTH, "width", widthMetres, problems);
        if (!ok) {
            return null;
        }
        var axisLine = Wgs84.FACTORY.createLineString(axis.toArray(Coordinate[]::new));
        Polygon polygon = ZoneShapes.corridor(axisLine, widthMetres / 2);
        Optional<String> area = Outlines.areaProblem(polygon);
        if (area.isPresent()) {
            problems.put(FIELD_AXIS, area.get());
            return null;
        }
        return new Shape(ThreatZone.asMultiPolygon(polygon), new ZoneShape.Corridor(axisLine, widthMetres / 2));
    }

    private static boolean positive(String field, String what, Double metres, Map<String, String> problems) {
        if (metres == null) {
            problems.put(field, "the " + what + " is empty");
            return false;
        }
        if (!Double.isFinite(metres)) {
            problems.put(field, "the " + what + " is not a number of metres");
            return false;
        }
        if (metres <= 0) {
            problems.put(field, "the " + what + " must be more than 0 m, it is " + Words.number(metres) + " m");
            return false;
        }
        return true;
    }

    /** An area and how it was built. */
    private static final class Shape {
        final MultiPolygon area;
        final ZoneShape kind;

        Shape(MultiPolygon area, ZoneShape kind) {
            this.area = area;
            this.kind = kind;
        }
    }

    /** The values that needed reading. */
    private static final class Read {
        final Shape shape;
        final Instant from;
        final Instant until;

        Read(Shape shape, Instant from, Instant until) {
            this.shape = shape;
            this.from = from;
            this.until = until;
        }
    }
}
