package org.paxmap.interop;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;

/**
 * KML 2.x (and the KML 2.0/2.1 namespaces; no namespace check): each Placemark with a Point becomes an incident,
 * with a LineString or gx:Track a patrol route, with Polygons a zone; a MultiGeometry of polygons one zone, any other
 * MultiGeometry one feature per part. Name, description, TimeStamp/TimeSpan, ExtendedData and SchemaData fields and
 * the folder path (as a tag) are kept. Overlays, network links and tours are skipped with the reason. Streamed with
 * {@link SecureXml}. Stateless.
 */
final class KmlReader extends StreamedReader {
    @Override
    public ImportFormat format() {
        return ImportFormat.KML;
    }

    /**
     * Reads one KML document from {@code in}.
     *
     * @param where the file (and entry) for messages
     * @param file the file name for foreign identities
     */
    @Override
    void read(InputStream in, String where, String file, ImportContext context, ImportSink sink)
            throws ImportException {
        try (XmlItems xml = new XmlItems(SecureXml.open(in), where)) {
            new Walk(xml, where, file, context, sink).run();
        } catch (XMLStreamException e) {
            throw new ImportException(where + ": not readable as XML (" + e.getMessage() + ")", e);
        }
    }

    private static final class Walk {
        private final XmlItems xml;
        private final String where;
        private final String file;
        private final ImportContext context;
        private final ImportSink sink;
        private final Deque<String> folders = new ArrayDeque<>();
        private final Deque<Integer> folderDepths = new ArrayDeque<>();
        private int placemarks;
        private int timeless;
        private boolean rootSeen;

        Walk(XmlItems xml, String where, String file, ImportContext context, ImportSink sink) {
            this.xml = xml;
            this.where = where;
            this.file = file;
            this.context = context;
            this.sink = sink;
        }

        void run() throws ImportException {
            for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
                if (e == XMLStreamConstants.END_ELEMENT) {
                    if (!folderDepths.isEmpty() && xml.depth() < folderDepths.peek()) {
                        folderDepths.pop();
                        folders.pop();
                    }
                    continue;
                }
                if (!rootSeen) {
                    rootSeen = true;
                }
                String element = xml.name();
                switch (element) {
                    case "Folder", "Document" -> {
                        folders.push("");
                        folderDepths.push(xml.depth());
                    }
                    case "name" -> {
                        String text = xml.text();
                        if (!folderDepths.isEmpty() && xml.depth() == folderDepths.peek()) {
                            folders.pop();
                            folders.push(text);
                        }
                    }
                    case "Placemark" -> placemark();
                    case "GroundOverlay" -> skip("KML GroundOverlay", "an image draped on the ground, not a feature");
                    case "ScreenOverlay" -> skip("KML ScreenOverlay", "an image fixed to the screen, not a place");
                    case "PhotoOverlay" -> skip("KML PhotoOverlay", "a photo, not a feature");
                    case "NetworkLink" ->
                        skip("KML NetworkLink", "a link to other KML; Paxmap is offline and does not follow it");
                    case "Tour" -> skip("KML gx:Tour", "a fly-through for Google Earth, not a feature");
                    case "Style",
                            "StyleMap",
                            "Schema",
                            "LookAt",
                            "Camera",
                            "Region",
                            "Snippet",
                            "description",
                            "atom:author",
                            "author",
                            "link" -> xml.skip();
                    default -> {
                        // kml, open, visibility and the like: walked through
                    }
                }
            }
            if (timeless > 0) {
                sink.warn(where + ": " + timeless + " placemark(s) have no TimeStamp or TimeSpan; incidents get"
                        + " the start of the import week (known to the week), routes and zones the import time");
            }
        }

        private void skip(String kind, String reason) throws ImportException {
            sink.skip(kind, reason);
            xml.skip();
        }

