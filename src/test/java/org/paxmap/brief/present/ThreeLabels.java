package org.paxmap.brief.present;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.geo.Wgs84;
import org.paxmap.interop.GeoJsonImport;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.ZoneCategory;
import org.paxmap.render.MapViewState;
import org.paxmap.render.SlideLayout;
import org.paxmap.store.PictureStore;

/**
 * The acceptance picture near 35.3 E 33.2 N in south Lebanon: for each of three labels — {@code NATO SECRET
 * // REL TO FRA, DEU}, exercise {@code UNCLASSIFIED // REL TO ALL} and the unmarked label of a plain GeoJSON import —
 * one incident (a row 0.03° apart, so a few hundred pixels apart on the slide) and one named zone below it (named
 * large enough for the map to draw the name), each label with its own severity and threat level so the legend tells
 * them apart. All at one time, so the "as of" cannot tell what was withheld.
 */
final class ThreeLabels {
    static final String NODE = "FRA-HQ";
    static final Instant T0 = Instant.parse("2026-09-20T08:00:00Z");
    static final Instant PRODUCED = Instant.parse("2026-09-21T06:00:00Z");
    static final ReleaseLabel SECRET = new ReleaseLabel("NATO", "NATO SECRET", List.of("FRA", "DEU"), List.of(), "FRA");
    static final ReleaseLabel EXERCISE = ReleaseLabel.exercise("FRA");
    static final ReleaseLabel UNMARKED = GeoJsonImport.unmarkedLabel(NODE);

    /** The slide's box. */
    static final Envelope BOX = new Envelope(35.25, 35.35, 33.17, 33.23);

    /** The incidents' positions, lon/lat: secret, exercise, unmarked. */
    static final double[][] INCIDENTS = {{35.27, 33.21}, {35.30, 33.21}, {35.33, 33.21}};

    /** The zones' names, drawn on the map: secret, exercise, unmarked. */
    static final String SECRET_ZONE = "Cache Falcon";

    static final String EXERCISE_ZONE = "Checkpoint Olive";
    static final String UNMARKED_ZONE = "Sighting Cedar";

    /** The maps folder of the checkout, with the bundled base map. */
    static final Path MAPS = Path.of("maps").toAbsolutePath();

    private ThreeLabels() {}

    /** Which of the three to put in a picture. */
    enum Which {
        ALL,
        RELEASABLE_TO_ITA,
        NONE
    }

    static List<Feature> features(Which which) {
        List<Feature> out = new ArrayList<>();
        if (which == Which.NONE) {
            return out;
        }
        if (which == Which.ALL) {
            out.add(incident(0, IncidentType.ARMED_CLASH, Severity.CRITICAL, "Secret cache", SECRET));
            out.add(zone(0, SECRET_ZONE, ThreatLevel.CRITICAL, SECRET));
        }
        out.add(incident(1, IncidentType.CHECKPOINT_INCIDENT, Severity.HIGH, "Exercise checkpoint", EXERCISE));
        out.add(zone(1, EXERCISE_ZONE, ThreatLevel.MODERATE, EXERCISE));
        if (which == Which.ALL) {
            out.add(incident(2, IncidentType.PEACEFUL_PROTEST, Severity.LOW, "Imported sighting", UNMARKED));
            out.add(zone(2, UNMARKED_ZONE, ThreatLevel.LOW, UNMARKED));
        }
        return out;
    }

    /** A new picture at {@code file} holding {@code which}. */
    static PictureStore picture(Path file, Which which) throws Exception {
        PictureStore store = PictureStore.create(file, NODE);
        store.saveAll(features(which));
        return store;
    }

    /** The one slide every briefing here has. */
    static Slide slide() {
        return Slide.of(
                "Sector West 0600Z", new SlideView(BOX.getMinX(), BOX.getMinY(), BOX.getMaxX(), BOX.getMaxY(), 13));
    }

    /** A briefing named {@code name} of the one slide for {@code audience} ({@code null}: local use). */
    static Briefing briefing(PictureStore store, String name, String audience) throws Exception {
        Briefings briefings = new Briefings(store);
        Briefing b = briefings.create(name, audience, "Capt. Moreau", "1 BDE");
        briefings.addSlide(b.id(), 0, slide());
        return briefings.load(b.id());
    }

    /** Where the slide draws a lon/lat point on a page laid out as {@code layout}, in layout units. */
    static double[] onPage(SlideLayout layout, double lon, double lat) {
        SlideView v = slide().view();
        MapViewState view = layout.mapView(
                new Envelope(v.west(), v.east(), v.south(), v.north()), Math.min(MapViewState.MAX_ZOOM, v.zoom() + 2));
        return new double[] {
            layout.map().getX() + view.screenX(lon), layout.map().getY() + view.screenY(lat)
        };
    }

    private static Incident incident(int i, IncidentType type, Severity severity, String title, ReleaseLabel label) {
        return new Incident(
                UUID.nameUUIDFromBytes(("incident " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Wgs84.point(INCIDENTS[i][0], INCIDENTS[i][1]),
                25,
                T0,
                TimePrecision.EXACT,
                type,
                severity,
                title,
                "Reported by patrol",
                Casualties.NONE,
                "Patrol report",
                AdmiraltyGrade.parse("B2"),
                label,
                SyncMeta.newLocal(NODE, "analyst", T0));
    }

    private static ThreatZone zone(int i, String name, ThreatLevel level, ReleaseLabel label) {
        double west = INCIDENTS[i][0] - 0.012;
        double east = INCIDENTS[i][0] + 0.012;
        double south = 33.18;
        double north = 33.195;
        return new ThreatZone(
                UUID.nameUUIDFromBytes(("zone " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                name,
                ThreatZone.asMultiPolygon(Wgs84.FACTORY.createPolygon(new Coordinate[] {
                    new Coordinate(west, south),
                    new Coordinate(east, south),
                    new Coordinate(east, north),
                    new Coordinate(west, north),
                    new Coordinate(west, south)
                })),
                null,
                level,
                ZoneCategory.HOSTILE_ACTIVITY,
                T0,
                null,
                label,
                SyncMeta.newLocal(NODE, "analyst", T0));
    }
}
