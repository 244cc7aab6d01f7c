package org.paxmap.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.paxmap.geo.GeometryValidator;
import org.paxmap.geo.Wgs84;

/**
 * One KML {@code <Placemark>} as read: id, name, description, times, ExtendedData ({@code Data/value} and {@code
 * SchemaData/SimpleData}) as fields, and its geometries — Point, LineString, Polygon (outer and inner rings), the
 * parts of a MultiGeometry, and gx:Track positions as a line. Read from its start element to its end element.
 * Not thread-safe.
 */
final class KmlPlacemark {
    String id;
    String name = "";
    String description = "";
    String when;
    String begin;
    String end;
    final Map<String, String> fields = new LinkedHashMap<>();
    /** The geometries with the KML element each came from ("Point", "LineString", "Polygon", "gx:Track"). */
    final List<Geometry> geometries = new ArrayList<>();

    final List<String> kinds = new ArrayList<>();
    boolean multi;
    final List<String> notes = new ArrayList<>();
    /** Why a geometry could not be read, or {@code null}. */
    ItemProblem problem;
    /** Whether a gx:Track never moved (all its positions equal), which is no route. */
    boolean stationaryTrack;

    /** Reads the placemark the walker stands on (its start element) to its end element. */
    static KmlPlacemark read(XmlItems xml) throws ImportException {
        KmlPlacemark p = new KmlPlacemark();
        p.id = xml.attribute("id");
        int depth = xml.depth();
        List<Coordinate[]> rings = new ArrayList<>();
        List<String> trackWhen = new ArrayList<>();
        List<Coordinate> track = new ArrayList<>();
        String dataName = null;
        while (true) {
            int e = xml.next();
            if (e == XMLStreamConstants.END_DOCUMENT) {
                throw xml.refuse("the file ends inside a Placemark");
            }
            if (e == XMLStreamConstants.END_ELEMENT) {
                if (xml.depth() < depth) {
                    return p;
                }
                String ended = xml.name();
                if (ended.equals("Polygon")) {
                    p.polygon(rings);
                    rings.clear();
                } else if (ended.equals("Track")) {
                    p.track(track, trackWhen);
                    track.clear();
                    trackWhen.clear();
                }
                continue;
            }
            String element = xml.name();
            String parent = xml.parent();
            switch (element) {
                case "name" -> {
                    if (xml.depth() == depth + 1) {
                        p.name = xml.text();
                    } else {
                        xml.skip();
                    }
                }
                case "description" -> {
                    if (xml.depth() == depth + 1) {
                        p.description = xml.text();
                    } else {
                        xml.skip();
                    }
                }
                case "when" -> {
                    String t = xml.text();
                    if (parent.equals("Track")) {
                        trackWhen.add(t);
                    } else if (parent.equals("TimeStamp")) {
                        p.when = t;
                    }
                }
                case "begin" -> p.begin = xml.text();
                case "end" -> p.end = xml.text();
                case "Data" -> dataName = xml.attribute("name");
                case "value" -> {
                    String v = xml.text();
                    if (parent.equals("Data") && dataName != null) {
                        p.fields.put(dataName, v);
                    }
                }
                case "SimpleData" -> {
                    String n = xml.attribute("name");
                    String v = xml.text();
                    if (n != null) {
                        p.fields.put(n, v);
                    }
                }
                case "MultiGeometry", "MultiTrack" -> p.multi = true;
                case "coordinates" -> p.coordinates(xml.text(), parent, rings);
                case "coord" -> p.trackCoord(xml.text(), track);
                case "Style", "StyleMap", "Region", "LookAt", "Camera", "Snippet", "Model", "ExtendedData_" ->
                    xml.skip();
                default -> {
                    // containers (Point, Polygon, ExtendedData, TimeSpan...) are walked into
                }
            }
        }
    }

    private void coordinates(String text, String parent, List<Coordinate[]> rings) {
        if (problem != null) {
            return;
        }
        try {
            Coordinate[] cs = KmlCoordinates.parse(text, notes);
            switch (parent) {
                case "Point" -> {
                    if (cs.length != 1) {
                        throw new ItemProblem("a Point has " + cs.length + " positions, not 1");
                    }
                    add("Point", Wgs84.FACTORY.createPoint(cs[0]));
                }
                case "LineString" -> {
                    var lp = GeometryValidator.lineProblem(cs);
                    if (lp.isPresent()) {
                        throw new ItemProblem("LineString: " + lp.get());
                    }
                    add("LineString", Wgs84.FACTORY.createLineString(cs));
                }
                case "LinearRing" -> rings.add(cs);
                default -> throw new ItemProblem("<coordinates> inside <" + parent + "> is not a KML geometry");
            }
        } catch (ItemProblem e) {
            problem = e;
        }
    }

    private void polygon(List<Coordinate[]> rings) {
        if (problem != null) {
            return;
        }
        if (rings.isEmpty()) {
            problem = new ItemProblem("a Polygon without an outer boundary");
            return;
        }
        LinearRing[] rs = new LinearRing[rings.size()];
        for (int i = 0; i < rs.length; i++) {
            var rp = GeometryValidator.ringProblem(rings.get(i));
            if (rp.isPresent()) {
                problem = new ItemProblem("Polygon ring " + (i + 1) + ": " + rp.get());
                return;
            }
            rs[i] = Wgs84.FACTORY.createLinearRing(rings.get(i));
        }
        add("Polygon", Wgs84.FACTORY.createPolygon(rs[0], java.util.Arrays.copyOfRange(rs, 1, rs.length)));
    }

    private void trackCoord(String text, List<Coordinate> track) {
        if (problem != null) {
            return;
        }
        String[] parts = text.trim().split("\\s+", -1);
        try {
            if (parts.length < 2) {
                throw new ItemProblem("gx:coord '" + text + "' is not 'lon lat [alt]'");
            }
            Coordinate[] cs = KmlCoordinates.parse(parts[0] + "," + parts[1], notes);
            track.add(cs[0]);
        } catch (ItemProblem e) {
            problem = e;
        }
    }

    private void track(List<Coordinate> track, List<String> trackWhen) {
        if (problem != null || track.isEmpty()) {
            return;
        }
        if (GeometryValidator.lineProblem(track.toArray(Coordinate[]::new)).isPresent()) {
            stationaryTrack = true;
            return;
        }
        add("gx:Track", Wgs84.FACTORY.createLineString(track.toArray(Coordinate[]::new)));
        if (!trackWhen.isEmpty() && begin == null) {
            begin = trackWhen.get(0);
            end = trackWhen.get(trackWhen.size() - 1);
        }
    }

    private void add(String kind, Geometry g) {
        kinds.add(kind);
        geometries.add(g);
    }
}
