package org.paxmap.brief.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.model.DateTimeGroup;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.TimePrecision;
import org.paxmap.render.SlideLayout;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.PlotFeatures;

/**
 * The margin's "as of" time and a "last N days" window count from the newest incident the audience may see, so a
 * briefing never gives away when a withheld incident happened.
 */
class AsOfTest {
    private static final Instant OPEN_TIME = Instant.parse("2026-09-10T06:00:00Z");
    private static final Instant SECRET_TIME = Instant.parse("2026-09-18T22:30:00Z");
    private static final ReleaseLabel SECRET =
            new ReleaseLabel("NATO", "NATO SECRET", List.of("FRA", "DEU"), List.of(), "FRA");

    @TempDir
    Path dir;

    @Test
    void the_as_of_time_is_the_newest_the_audience_may_see() throws Exception {
        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), "FRA-HQ")) {
            store.saveAll(
                    List.of(at("open", OPEN_TIME, ReleaseLabel.exercise("FRA")), at("secret", SECRET_TIME, SECRET)));
            Slide slide =
                    Slide.of("Week", new SlideView(35.0, 33.0, 35.4, 33.2, 11)).withTime(TimeWindow.lastDays(2));

            PreparedSlide italy = prepared(store, slide, "ITA");
            assertEquals(
                    "AS OF " + DateTimeGroup.format(OPEN_TIME),
                    italy.compose().frame().asOf());
            assertEquals(Instant.parse("2026-09-11T00:00:00Z"), italy.window().to(), "ITA's window ends after 10 Sep");
            assertEquals(Instant.parse("2026-09-09T00:00:00Z"), italy.window().from());

            PreparedSlide france = prepared(store, slide, "FRA");
            assertEquals(
                    "AS OF " + DateTimeGroup.format(SECRET_TIME),
                    france.compose().frame().asOf());
            assertEquals(Instant.parse("2026-09-19T00:00:00Z"), france.window().to(), "FRA sees the secret's day");

            PreparedSlide local = prepared(store, slide, null);
            assertEquals(
                    "AS OF " + DateTimeGroup.format(SECRET_TIME),
                    local.compose().frame().asOf());
        }
    }

    private static PreparedSlide prepared(PictureStore store, Slide slide, String audience) throws Exception {
        SlideComposer composer = SlideComposer.forAudience(
                store,
                audience,
                "test",
                new BaseMaps(Path.of("maps").toAbsolutePath()),
                SECRET_TIME.plus(Duration.ofDays(1)));
        return composer.prepare(slide, new SlideLayout(800, 600), "", "the test slide");
    }

    private static Incident at(String title, Instant when, ReleaseLabel label) {
        return PlotFeatures.incidentAt("FRA-HQ", title, label, when, TimePrecision.EXACT);
    }
}
