package org.paxmap.interop;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geo.Wgs84;
import org.paxmap.geojson.ContentLimits;
import org.paxmap.model.Casualties;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Severity;

/**
 * GPX 1.0 and 1.1: waypoints become incidents (name, time, description, comment, type and symbol kept), routes and
 * tracks patrol routes with the times of their first and last points. A track's segments are separate recordings,
 * so a track of several non-empty segments becomes one route per segment; empty segments and tracks or routes with
 * fewer than two points are skipped with the reason. Identity: name and time (waypoints, tracks), name (routes), else
 * the position in the file. Streamed with {@link SecureXml} (the JDK parser hardened once for every XML format, rather
 * than jpx, whose parser settings Paxmap does not control). Stateless.
 */
final class GpxReader extends StreamedReader {
    /**
     * The waypoint extension in which a Paxmap GPX export writes the feature id: with it, a waypoint's identity is that
     * id rather than its name and time (which several points may share).
     */
    static final String PAXMAP_ID = "feature_uuid";

    @Override
    public ImportFormat format() {
        return ImportFormat.GPX;
    }

    @Override
    void read(InputStream in, String where, String file, ImportContext context, ImportSink sink)
            throws ImportException {
        try (XmlItems xml = new XmlItems(SecureXml.open(in), where)) {
            new Walk(xml, file, context, sink).run();
        } catch (XMLStreamException e) {
            throw new ImportException(where + ": not readable as XML (" + e.getMessage() + ")", e);
        }
    }

    /** One point with its children's text. */
    private static final class GpxPoint {
        Coordinate at;
        final Map<String, String> text = new LinkedHashMap<>();
    }

    private static final class Walk {
        private final XmlItems xml;
        private final String file;
        private final ImportContext context;
        private final ImportSink sink;
        private int waypoints;
        private int routes;
        private int tracks;
        private int timeless;

        Walk(XmlItems xml, String file, ImportContext context, ImportSink sink) {
            this.xml = xml;
            this.file = file;
            this.context = context;
            this.sink = sink;
        }

