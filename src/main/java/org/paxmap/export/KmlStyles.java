package org.paxmap.export;

import java.io.IOException;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;

/**
 * The shared KML styles: incidents coloured by severity, zones by threat level (outline and a translucent fill),
 * routes one style. Colours are KML's {@code aabbggrr}: green, yellow, orange, red from low to critical. Stateless.
 */
final class KmlStyles {
    /** {@code aabbggrr} for low, moderate, high, critical. */
    private static final String[] COLOURS = {"ff32b432", "ff00d7ff", "ff008cff", "ff0000e6"};

    private KmlStyles() {}

    /** Writes every style into the open {@code Document}. */
    static void write(XmlDocument kml) throws IOException {
        for (Severity s : Severity.values()) {
            kml.start("Style").attribute("id", "incident-" + s.code());
            kml.start("IconStyle").element("color", COLOURS[s.ordinal()]);
            kml.element("scale", Double.toString(0.9 + 0.2 * s.ordinal())).end();
            kml.start("LabelStyle").element("scale", "0.8").end();
            kml.end();
        }
        for (ThreatLevel t : ThreatLevel.values()) {
            String colour = COLOURS[t.ordinal()];
            kml.start("Style").attribute("id", "zone-" + t.code());
            kml.start("LineStyle")
                    .element("color", colour)
                    .element("width", "2")
                    .end();
            kml.start("PolyStyle").element("color", "55" + colour.substring(2)).end();
            kml.end();
        }
        kml.start("Style").attribute("id", "route");
        kml.start("LineStyle")
                .element("color", "ffff901e")
                .element("width", "3")
                .end();
        kml.end();
    }

    /** The style URL of {@code feature}. */
    static String url(Feature feature) {
        if (feature instanceof Incident i) {
            return "#incident-" + i.severity().code();
        }
        return feature instanceof ThreatZone z ? "#zone-" + z.threatLevel().code() : "#route";
    }
}
