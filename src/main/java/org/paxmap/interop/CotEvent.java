package org.paxmap.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * One Cursor-on-Target {@code <event>} as read (MITRE CoT 2.0 event and point schemas, with the ATAK detail elements
 * the mapping uses): attributes, point, and from the detail the callsign, remarks, links with points, an ellipse and
 * whether it is a geofence. Other detail elements are passed over. Not thread-safe.
 */
final class CotEvent {
    String uid;
    String type = "";
    String how;
    String time;
    String start;
    String stale;
    String access;
    String opex;
    String lat;
    String lon;
    String ce;
    String callsign;
    String remarks;
    /** The {@code point} attributes ("lat,lon[,hae]") of the links that carry one, in order. */
    final List<String> linkPoints = new ArrayList<>();
    /** Callsigns of those links (empty when none), parallel to {@link #linkPoints}. */
    final List<String> linkNames = new ArrayList<>();

    String ellipseMajor;
    String ellipseMinor;
    boolean geofence;
    boolean closed;
    String iconPath;

    /** Reads the event the walker stands on (its start element) to its end element. */
    static CotEvent read(XmlItems xml) throws ImportException {
        CotEvent e = new CotEvent();
        e.uid = xml.attribute("uid");
        String type = xml.attribute("type");
        e.type = type == null ? "" : type.trim();
        e.how = xml.attribute("how");
        e.time = xml.attribute("time");
        e.start = xml.attribute("start");
        e.stale = xml.attribute("stale");
        e.access = xml.attribute("access");
        e.opex = xml.attribute("opex");
        int depth = xml.depth();
        while (xml.within(depth, "the event")) {
            switch (xml.name()) {
                case "point" -> {
                    if (xml.depth() == depth + 1) {
                        e.lat = xml.attribute("lat");
                        e.lon = xml.attribute("lon");
                        e.ce = xml.attribute("ce");
                    }
                }
                case "contact" -> {
                    String c = xml.attribute("callsign");
                    if (c != null && e.callsign == null) {
                        e.callsign = c;
                    }
                }
                case "remarks" -> e.remarks = xml.text();
                case "link" -> {
                    String point = xml.attribute("point");
                    if (point != null) {
                        e.linkPoints.add(point);
                        String name = xml.attribute("callsign");
                        e.linkNames.add(name == null ? "" : name);
                    }
                    xml.skip(); // a link may embed a KML Style
                }
                case "ellipse" -> {
                    e.ellipseMajor = xml.attribute("major");
                    e.ellipseMinor = xml.attribute("minor");
                }
                case "__geofence" -> e.geofence = true;
                case "usericon" -> e.iconPath = xml.attribute("iconsetpath");
                case "closed" -> e.closed = "true".equalsIgnoreCase(xml.attribute("value"));
                case "__chat", "__routeinfo", "marti", "Style" -> xml.skip();
                default -> {
                    // detail, shape and ATAK's other detail elements
                }
            }
        }
        return e;
    }
}
