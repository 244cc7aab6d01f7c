package org.paxmap.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geo.Wgs84;
import org.paxmap.geo.ZoneShapes;
import org.paxmap.model.Casualties;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * Maps a {@link CotEvent} to a picture feature: atoms ({@code a-…}) and map points ({@code b-m-p-…}, spot markers
 * among them) become incidents with the CoT type and affiliation kept; {@code b-m-r} routes patrol routes along their
 * link points; {@code u-d-c-c} circles (geofences included) circle zones; {@code u-d-r} rectangles and closed {@code
 * u-d-f} free-form shapes drawn zones. {@code start}/{@code stale} give a zone's validity and a route's planned
 * period, an incident's time is the event's {@code time}; {@code ce} (unless CoT's "unknown" 9999999) is the
 * precision radius; {@code access} and {@code opex} are kept in the description. Anything else (chat, delete
 * requests, range-and-bearing aids, ellipses) is skipped with the reason. Stateless.
 */
final class CotMapper {
    /** CoT's "unknown" circular error. */
    private static final double UNKNOWN_CE = 9_999_999;

    private CotMapper() {}

    /**
     * @param file the file name for identities; {@code where} names file (and entry) for messages
     * @param n the event's 1-based position in the file
     */
    static void map(CotEvent e, String where, String file, int n, ImportContext context, ImportSink sink)
            throws ImportException {
        String item = "event " + n + (e.uid == null ? "" : " (uid " + e.uid + ")");
        String type = e.type;
        try {
            if (e.uid == null || e.uid.isBlank()) {
                throw new ItemProblem("the event has no uid");
            }
            ForeignId id = ForeignId.of(ImportFormat.COT, file, e.uid);
            if (type.startsWith("a-") || type.startsWith("b-m-p-")) {
                incident(e, id, context, sink);
            } else if (type.equals("b-m-r")) {
                route(e, id, context, sink);
            } else if (type.equals("u-d-c-c")) {
                circle(e, id, context, sink);
            } else if (type.equals("u-d-r") || type.equals("u-d-f")) {
                drawn(e, id, context, sink);
            } else {
                skipped(type, sink);
            }
        } catch (ItemProblem p) {
            ItemProblems.handle(context, sink, where + ", " + item, "CoT event", p);
        }
    }

    private static void skipped(String type, ImportSink sink) {
        if (type.startsWith("b-t-f")) {
            sink.skip("CoT chat message (b-t-f)", "a message, not a place");
        } else if (type.startsWith("t-x-d-d")) {
            sink.skip("CoT delete request (t-x-d-d)", "Paxmap does not delete features on import");
        } else if (type.startsWith("u-rb") || type.startsWith("u-r-b")) {
            sink.skip("CoT range-and-bearing aid (" + type + ")", "a measuring aid, not a feature");
        } else if (type.startsWith("u-d-c-e")) {
            sink.skip("CoT ellipse (u-d-c-e)", "Paxmap zones are circles, corridors or drawn areas");
        } else {
            sink.skip("CoT event of type '" + type + "'", "not a kind of map item Paxmap imports");
        }
    }

    private static void incident(CotEvent e, ForeignId id, ImportContext context, ImportSink sink)
            throws ItemProblem, ImportException {
        Point at = Wgs84.FACTORY.createPoint(point(e));
        double ce = number(e.ce, "ce", UNKNOWN_CE);
        boolean known = ce >= 0 && ce < UNKNOWN_CE;
        ForeignTime time = time(e.time != null ? e.time : e.start, "time");
        String affiliation = CotTypes.affiliation(e.type);
        boolean hostile = e.type.startsWith("a-h") || e.type.startsWith("a-j") || e.type.startsWith("a-k");
        List<String> lines = new ArrayList<>();
        if (e.remarks != null && !e.remarks.isBlank()) {
            lines.add(e.remarks);
        }
        lines.add("CoT type: " + e.type + (affiliation.isEmpty() ? "" : " (" + affiliation + ")"));
        details(e, lines);
        String kind = e.type.startsWith("b-m-p-s-m")
                ? "CoT spot marker (b-m-p-s-m)"
                : e.type.startsWith("b-m-p") ? "CoT map point (" + e.type + ")" : "CoT " + affiliation + " atom";
        sink.feature(new ForeignFeature(
                MappedFeatures.incident(
                        id,
                        context,
                        at,
                        known ? ce : 0,
                        time,
                        IncidentType.OTHER,
                        hostile ? Severity.MODERATE : Severity.LOW,
                        title(e, "CoT " + e.type),
                        String.join("\n", lines),
                        Casualties.NONE,
                        e.how == null ? "" : "CoT how " + e.how),
                id,
                kind + " → incident, type 'Other', type and affiliation kept in the description"
                        + (hostile ? ", severity moderate (hostile)" : "")
                        + (known ? ", ce → precision radius" : " (ce unknown: no precision radius)")));
    }

    private static void route(CotEvent e, ForeignId id, ImportContext context, ImportSink sink)
            throws ItemProblem, ImportException {
        Coordinate[] cs = links(e);
        var problem = GeometryValidator.lineProblem(cs);
        if (problem.isPresent()) {
            throw new ItemProblem("route: " + problem.get());
        }
        ForeignTime start = time(e.start != null ? e.start : e.time, "start");
        Instant stale = e.stale == null ? null : time(e.stale, "stale").instant();
        sink.feature(new ForeignFeature(
                MappedFeatures.route(
                        id,
                        context,
                        Wgs84.FACTORY.createLineString(cs),
                        title(e, "CoT route"),
                        "",
                        start.instant(),
                        stale),
                id,
                "CoT b-m-r route → patrol route along its waypoint links, start/stale → planned period"));
    }

    private static void circle(CotEvent e, ForeignId id, ImportContext context, ImportSink sink)
            throws ItemProblem, ImportException {
        Coordinate centre = point(e);
        double major = number(e.ellipseMajor, "ellipse major", -1);
        double minor = number(e.ellipseMinor, "ellipse minor", major);
        if (!(major > 0) || Math.abs(major - minor) > 1e-6 * major) {
            throw new ItemProblem("a u-d-c-c circle needs an <ellipse> with equal major and minor > 0");
        }
        zone(
                e,
                id,
                context,
                sink,
                ZoneShapes.circle(centre, major),
                new ZoneShape.Circle(Wgs84.FACTORY.createPoint(centre), major),
                e.geofence ? "CoT geofence circle (u-d-c-c) → circle zone" : "CoT u-d-c-c circle → circle zone");
    }

    private static void drawn(CotEvent e, ForeignId id, ImportContext context, ImportSink sink)
            throws ItemProblem, ImportException {
        List<Coordinate> ring = new ArrayList<>(List.of(links(e)));
        boolean rectangle = e.type.equals("u-d-r");
        if (!ring.isEmpty() && !ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            if (!rectangle && !e.closed) {
                sink.skip("CoT open free-form line (u-d-f)", "a drawn line, not an area; Paxmap zones are areas");
                return;
            }
            ring.add(new Coordinate(ring.get(0)));
        }
        Coordinate[] cs = ring.toArray(Coordinate[]::new);
        var problem = GeometryValidator.ringProblem(cs);
        if (problem.isPresent()) {
            throw new ItemProblem("shape: " + problem.get());
        }
        zone(
                e,
                id,
                context,
                sink,
                Wgs84.FACTORY.createPolygon(cs),
                new ZoneShape.Drawn(),
                rectangle ? "CoT u-d-r rectangle → drawn zone" : "CoT u-d-f free-form shape → drawn zone");
    }

    private static void zone(
            CotEvent e,
            ForeignId id,
            ImportContext context,
            ImportSink sink,
            org.locationtech.jts.geom.Geometry area,
            ZoneShape shape,
            String mapping)
            throws ItemProblem, ImportException {
        ForeignTime start = time(e.start != null ? e.start : e.time, "start");
        Instant stale = e.stale == null ? null : time(e.stale, "stale").instant();
        sink.feature(new ForeignFeature(
                MappedFeatures.zone(
                        id,
                        context,
                        area,
                        shape,
                        title(e, "CoT " + e.type),
                        ThreatLevel.MODERATE,
                        ZoneCategory.OTHER,
                        start.instant(),
                        stale),
                id,
                mapping + ", start/stale → validity, threat level moderate (none in CoT)"));
    }

    private static void details(CotEvent e, List<String> lines) {
        if (e.access != null && !e.access.isBlank()) {
            lines.add("access: " + e.access);
        }
        if (e.opex != null && !e.opex.isBlank()) {
            lines.add("opex: " + e.opex);
        }
        if (e.stale != null) {
            lines.add("stale: " + e.stale);
        }
        if (e.iconPath != null) {
            lines.add("icon: " + e.iconPath);
        }
    }

    private static String title(CotEvent e, String fallback) {
        return e.callsign != null && !e.callsign.isBlank() ? e.callsign : fallback;
    }

    private static Coordinate point(CotEvent e) throws ItemProblem {
        if (e.lat == null || e.lon == null) {
            throw new ItemProblem("the event has no <point lat lon>");
        }
        return position(e.lat, e.lon, "point");
    }

    private static Coordinate[] links(CotEvent e) throws ItemProblem {
        Coordinate[] cs = new Coordinate[e.linkPoints.size()];
        for (int i = 0; i < cs.length; i++) {
            String[] parts = e.linkPoints.get(i).split(",", -1);
            if (parts.length < 2) {
                throw new ItemProblem("link " + (i + 1) + ": point '" + e.linkPoints.get(i) + "' is not 'lat,lon'");
            }
            cs[i] = position(parts[0], parts[1], "link " + (i + 1));
        }
        return cs;
    }

    private static Coordinate position(String lat, String lon, String field) throws ItemProblem {
        double y = number(lat, field + " lat", Double.NaN);
        double x = number(lon, field + " lon", Double.NaN);
        var problem = GeometryValidator.positionProblem(x, y);
        if (problem.isPresent()) {
            throw new ItemProblem(field + ": " + problem.get());
        }
        return new Coordinate(x, y);
    }

    private static double number(String text, String field, double missing) throws ItemProblem {
        if (text == null || text.isBlank()) {
            return missing;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException ex) {
            throw new ItemProblem(field + ": '" + text + "' is not a number");
        }
    }

    private static ForeignTime time(String text, String field) throws ItemProblem {
        if (text == null || text.isBlank()) {
            throw new ItemProblem("the event has no " + field);
        }
        try {
            return ForeignTime.parse(text);
        } catch (ItemProblem p) {
            throw new ItemProblem(field + ": " + p.getMessage());
        }
    }
}
