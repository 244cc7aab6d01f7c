package org.paxmap.export;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;

/**
 * A feature as Cursor-on-Target events (MITRE CoT 2.0 with ATAK's detail elements), the mapping the import reads
 * back: an incident a spot marker ({@code b-m-p-s-m}, coloured by severity; {@code time} the time it occurred); a
 * patrol route a {@code b-m-r} route with one {@code b-m-p-w} waypoint link per point ({@code start}/{@code stale}
 * its planned period); a zone a {@code u-d-c-c} circle (an {@code ellipse} of its radius) if drawn as a circle, else
 * one closed {@code u-d-f} shape per polygon ({@code start}/{@code stale} its validity; holes are not carried). The
 * release label is the event's {@code access} attribute and the first line of its remarks. Stateless.
 */
final class CotEvents {
    private static final String UNKNOWN = "9999999.0";
    /** ARGB colours (as ATAK's signed ints) for low, moderate, high, critical. */
    private static final int[] COLOURS = {0xff32b432, 0xffffd700, 0xffff8c00, 0xffe60000};

    private CotEvents() {}

    /** One event of a feature: its uid and how to write it. */
    record Event(String uid, Writer body) {}

    /** Writes one event into an open document. */
    @FunctionalInterface
    interface Writer {
        void writeTo(XmlDocument xml) throws IOException;
    }

    /** The events of {@code f} (one, or one per polygon of a drawn zone). */
    static List<Event> of(Feature f, ExportHeader header) {
        String uid = "paxmap-" + f.id();
        Instant until = header.exportedAt().plus(Duration.ofDays(365));
        List<Event> out = new ArrayList<>();
        if (f instanceof Incident i) {
            out.add(new Event(uid, xml -> marker(xml, uid, i, until)));
        } else if (f instanceof PatrolRoute r) {
            out.add(new Event(uid, xml -> route(xml, uid, r)));
        } else if (f instanceof ThreatZone z) {
            if (z.shape() instanceof ZoneShape.Circle c) {
                out.add(new Event(uid, xml -> circle(xml, uid, z, c, until)));
            } else {
                for (int k = 0; k < z.area().getNumGeometries(); k++) {
                    Polygon p = (Polygon) z.area().getGeometryN(k);
                    String id = k == 0 ? uid : uid + "-" + (k + 1);
                    out.add(new Event(id, xml -> shape(xml, id, z, p, until)));
                }
            }
        }
        return out;
    }

    private static void marker(XmlDocument xml, String uid, Incident i, Instant until) throws IOException {
        Instant stale = until.isAfter(i.occurredAt()) ? until : i.occurredAt();
        event(xml, uid, "b-m-p-s-m", i, i.occurredAt(), i.occurredAt(), stale);
        Coordinate c = i.location().getCoordinate();
        point(xml, c, i.precisionMetres() > 0 ? Numbers.plain(i.precisionMetres()) : UNKNOWN);
        xml.start("detail");
        int argb = COLOURS[i.severity().ordinal()];
        xml.empty("usericon", "iconsetpath", "COT_MAPPING_SPOTMAP/b-m-p-s-m/" + argb);
        xml.empty("color", "argb", Integer.toString(argb));
        details(xml, i);
        xml.end().end();
    }

    private static void route(XmlDocument xml, String uid, PatrolRoute r) throws IOException {
        event(xml, uid, "b-m-r", r, r.plannedStart(), r.plannedStart(), r.plannedEnd());
        Coordinate[] cs = r.waypoints().getCoordinates();
        point(xml, cs[0], UNKNOWN);
        xml.start("detail");
        for (int k = 0; k < cs.length; k++) {
            xml.empty(
                    "link",
                    "uid",
                    uid + "-wp" + (k + 1),
                    "callsign",
                    r.name() + " " + (k + 1),
                    "type",
                    "b-m-p-w",
                    "point",
                    latLon(cs[k]),
                    "relation",
                    "c");
        }
        xml.empty(
                "link_attr",
                "method",
                "Walking",
                "direction",
                "Infil",
                "routetype",
                "Primary",
                "order",
                "Ascending Check Points",
                "color",
                "-16776961");
        details(xml, r);
        xml.end().end();
    }

    private static void circle(XmlDocument xml, String uid, ThreatZone z, ZoneShape.Circle c, Instant until)
            throws IOException {
        event(xml, uid, "u-d-c-c", z, z.validFrom(), z.validFrom(), stale(z, until));
        point(xml, c.centre().getCoordinate(), UNKNOWN);
        xml.start("detail").start("shape");
        String r = Numbers.plain(c.radiusMetres());
        xml.empty("ellipse", "major", r, "minor", r, "angle", "360");
        xml.end();
        zoneColours(xml, z.threatLevel());
        details(xml, z);
        xml.end().end();
    }

    private static void shape(XmlDocument xml, String uid, ThreatZone z, Polygon p, Instant until) throws IOException {
        event(xml, uid, "u-d-f", z, z.validFrom(), z.validFrom(), stale(z, until));
        point(xml, p.getInteriorPoint().getCoordinate(), UNKNOWN);
        xml.start("detail");
        for (Coordinate c : p.getExteriorRing().getCoordinates()) {
            xml.empty("link", "point", latLon(c));
        }
        xml.empty("closed", "value", "true");
        zoneColours(xml, z.threatLevel());
        details(xml, z);
        xml.end().end();
    }

    private static Instant stale(ThreatZone z, Instant until) {
        return z.validUntil() != null ? z.validUntil() : until.isAfter(z.validFrom()) ? until : z.validFrom();
    }

    private static void event(
            XmlDocument xml, String uid, String type, Feature f, Instant time, Instant start, Instant stale)
            throws IOException {
        xml.start("event")
                .attribute("version", "2.0")
                .attribute("uid", uid)
                .attribute("type", type)
                .attribute("how", "h-e")
                .attribute("time", FeatureFields.iso(time))
                .attribute("start", FeatureFields.iso(start))
                .attribute("stale", FeatureFields.iso(stale))
                .attribute("access", FeatureFields.label(f.label()));
    }

    private static void point(XmlDocument xml, Coordinate c, String ce) throws IOException {
        xml.empty(
                "point", "lat", Numbers.plain(c.y), "lon", Numbers.plain(c.x), "hae", UNKNOWN, "ce", ce, "le", UNKNOWN);
    }

    private static void zoneColours(XmlDocument xml, ThreatLevel level) throws IOException {
        int argb = COLOURS[Math.min(level.ordinal(), Severity.values().length - 1)];
        xml.empty("strokeColor", "value", Integer.toString(argb));
        xml.empty("strokeWeight", "value", "3.0");
        xml.empty("fillColor", "value", Integer.toString((argb & 0x00ffffff) | 0x55000000));
    }

    private static void details(XmlDocument xml, Feature f) throws IOException {
        xml.empty("contact", "callsign", f.name());
        StringBuilder remarks = new StringBuilder();
        Map<String, String> fields = FeatureFields.of(f);
        remarks.append(FeatureFields.LABEL).append(": ").append(fields.remove(FeatureFields.LABEL));
        String text = FeatureFields.description(f);
        if (!text.isEmpty()) {
            remarks.append('\n').append(text);
        }
        fields.forEach((k, v) -> remarks.append('\n').append(k).append(": ").append(v));
        xml.element("remarks", remarks.toString());
        xml.empty("archive");
    }

    private static String latLon(Coordinate c) {
        return Numbers.plain(c.y) + "," + Numbers.plain(c.x) + ",0";
    }
}
