package org.paxmap.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.store.PictureStore;

/**
 * Presenter mode's playback step at 1920×1080: from a time change to the slide's next frame on screen, over the
 * benchmark picture of 100,000 incidents, 1,000 routes and 1,000 zones, its area of operations on one slide with a
 * week's window sliding a day a step. Presenter mode draws each step ahead while the step before is held (400 ms), so
 * this is mostly the hand-over to JavaFX and its next pulse; the benchmark also prints what drawing a step costs
 * (compose the window, paint the slide with its kept tiles), which is what a step not known in advance would take.
 * Reference, in the same run: the same steps of the same slide with no layers (tiles and margins only).
 *
 * <p>Run: {@code ./mvnw -Pbench verify -Dbench.main=org.paxmap.bench.PresenterBenchmark}. Target: p95 ≤ 16 ms.
 */
public final class PresenterBenchmark {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final int STEPS = 60;

    private PresenterBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.printf(
                Locale.ROOT,
                "PresenterBenchmark: %d cores, Java %s, max heap %,d MB%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        Path dir = Files.createTempDirectory("paxmap-presenter-bench");
        PictureStore store = PictureStore.create(dir.resolve("bench.gpkg"), "bench-node");
        store.saveAll(MapBenchmark.picture());
        Briefings briefings = new Briefings(store);
        Briefing b = briefings.create("Bench", null, "bench", "bench");
        Slide slide =
                Slide.of("Area of operations", new SlideView(30, 28, 40, 38, 6)).withTime(TimeWindow.lastDays(7));
        briefings.addSlide(b.id(), 0, slide);
        briefings.addSlide(
                b.id(),
                1,
                slide.withId(java.util.UUID.randomUUID())
                        .withTitle("Tiles only")
                        .withLayers(Set.of()));
        Briefing briefing = briefings.load(b.id());

        HeadlessFx.start(WIDTH, HEIGHT);
        Class<?> mode = Class.forName("org.paxmap.app.present.PresenterMode");
        Method open = mode.getDeclaredMethod(
                "open",
                Window.class,
                PictureStore.class,
                Briefing.class,
                int.class,
                Slide.class,
                Path.class,
                Runnable.class,
                Rectangle2D.class,
                boolean.class);
        open.setAccessible(true);
        Method go = HeadlessFx.probe(mode, "go", int.class);
        Method play = HeadlessFx.probe(mode, "playOrPause");
        Method playing = HeadlessFx.probe(mode, "isPlaying");
        Method times = HeadlessFx.probe(mode, "frameNanos");
        Method drawTimes = HeadlessFx.probe(mode, "drawNanos");
        Method lastFrame = HeadlessFx.probe(mode, "lastFrame");
        Object presenter = HeadlessFx.fx(() -> open.invoke(
                null,
                new Stage(),
                store,
                briefing,
                0,
                null,
                Path.of("maps").toAbsolutePath(),
                (Runnable) () -> {},
                new Rectangle2D(0, 0, WIDTH, HEIGHT),
                false));

        long[][] features = steps(presenter, 0, go, play, playing, times, drawTimes, lastFrame);
        long[][] reference = steps(presenter, 1, go, play, playing, times, drawTimes, lastFrame);
        double p50 = HeadlessFx.millisAt(features[0], 50);
        double p95 = HeadlessFx.millisAt(features[0], 95);
        double r50 = HeadlessFx.millisAt(reference[0], 50);
        double r95 = HeadlessFx.millisAt(reference[0], 95);
        System.out.printf(
                Locale.ROOT,
                "playback step, time change to frame shown, %dx%d, %d steps:%n"
                        + "  100k incidents, 1k routes, 1k zones: p50 %.1f ms, p95 %.1f ms%n"
                        + "  reference (tiles and margins only):  p50 %.1f ms, p95 %.1f ms%n"
                        + "  ratio p95: %.2f; target p95 <= 16 ms: %s%n"
                        + "drawing a step (compose and paint on the render thread, ahead of its request):%n"
                        + "  100k incidents, 1k routes, 1k zones: p50 %.1f ms, p95 %.1f ms%n"
                        + "  reference (tiles and margins only):  p50 %.1f ms, p95 %.1f ms%n",
                WIDTH,
                HEIGHT,
                features[0].length,
                p50,
                p95,
                r50,
                r95,
                p95 / r95,
                p95 <= 16 ? "met" : "MISSED",
                HeadlessFx.millisAt(features[1], 50),
                HeadlessFx.millisAt(features[1], 95),
                HeadlessFx.millisAt(reference[1], 50),
                HeadlessFx.millisAt(reference[1], 95));
        store.close();
        Platform.exit();
        System.exit(0);
    }

    // Shows slide index, plays it for STEPS steps and answers the steps' latencies to the frame shown and to the frame
    // drawn (the first, the slide's own, left out).
    private static long[][] steps(
            Object presenter,
            int index,
            Method go,
            Method play,
            Method playing,
            Method times,
            Method drawTimes,
            Method lastFrame)
            throws Exception {
        HeadlessFx.fx(() -> go.invoke(presenter, index));
        waitFor(() -> ((Optional<?>) HeadlessFx.fx(() -> lastFrame.invoke(presenter))).isPresent()
                && HeadlessFx.fx(() -> frameIndex(lastFrame.invoke(presenter))) == index);
        int before = ((long[]) HeadlessFx.fx(() -> times.invoke(presenter))).length;
        HeadlessFx.fx(() -> play.invoke(presenter));
        waitFor(() -> ((long[]) HeadlessFx.fx(() -> times.invoke(presenter))).length >= before + STEPS + 1);
        HeadlessFx.fx(() -> play.invoke(presenter));
        waitFor(() -> !(Boolean) HeadlessFx.fx(() -> playing.invoke(presenter)));
        long[] all = (long[]) HeadlessFx.fx(() -> times.invoke(presenter));
        long[] drawn = (long[]) HeadlessFx.fx(() -> drawTimes.invoke(presenter));
        int end = Math.min(all.length, before + 1 + STEPS);
        return new long[][] {
            java.util.Arrays.copyOfRange(all, before + 1, end), java.util.Arrays.copyOfRange(drawn, before + 1, end)
        };
    }

    private static int frameIndex(Object optionalFrame) throws Exception {
        Object frame = ((Optional<?>) optionalFrame).orElseThrow();
        Method index = frame.getClass().getDeclaredMethod("index");
        index.setAccessible(true);
        return (Integer) index.invoke(frame);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("presenter mode did not get there in 120 s");
            }
            Thread.sleep(20);
        }
    }
}