        void run() throws ImportException {
            for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.name()) {
                    case "wpt" -> waypoint();
                    case "rte" -> route();
                    case "trk" -> track();
                    case "metadata", "extensions", "bounds" -> xml.skip();
                    default -> {
                        if (xml.depth() == 2) {
                            xml.skip(); // GPX 1.0 metadata elements at the top (name, time, author...)
                        }
                    }
                }
            }
            if (timeless > 0) {
                sink.warn(file + ": " + timeless + " waypoint(s) have no time; given the start of the import week"
                        + " (known to the week)");
            }
        }

        /** Reads the point the walker stands on (lat/lon attributes, child texts) to its end. */
        private GpxPoint point(String item) throws ImportException, ItemProblem {
            GpxPoint p = new GpxPoint();
            String lat = xml.attribute("lat");
            String lon = xml.attribute("lon");
            int depth = xml.depth();
            while (xml.within(depth, item)) {
                if (xml.name().equals("extensions")) {
                    int extensions = xml.depth();
                    while (xml.within(extensions, item)) {
                        // the feature id a Paxmap export writes, so that points of one name and time stay apart
                        if (xml.name().equals(PAXMAP_ID) && xml.depth() == extensions + 1) {
                            p.text.put(PAXMAP_ID, xml.text().strip());
                        }
                    }
                } else if (xml.depth() == depth + 1) {
                    p.text.put(xml.name(), xml.text());
                }
            }
            if (lat == null || lon == null) {
                throw new ItemProblem("lat and lon attributes are required");
            }
            try {
                double x = Double.parseDouble(lon.trim());
                double y = Double.parseDouble(lat.trim());
                var problem = GeometryValidator.positionProblem(x, y);
                if (problem.isPresent()) {
                    throw new ItemProblem(problem.get());
                }
                p.at = new Coordinate(x, y);
            } catch (NumberFormatException ex) {
                throw new ItemProblem("lat '" + lat + "' / lon '" + lon + "' are not numbers");
            }
            return p;
        }

        private void waypoint() throws ImportException {
            int n = ++waypoints;
            String item = "waypoint " + n;
            try {
                GpxPoint p = point(item);
                String name = p.text.getOrDefault("name", "");
                String time = p.text.get("time");
                ForeignTime t;
                if (time == null || time.isBlank()) {
                    timeless++;
                    t = ForeignTime.importWeek(context.importTime());
                } else {
                    t = ForeignTime.parse(time);
                }
                String paxmapId = p.text.get(PAXMAP_ID);
                ForeignId id = paxmapId != null && paxmapId.matches("[0-9a-fA-F-]{36}")
                        ? ForeignId.of(ImportFormat.GPX, file, "wpt:paxmap:" + paxmapId)
                        : name.isBlank()
                                ? ForeignId.positional(ImportFormat.GPX, file, "wpt", n)
                                : ForeignId.of(
                                        ImportFormat.GPX, file, "wpt:" + name + (time == null ? "" : "@" + time));
                List<String> lines = new ArrayList<>();
                for (String key : new String[] {"desc", "cmt", "type", "sym", "src"}) {
                    String v = p.text.get(key);
                    if (v != null && !v.isBlank()) {
                        lines.add(key.equals("desc") ? v : key + ": " + v);
                    }
                }
                sink.feature(new ForeignFeature(
                        MappedFeatures.incident(
                                id,
                                context,
                                Wgs84.FACTORY.createPoint(p.at),
                                0,
                                t,
                                IncidentType.OTHER,
                                Severity.LOW,
                                name.isBlank() ? "GPX waypoint " + n : name,
                                String.join("\n", lines),
                                Casualties.NONE,
                                p.text.getOrDefault("src", "")),
                        id,
                        "GPX waypoint → incident, type 'Other' (GPX has no incident type)",
                        time == null || time.isBlank()));
            } catch (ItemProblem problem) {
                ItemProblems.handle(context, sink, file + ", " + item, "GPX waypoint", problem);
            }
        }

        private void route() throws ImportException {
            int n = ++routes;
            String item = "route " + n;
            List<GpxPoint> points = new ArrayList<>();
            String[] name = {""};
            try {
                children(item, "rtept", points, name);
                ForeignId id = name[0].isBlank()
                        ? ForeignId.positional(ImportFormat.GPX, file, "rte", n)
                        : ForeignId.of(ImportFormat.GPX, file, "rte:" + name[0]);
                line(id, points, name[0].isBlank() ? "GPX route " + n : name[0], "GPX route");
            } catch (ItemProblem problem) {
                ItemProblems.handle(context, sink, file + ", " + item, "GPX route", problem);
            }
        }

        private void track() throws ImportException {
            int n = ++tracks;
            String item = "track " + n;
            List<List<GpxPoint>> segments = new ArrayList<>();
            String name = "";
            try {
                int depth = xml.depth();
                while (xml.within(depth, item)) {
                    if (xml.name().equals("trkseg")) {
                        List<GpxPoint> seg = new ArrayList<>();
                        children(item, "trkpt", seg, null);
                        segments.add(seg);
                    } else if (xml.name().equals("name") && xml.depth() == depth + 1) {
                        name = xml.text();
                    } else {
                        xml.skip();
                    }
                }
                long empty = segments.stream().filter(List::isEmpty).count();
                for (int i = 0; i < empty; i++) {
                    sink.skip("GPX track segment with no points", "nothing to draw");
                }
                List<List<GpxPoint>> used =
                        segments.stream().filter(s -> !s.isEmpty()).toList();
                if (used.isEmpty()) {
                    sink.skip("GPX track with no points", "nothing to draw");
                    return;
                }
                String first = used.get(0).get(0).text.get("time");
                String key = name.isBlank() ? null : "trk:" + name + (first == null ? "" : "@" + first);
                for (int s = 0; s < used.size(); s++) {
                    String suffix = used.size() == 1 ? "" : "/seg" + (s + 1);
                    ForeignId id = key == null
                            ? ForeignId.positional(ImportFormat.GPX, file, "trk" + n + "seg", s + 1)
                            : ForeignId.of(ImportFormat.GPX, file, key + suffix);
                    String title = (name.isBlank() ? "GPX track " + n : name)
                            + (used.size() == 1 ? "" : " (segment " + (s + 1) + ")");
                    line(id, used.get(s), title, used.size() == 1 ? "GPX track" : "GPX track segment");
                }
            } catch (ItemProblem problem) {
                ItemProblems.handle(context, sink, file + ", " + item, "GPX track", problem);
            }
        }

        /** Reads the children named {@code pointName} of the current element; its {@code name} into name[0]. */
        private void children(String item, String pointName, List<GpxPoint> into, String[] name)
                throws ImportException, ItemProblem {
            int depth = xml.depth();
            while (xml.within(depth, item)) {
                if (xml.name().equals(pointName)) {
                    if (into.size() >= ContentLimits.MAX_POSITIONS) {
                        throw new ItemProblem("more than " + ContentLimits.MAX_POSITIONS + " points");
                    }
                    into.add(point(item + ", point " + (into.size() + 1)));
                } else if (name != null && xml.name().equals("name") && xml.depth() == depth + 1) {
                    name[0] = xml.text();
                } else {
                    xml.skip();
                }
            }
        }

        private void line(ForeignId id, List<GpxPoint> points, String title, String kind)
                throws ImportException, ItemProblem {
            if (points.size() < 2) {
                sink.skip(kind + " with fewer than two points", "not a line");
                return;
            }
            Coordinate[] cs = points.stream().map(p -> p.at).toArray(Coordinate[]::new);
            var problem = GeometryValidator.lineProblem(cs);
            if (problem.isPresent()) {
                throw new ItemProblem(problem.get());
            }
            String first = points.get(0).text.get("time");
            String last = points.get(points.size() - 1).text.get("time");
            ForeignTime start = first == null ? null : ForeignTime.parse(first);
            ForeignTime end = last == null ? null : ForeignTime.parse(last);
            sink.feature(new ForeignFeature(
                    MappedFeatures.route(
                            id,
                            context,
                            Wgs84.FACTORY.createLineString(cs),
                            title,
                            "",
                            start == null ? context.importTime() : start.instant(),
                            end == null ? null : end.instant()),
                    id,
                    kind + " → patrol route"
                            + (start == null ? " (no times: planned from the import time)" : ", times kept"),
                    start == null));
        }
    }
}
