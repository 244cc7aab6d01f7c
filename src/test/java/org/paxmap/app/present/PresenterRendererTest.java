package org.paxmap.app.present;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode's render thread over the exercise picture: a playback step that names the step after it has that
 * step drawn ahead, handed over without drawing again when asked for and showing exactly what a fresh drawing shows;
 * any other request drops the frame drawn ahead.
 */
@Tag("slow")
class PresenterRendererTest {
    private static final int W = 640;
    private static final int H = 360;

    @TempDir
    Path dir;

    private PictureStore store;
    private PresenterRenderer renderer;
    private final List<Shown> shown = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    /** A frame handed over, its pixels copied before its buffer went back. */
    private record Shown(TimeWindow.Period at, int[] pixels) {}

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage(); // the frame buffers are JavaFX images
        store = SamplePicture.openOrCreate(dir);
        Briefings briefings = new Briefings(store);
        Briefing b = briefings.create("Morning", null, "Maj. Rossi", "FRA-HQ G2");
        briefings.addSlide(b.id(), 0, Slide.of("Sector", new SlideView(35.10, 33.05, 35.65, 33.40, 10.5)));
        Briefing briefing = briefings.load(b.id());
        renderer = new PresenterRenderer(
                store,
                briefing,
                briefing.slides(),
                Path.of("maps"),
                W,
                H,
                frame -> {
                    int[] pixels = frame.buffer().awt().getRGB(0, 0, W, H, null, 0, W);
                    shown.add(new Shown(frame.at(), pixels));
                    renderer.release(frame.buffer());
                },
                failures::add);
    }

    @AfterEach
    void stop() throws Exception {
        renderer.close();
        store.close();
    }

    @Test
    void the_next_playback_step_is_drawn_ahead_and_handed_over_as_a_fresh_drawing_would_show_it() throws Exception {
        Instant newest = store.briefings().newestIncident().orElseThrow();
        TimeWindow.Period one = week(newest.minus(Duration.ofDays(9)));
        TimeWindow.Period two = week(newest.minus(Duration.ofDays(8)));
        TimeWindow.Period three = week(newest.minus(Duration.ofDays(7)));

        renderer.request(new PresenterRenderer.Request(0, one, false, System.nanoTime(), two));
        waitFor(() -> shown.size() == 1, "the first step is shown");
        waitFor(() -> renderer.framesDrawn() == 2, "the step after it is drawn ahead");

        renderer.request(new PresenterRenderer.Request(0, two, false, System.nanoTime()));
        waitFor(() -> shown.size() == 2, "the second step is shown");
        assertEquals(two, shown.get(1).at());
        assertEquals(2, renderer.framesDrawn(), "the step drawn ahead is handed over, not drawn again");

        renderer.request(new PresenterRenderer.Request(0, three, false, System.nanoTime()));
        waitFor(() -> shown.size() == 3, "a step not drawn ahead is shown");
        renderer.request(new PresenterRenderer.Request(0, two, false, System.nanoTime()));
        waitFor(() -> shown.size() == 4, "the second step drawn afresh is shown");
        assertEquals(4, renderer.framesDrawn());
        assertArrayEquals(
                shown.get(3).pixels(), shown.get(1).pixels(), "drawn ahead, it shows what a fresh drawing shows");
        assertTrue(
                differing(shown.get(1).pixels(), shown.get(2).pixels()) > 0,
                "and the steps differ, so the comparison means something");
        assertEquals(List.of(), failures);
    }

    @Test
    void a_request_other_than_the_one_expected_drops_the_frame_drawn_ahead() throws Exception {
        Instant newest = store.briefings().newestIncident().orElseThrow();
        TimeWindow.Period one = week(newest.minus(Duration.ofDays(9)));
        TimeWindow.Period two = week(newest.minus(Duration.ofDays(8)));
        TimeWindow.Period three = week(newest.minus(Duration.ofDays(7)));

        renderer.request(new PresenterRenderer.Request(0, one, false, System.nanoTime(), two));
        waitFor(() -> renderer.framesDrawn() == 2, "the step after the first is drawn ahead");
        renderer.request(new PresenterRenderer.Request(0, two, true, System.nanoTime()));
        waitFor(() -> shown.size() == 2, "the second step with the grid is shown");
        assertEquals(3, renderer.framesDrawn(), "with the grid on it is not the frame drawn ahead: drawn afresh");
        for (int i = 0; i < 4; i++) { // every buffer came back: none is kept by a dropped frame
            renderer.request(new PresenterRenderer.Request(0, i % 2 == 0 ? three : one, false, System.nanoTime()));
            int expected = 3 + i;
            waitFor(() -> shown.size() == expected, "a further frame is shown");
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void frames_that_cannot_be_drawn_give_their_buffers_back() throws Exception {
        Slide s = Slide.of("Gone", new SlideView(35.10, 33.05, 35.65, 33.40, 10.5));
        Slide gone = new Slide(
                s.id(),
                s.title(),
                s.notes(),
                s.holdSeconds(),
                s.view(),
                "gone.mbtiles",
                s.layers(),
                s.filter(),
                s.grid(),
                s.time());
        renderer.close();
        renderer = new PresenterRenderer(
                store,
                null,
                List.of(gone),
                Path.of("maps"),
                W,
                H,
                frame -> renderer.release(frame.buffer()),
                failures::add);
        for (int i = 1; i <= 5; i++) { // more than the three buffers: none may be kept by a failed frame
            renderer.request(new PresenterRenderer.Request(0, null, i % 2 == 0, System.nanoTime()));
            int expected = i;
            waitFor(() -> failures.size() == expected, "each request is answered with the reason");
        }
        assertTrue(failures.get(4).contains("gone.mbtiles"), failures.get(4));
    }

    private static TimeWindow.Period week(Instant from) {
        return new TimeWindow.Period(from, from.plus(Duration.ofDays(7)));
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                n++;
            }
        }
        return n;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        assertTrue(condition.getAsBoolean(), what);
    }
}
