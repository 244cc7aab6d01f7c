package org.paxmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.model.Feature;
import org.paxmap.model.IncidentType;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.RouteStatus;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.VersionVector;
import org.paxmap.model.ZoneCategory;

/** Valid drafts in south Lebanon, and a comparison of feature content that ignores sync metadata. */
final class EditFixtures {
    static final ReleaseLabel LABEL =
            new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("DEU", "FRA"), List.of(), "FRA");
    static final SyncMeta SYNC = new SyncMeta("test-node", VersionVector.EMPTY, "", Instant.EPOCH, "", false);

    private EditFixtures() {}

    static IncidentDraft incident() {
        return IncidentDraft.create()
                .positionText("33.2712, 35.2033")
                .type(IncidentType.IED_UXO_FIND)
                .timeText("241530ZNOV26")
                .severity(Severity.HIGH)
                .title("IED found at culvert")
                .description("Patrol found a device")
                .casualties(0, 1, 2)
                .source("Patrol report")
                .reliability('B')
                .credibility(2)
                .label(LABEL);
    }

    static RouteDraft route() {
        return RouteDraft.create()
                .waypoints(List.of(
                        new Coordinate(35.40, 33.20), new Coordinate(35.45, 33.25), new Coordinate(35.50, 33.22)))
                .name("BLUE 3")
                .unit("ITA-BN-2")
                .plannedStartText("241200ZNOV26")
                .plannedEndText("241800ZNOV26")
                .status(RouteStatus.PLANNED)
                .label(LABEL);
    }

    static List<Coordinate> square() {
        return List.of(
                new Coordinate(35.30, 33.10),
                new Coordinate(35.40, 33.10),
                new Coordinate(35.40, 33.20),
                new Coordinate(35.30, 33.20));
    }

    static ZoneDraft zone() {
        return ZoneDraft.create()
                .polygon(square())
                .name("Minefield K")
                .level(ThreatLevel.HIGH)
                .category(ZoneCategory.MINEFIELD)
                .validFromText("010000ZNOV26")
                .label(LABEL);
    }

    /** Asserts that two features have the same id, geometry and properties (their sync metadata aside). */
    static void assertSameContent(Feature expected, Feature actual) {
        assertEquals(expected.withSync(SYNC), actual.withSync(SYNC));
    }
}
