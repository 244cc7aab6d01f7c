package org.paxmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;

/**
 * GPX 1.1 for GPS devices and GIS tools: incidents as waypoints ({@code wpt}, with time, name, type, and the fields
 * and description in {@code desc}), patrol routes as routes ({@code rte}, the planned start on the first point and
 * the planned end on the last). The release label is the first line of every {@code desc} and, for software that
 * reads them, a {@code paxmap:release_label} extension; {@code paxmap:feature_uuid} carries the feature id, which
 * Paxmap's GPX import takes as the waypoint's identity (names and times need not be unique). Zones have no place in GPX and are not written. Streams;
 * waypoints before routes as the schema orders them, which the pipeline's layer order gives.
 */
final class GpxWriter implements FeatureWriter {
    static final String NAMESPACE = "https://paxmap.org/xmlns/export/1";
    private final XmlDocument gpx;

    GpxWriter(OutputStream out, ExportHeader header) throws IOException {
        gpx = new XmlDocument(out);
        gpx.start("gpx")
                .attribute("version", "1.1")
                .attribute("creator", "Paxmap")
                .namespace("", "http://www.topografix.com/GPX/1/1")
                .namespace("paxmap", NAMESPACE);
        gpx.start("metadata").element("name", header.title());
        gpx.element("desc", "Exported from Paxmap" + (header.audience().isEmpty() ? "" : " for " + header.audience()));
        gpx.element("time", FeatureFields.iso(header.exportedAt())).end();
    }

    @Override
    public boolean write(Feature f) throws IOException {
        if (f instanceof Incident i) {
            Coordinate c = i.location().getCoordinate();
            point("wpt", c).element("time", FeatureFields.iso(i.occurredAt()));
            described(f, i.type().label());
            gpx.end();
            return true;
        }
        if (f instanceof PatrolRoute r) {
            gpx.start("rte");
            described(f, "patrol route");
            Coordinate[] cs = r.waypoints().getCoordinates();
            for (int k = 0; k < cs.length; k++) {
                point("rtept", cs[k]);
                if (k == 0 || k == cs.length - 1) {
                    gpx.element("time", FeatureFields.iso(k == 0 ? r.plannedStart() : r.plannedEnd()));
                }
                gpx.element("name", r.name() + " " + (k + 1)).end();
            }
            gpx.end();
            return true;
        }
        return false;
    }

    private XmlDocument point(String element, Coordinate c) throws IOException {
        return gpx.start(element).attribute("lat", Numbers.plain(c.y)).attribute("lon", Numbers.plain(c.x));
    }

    private void described(Feature f, String type) throws IOException {
        gpx.element("name", f.name());
        StringBuilder desc = new StringBuilder();
        Map<String, String> fields = FeatureFields.of(f);
        desc.append(FeatureFields.LABEL).append(": ").append(fields.remove(FeatureFields.LABEL));
        fields.forEach((k, v) -> desc.append('\n').append(k).append(": ").append(v));
        String text = FeatureFields.description(f);
        if (!text.isEmpty()) {
            desc.append("\n\n").append(text);
        }
        gpx.element("desc", desc.toString());
        gpx.element("type", type);
        gpx.start("extensions").element("paxmap:" + FeatureFields.LABEL, FeatureFields.label(f.label()));
        gpx.element("paxmap:feature_uuid", f.id().toString());
        gpx.end();
    }

    @Override
    public void finish() throws IOException {
        gpx.finish();
    }

    @Override
    public void close() {
        // the stream belongs to the caller
    }
}
