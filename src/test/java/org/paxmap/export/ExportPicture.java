package org.paxmap.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.brief.Briefings;
import org.paxmap.geo.Wgs84;
import org.paxmap.geo.ZoneShapes;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;
import org.paxmap.model.ZoneCategory;
import org.paxmap.model.ZoneShape;
import org.paxmap.store.PictureStore;

/**
 * The picture the export tests write out: two incidents (one {@code REL TO NATO}, one {@code REL TO FRA, DEU} titled
 * {@value #SECRET_TITLE}), a patrol route, a circle zone and a drawn zone, all created by the picture's own node; and
 * how to read an export's bytes as text (ZIP entries inflated) to search it.
 */
final class ExportPicture {
    static final String NODE = "FRA-HQ";
    static final String SECRET_TITLE = "Convoy FRADEU-only 7731";
    static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    static final ReleaseLabel NATO = new ReleaseLabel("NATO", "NATO UNCLASSIFIED", List.of("NATO"), List.of(), "FRA");
    static final ReleaseLabel FRA_DEU =
            new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "DEU"), List.of(), "FRA");
    /** The names of the features every audience may see. */
    static final List<String> RELEASABLE =
            List.of("IED near checkpoint 7", "BLUE 3 morning patrol", "Minefield M-12", "Checkpoint area K");

    private ExportPicture() {}

    /** Creates the picture at {@code file}. */
    static void create(Path file) throws Exception {
        try (PictureStore store = PictureStore.create(file, NODE)) {
            store.saveAll(features());
        }
    }

    static List<Feature> features() {
        SyncMeta sync = SyncMeta.newLocal(NODE, "analyst", T0);
        Incident ied = new Incident(
                UUID.randomUUID(),
                Wgs84.point(35.2, 33.1),
                25,
                T0,
                TimePrecision.EXACT,
                IncidentType.IED_UXO_FIND,
                Severity.HIGH,
                RELEASABLE.get(0),
                "Command wire <found> & reported\u0007 by patrol",
                Casualties.exactly(2),
                "Patrol report",
                AdmiraltyGrade.parse("B2"),
                NATO,
                sync);
        Incident secret = new Incident(
                UUID.randomUUID(),
                Wgs84.point(35.4, 33.3),
                3000,
                T0.plusSeconds(3600),
                TimePrecision.DAY,
                IncidentType.ARMED_CLASH,
                Severity.CRITICAL,
                SECRET_TITLE,
                "Not for Italian eyes",
                Casualties.NONE,
                "HUMINT",
                AdmiraltyGrade.parse("C3"),
                FRA_DEU,
                sync);
        PatrolRoute route = new PatrolRoute(
                UUID.randomUUID(),
                RELEASABLE.get(1),
                "ITA-BN-2",
                Wgs84.FACTORY.createLineString(new Coordinate[] {
                    new Coordinate(35.40, 33.20), new Coordinate(35.45, 33.25), new Coordinate(35.50, 33.22)
                }),
                T0,
                T0.plusSeconds(6 * 3600),
                RouteStatus.PLANNED,
                NATO,
                sync);
        Coordinate centre = new Coordinate(35.325, 33.125);
        ThreatZone circle = new ThreatZone(
                UUID.randomUUID(),
                RELEASABLE.get(2),
                ThreatZone.asMultiPolygon(ZoneShapes.circle(centre, 2500)),
                new ZoneShape.Circle(Wgs84.FACTORY.createPoint(centre), 2500),
                ThreatLevel.CRITICAL,
                ZoneCategory.MINEFIELD,
                T0,
                T0.plusSeconds(30 * 86400),
                NATO,
                sync);
        ThreatZone square = new ThreatZone(
                UUID.randomUUID(),
                RELEASABLE.get(3),
                ThreatZone.asMultiPolygon(Wgs84.FACTORY.createPolygon(new Coordinate[] {
                    new Coordinate(35.30, 33.10),
                    new Coordinate(35.35, 33.10),
                    new Coordinate(35.35, 33.15),
                    new Coordinate(35.30, 33.15),
                    new Coordinate(35.30, 33.10)
                })),
                new ZoneShape.Drawn(),
                ThreatLevel.LOW,
                ZoneCategory.CHECKPOINT_AREA,
                T0,
                null,
                NATO,
                sync);
        return List.of(ied, secret, route, circle, square);
    }

    /** The release filter for {@code audience} ({@code null}: no audience), as the command line makes it. */
    static AudienceFilter filter(PictureStore store, String audience) throws Exception {
        return new Briefings(store).filter(audience);
    }

    /** The export's content as text: a ZIP's entries inflated and joined, anything else its bytes as Latin-1. */
    static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            StringBuilder sb = new StringBuilder();
            try (InputStream in = Files.newInputStream(file);
                    ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    sb.append("=== ").append(e.getName()).append('\n');
                    sb.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                            .append('\n');
                }
            }
            return sb.toString();
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