        private void placemark() throws ImportException {
            int n = ++placemarks;
            KmlPlacemark p = KmlPlacemark.read(xml);
            String item = "Placemark " + n + (p.name.isEmpty() ? "" : " (\"" + p.name + "\")");
            if (p.problem != null) {
                ItemProblems.handle(context, sink, where + ", " + item, "KML Placemark", p.problem);
                return;
            }
            p.notes.stream().distinct().forEach(note -> sink.warn(where + ", " + item + ": " + note));
            if (p.geometries.isEmpty() && p.stationaryTrack) {
                sink.skip("KML gx:Track that never moves", "all its positions are the same, so it is no route");
                return;
            }
            if (p.geometries.isEmpty()) {
                sink.skip("KML Placemark without a geometry", "nothing to place on the map");
                return;
            }
            ForeignId id = p.id != null && !p.id.isBlank()
                    ? ForeignId.of(ImportFormat.KML, file, p.id)
                    : ForeignId.positional(ImportFormat.KML, file, "placemark", n);
            try {
                boolean allPolygons = p.kinds.stream().allMatch("Polygon"::equals);
                if (p.geometries.size() == 1 || allPolygons) {
                    Geometry g = p.geometries.size() == 1
                            ? p.geometries.get(0)
                            : Wgs84.FACTORY.createMultiPolygon(p.geometries.stream()
                                    .map(Polygon.class::cast)
                                    .toArray(Polygon[]::new));
                    String kind = p.multi ? "a MultiGeometry of " + p.kinds.get(0) + "s" : "a " + p.kinds.get(0);
                    emit(p, id, g, "KML Placemark with " + kind, n);
                } else {
                    for (int i = 0; i < p.geometries.size(); i++) {
                        ForeignId part =
                                new ForeignId(id.format(), file, id.sourceId() + "/part" + (i + 1), id.ownId());
                        emit(p, part, p.geometries.get(i), "KML MultiGeometry part (a " + p.kinds.get(i) + ")", n);
                    }
                }
            } catch (ItemProblem problem) {
                ItemProblems.handle(context, sink, where + ", " + item, "KML Placemark", problem);
            }
        }

        private void emit(KmlPlacemark p, ForeignId id, Geometry g, String what, int n)
                throws ItemProblem, ImportException {
            Instant importTime = context.importTime();
            ForeignTime start = time(p.when != null ? p.when : p.begin);
            ForeignTime end = p.end == null ? null : ForeignTime.parse(p.end);
            if (start == null) {
                timeless++;
            }
            Feature f;
            String mapping;
            if (g instanceof Point point) {
                IncidentType type = KmlFields.type(p.fields);
                f = MappedFeatures.incident(
                        id,
                        context,
                        point,
                        0,
                        start != null ? start : ForeignTime.importWeek(importTime),
                        type,
                        Severity.LOW,
                        p.name.isEmpty() ? "KML placemark " + n : p.name,
                        description(p),
                        Casualties.NONE,
                        "");
                mapping = what + " → incident, type '" + type.label() + "'"
                        + (KmlFields.typeField(p.fields) == null ? " (no type in the file)" : "");
            } else if (g instanceof LineString line) {
                f = MappedFeatures.route(
                        id,
                        context,
                        line,
                        p.name.isEmpty() ? "KML line " + n : p.name,
                        "",
                        start != null ? start.instant() : importTime,
                        end == null ? null : end.instant());
                mapping = what + " → patrol route (planned)";
            } else {
                f = MappedFeatures.zone(
                        id,
                        context,
                        g,
                        new ZoneShape.Drawn(),
                        p.name.isEmpty() ? "KML area " + n : p.name,
                        ThreatLevel.MODERATE,
                        ZoneCategory.OTHER,
                        start != null ? start.instant() : importTime,
                        end == null ? null : end.instant());
                mapping = what + " → zone, threat level moderate, category other (none in the file)";
            }
            sink.feature(new ForeignFeature(f, id, mapping, start == null));
        }

        private static ForeignTime time(String text) throws ItemProblem {
            return text == null || text.isBlank() ? null : ForeignTime.parse(text);
        }

        /** The description, the folder path as a tag, and the fields as {@code name: value} lines. */
        private String description(KmlPlacemark p) {
            List<String> lines = new ArrayList<>();
            if (!p.description.isEmpty()) {
                lines.add(p.description);
            }
            String path = folderPath();
            if (!path.isEmpty()) {
                lines.add("Folder: " + path);
            }
            for (Map.Entry<String, String> field : p.fields.entrySet()) {
                lines.add(field.getKey() + ": " + field.getValue());
            }
            return String.join("\n", lines);
        }

        /** Outermost to innermost named folder, the last five if deeper. */
        private String folderPath() {
            List<String> names = new ArrayList<>();
            folders.descendingIterator().forEachRemaining(f -> {
                if (!f.isBlank()) {
                    names.add(MappedFeatures.name(f));
                }
            });
            if (names.size() > 5) {
                return "… / " + String.join(" / ", names.subList(names.size() - 5, names.size()));
            }
            return String.join(" / ", names);
        }
    }
}
