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
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.TimePrecision;
import org.paxmap.render.SlideLayout;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.PlotFeatures;

/**
 * A slide played through time shows each incident over the time it may have happened: an exact one at its instant,
 * one known to the day over that day, one known to the week over that week — never at a false point.
 */
class PlaybackTimesTest {
    private static final Instant MONDAY = Instant.parse("2026-09-07T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void uncertain_dates_are_on_the_map_over_their_whole_day_or_week() throws Exception {
        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), "FRA-HQ")) {
            store.saveAll(List.of(
                    at("exact", MONDAY.plus(Duration.ofHours(10)), TimePrecision.EXACT),
                    at("that day", MONDAY.plus(Duration.ofHours(14)), TimePrecision.DAY),
                    at("that week", MONDAY.plus(Duration.ofHours(9)), TimePrecision.WEEK)));
            Slide slide = Slide.of("Time", new SlideView(35.0, 33.0, 35.4, 33.2, 11));
            try (SlideComposer composer = SlideComposer.forAudience(
                    store, null, "test", new BaseMaps(Path.of("maps").toAbsolutePath()), MONDAY)) {
                PreparedSlide prepared = composer.prepare(slide, new SlideLayout(800, 600), "", "the test slide");
                assertEquals(
                        3,
                        shown(prepared, MONDAY.plus(Duration.ofHours(9)), MONDAY.plus(Duration.ofHours(11))),
                        "at 10:00 on Monday: the exact one, and the day's and the week's");
                assertEquals(
                        2,
                        shown(prepared, MONDAY, MONDAY.plus(Duration.ofHours(1))),
                        "just after midnight: the day's and the week's, not the exact one");
                assertEquals(
                        1,
                        shown(prepared, MONDAY.plus(Duration.ofDays(3)), MONDAY.plus(Duration.ofDays(4))),
                        "on Thursday: only the week's");
                assertEquals(
                        0,
                        shown(prepared, MONDAY.plus(Duration.ofDays(7)), MONDAY.plus(Duration.ofDays(8))),
                        "the next Monday: none");
                assertEquals(
                        0,
                        shown(prepared, MONDAY.minus(Duration.ofDays(8)), MONDAY.minus(Duration.ofDays(1))),
                        "the week before: none");
                assertEquals(
                        3, prepared.compose(new TimeWindow.Period(null, null)).shown(), "all times: all three");
            }
        }
    }

    private static int shown(PreparedSlide slide, Instant from, Instant to) {
        return slide.compose(new TimeWindow.Period(from, to)).shown();
    }

    private static Incident at(String title, Instant when, TimePrecision precision) {
        return PlotFeatures.incidentAt("FRA-HQ", title, ReleaseLabel.exercise("FRA-HQ"), when, precision);
    }
}
