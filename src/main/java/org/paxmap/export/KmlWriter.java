package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * KML 2.2 for Google Earth and GIS tools: one {@code Document} with the {@link KmlStyles}, one {@code Folder} per
 * layer, one {@code Placemark} per feature with its name, description, style, time ({@code TimeStamp} for an incident,
 * {@code TimeSpan} for a route's planned period or a zone's validity, so Google Earth's time slider works), the
 * {@link FeatureFields} as {@code ExtendedData} (the release label among them) and its geometry. Streams.
 */
final class KmlWriter implements FeatureWriter {
    private final XmlDocument kml;
    private Layer folder;

    KmlWriter(OutputStream out, ExportHeader header) throws IOException {
        kml = new XmlDocument(out);
        kml.start("kml").namespace("", "http://www.opengis.net/kml/2.2");
        kml.start("Document").element("name", header.title());
        kml.element(
                "description",
                "Exported from Paxmap " + FeatureFields.iso(header.exportedAt())
                        + (header.audience().isEmpty() ? "" : " for " + header.audience()));
        KmlStyles.write(kml);
    }

    @Override
    public boolean write(Feature f) throws IOException {
        if (folder != f.layer()) {
            if (folder != null) {
                kml.end();
            }
            folder = f.layer();
            kml.start("Folder").element("name", folderName(folder));
        }
        kml.start("Placemark").attribute("id", "paxmap-" + f.id());
        kml.element("name", f.name());
        String description = FeatureFields.description(f);
        if (!description.isEmpty()) {
            kml.element("description", description);
        }
        time(FeatureFields.start(f), FeatureFields.end(f), f.layer() == Layer.INCIDENTS);
        kml.element("styleUrl", KmlStyles.url(f));
        kml.start("ExtendedData");
        for (Map.Entry<String, String> e : FeatureFields.of(f).entrySet()) {
            kml.start("Data")
                    .attribute("name", e.getKey())
                    .element("value", e.getValue())
                    .end();
        }
        kml.end();
        geometry(f);
        kml.end();
        return true;
    }

    private void time(Instant start, Instant end, boolean stamp) throws IOException {
        if (stamp) {
            kml.start("TimeStamp").element("when", FeatureFields.iso(start)).end();
            return;
        }
        kml.start("TimeSpan").element("begin", FeatureFields.iso(start));
        if (end != null) {
            kml.element("end", FeatureFields.iso(end));
        }
        kml.end();
    }

    private void geometry(Feature f) throws IOException {
        Geometry g = f.geometry();
        if (g instanceof Point p) {
            kml.start("Point")
                    .element("coordinates", Numbers.lonLat(p.getCoordinate()))
                    .end();
        } else if (g instanceof LineString l) {
            kml.start("LineString")
                    .element("tessellate", "1")
                    .element("coordinates", Numbers.lonLats(l.getCoordinates()))
                    .end();
        } else if (g instanceof MultiPolygon m) {
            boolean multi = m.getNumGeometries() > 1;
            if (multi) {
                kml.start("MultiGeometry");
            }
            for (int i = 0; i < m.getNumGeometries(); i++) {
                polygon((Polygon) m.getGeometryN(i));
            }
            if (multi) {
                kml.end();
            }
        } else {
            throw new IOException(
                    "feature " + f.id() + " has a " + g.getGeometryType() + ", which its layer does not hold");
        }
    }

    private void polygon(Polygon p) throws IOException {
        kml.start("Polygon");
        kml.start("outerBoundaryIs").start("LinearRing");
        kml.element("coordinates", Numbers.lonLats(p.getExteriorRing().getCoordinates()));
        kml.end().end();
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            kml.start("innerBoundaryIs").start("LinearRing");
            kml.element("coordinates", Numbers.lonLats(p.getInteriorRingN(i).getCoordinates()));
            kml.end().end();
        }
        kml.end();
    }

    static String folderName(Layer layer) {
        return switch (layer) {
            case INCIDENTS -> "Incidents";
            case ROUTES -> "Patrol routes";
            case ZONES -> "Threat zones";
        };
    }

    @Override
    public void finish() throws IOException {
        kml.finish();
    }

    @Override
    public void close() {
        // the stream belongs to the caller
    }
}
