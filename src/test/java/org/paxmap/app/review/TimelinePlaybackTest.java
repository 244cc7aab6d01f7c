package org.paxmap.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.review.DailyHistogram;
import org.paxmap.review.PictureFilter;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst plays the exercise picture through time from the timeline: the review's window slides a day a step
 * (keeping its length) or grows from the first day (cumulative), and stops at the last day.
 */
@Tag("slow")
class TimelinePlaybackTest {
    @TempDir
    Path dir;

    private PictureStore store;
    private ExecutorService io;
    private ReviewModel model;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        store = SamplePicture.openOrCreate(dir);
        io = Executors.newSingleThreadExecutor();
        model = WaitForAsyncUtils.asyncFx(ReviewModel::new).get();
        WaitForAsyncUtils.asyncFx(() -> {
                    model.load(store, io, e -> {});
                    stage.setScene(new Scene(new TimelineView(model), 1100, 120));
                    stage.show();
                })
                .get();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> model.histogramProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdown();
        store.close();
    }

    @Test
    void playing_slides_a_week_through_the_days_and_stops_at_the_last() throws Exception {
        robot.clickOn("#timelinePlay");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> filter().to() != null);
        Instant firstTo = filter().to();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> filter().to().isAfter(firstTo.plus(Duration.ofDays(2))));
        PictureFilter now = filter();
        assertEquals(Duration.ofDays(7), Duration.between(now.from(), now.to()), "the window keeps its week");
        assertTrue(playing(), "it plays on");

        WaitForAsyncUtils.asyncFx(() -> model.setFilter(model.filter().withTime(null, null)))
                .get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !playing());
        assertFalse(playing(), "choosing all time by hand stops the playback");
    }

    @Test
    void cumulative_playback_grows_from_the_first_day_to_the_last() throws Exception {
        DailyHistogram days = model.histogramProperty().get();
        Instant first = days.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant last = days.firstDay()
                .plusDays(days.days())
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        WaitForAsyncUtils.asyncFx(() -> {
                    @SuppressWarnings("unchecked")
                    ChoiceBox<TimelinePlayer.Mode> mode =
                            robot.lookup("#timelinePlayMode").queryAs(ChoiceBox.class);
                    mode.setValue(TimelinePlayer.Mode.CUMULATIVE);
                    @SuppressWarnings("unchecked")
                    ChoiceBox<Double> speed = robot.lookup("#timelinePlaySpeed").queryAs(ChoiceBox.class);
                    speed.setValue(8.0);
                })
                .get();
        robot.clickOn("#timelinePlay");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> filter().to() != null);
        assertEquals(first, filter().from(), "cumulative starts at the first day");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !playing());
        assertEquals(first, filter().from(), "and keeps it");
        assertNotNull(filter().to());
        assertEquals(last, filter().to(), "it stops with the last day in the window");
    }

    private PictureFilter filter() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> model.filter()).get();
    }

    private boolean playing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#timelinePlayer")
                        .queryAs(TimelinePlayer.class)
                        .isPlaying())
                .get();
    }
}
