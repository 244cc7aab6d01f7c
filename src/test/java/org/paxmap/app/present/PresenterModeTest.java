package org.paxmap.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode on a real window over the exercise picture: a three-slide briefing for ITA is presented; the screen
 * shows the banners and the slide, the keys move through the slides, P plays the time window through the picture and
 * the map changes, Esc returns.
 */
@Tag("slow")
class PresenterModeTest {
    private static final int W = 1280;
    private static final int H = 720;
    private static final int EXERCISE_PURPLE = 0x6a1b9a;

    @TempDir
    Path dir;

    private PictureStore store;
    private Stage owner;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
        store = SamplePicture.openOrCreate(dir);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void a_briefing_is_presented_full_screen_stepped_through_played_in_time_and_left_with_escape() throws Exception {
        Briefing briefing = threeSlides();
        AtomicBoolean back = new AtomicBoolean();
        PresenterMode mode = onFx(() -> PresenterMode.open(
                owner,
                store,
                briefing,
                0,
                null,
                Path.of("maps"),
                () -> back.set(true),
                new Rectangle2D(0, 0, W, H),
                false));
        waitFor(() -> mode.lastFrame().isPresent(), "the first slide is drawn");
        WritableImage first = snapshot(mode);
        save(first, "presenter-slide-1.png");
        assertEquals(EXERCISE_PURPLE, rgb(first, 6, 6), "the top banner is the exercise marking's colour");
        assertEquals(EXERCISE_PURPLE, rgb(first, 6, H - 6), "so is the bottom one");
        assertEquals("Sector overview", mode.lastFrame().get().title());
        assertTrue(
                mode.lastFrame().get().marking().endsWith("// REL TO ITA"),
                mode.lastFrame().get().marking());

        robot.type(KeyCode.RIGHT);
        waitFor(() -> mode.lastFrame().get().index() == 1, "→ shows the second slide");
        assertEquals("Eastern sector", mode.lastFrame().get().title());
        robot.type(KeyCode.END);
        waitFor(() -> mode.lastFrame().get().index() == 2, "End shows the last slide");
        robot.type(KeyCode.LEFT);
        waitFor(() -> mode.lastFrame().get().index() == 1, "← goes back one");
        robot.type(KeyCode.HOME);
        waitFor(() -> mode.lastFrame().get().index() == 0, "Home goes to the first");

        TimeWindow.Period own = mode.lastFrame().get().at();
        WritableImage before = snapshot(mode);
        robot.type(KeyCode.P);
        waitFor(() -> !mode.lastFrame().get().at().equals(own), "P moves the time window");
        TimeWindow.Period firstStep = mode.lastFrame().get().at();
        waitFor(() -> !mode.lastFrame().get().at().equals(firstStep), "and it keeps moving");
        assertTrue(onFx(mode::isPlaying));
        WritableImage during = snapshot(mode);
        save(during, "presenter-playing.png");
        assertTrue(differingPixels(before, during) > 1000, "the map changes as time plays");
        robot.type(KeyCode.P);
        waitFor(() -> !onFxQuietly(mode::isPlaying), "P pauses");

        robot.type(KeyCode.ESCAPE);
        waitFor(back::get, "Esc returns to the window");
        assertFalse(onFx(() -> mode.stage().isShowing()));
    }

    private Briefing threeSlides() throws Exception {
        Briefings briefings = new Briefings(store);
        Briefing b = briefings.create("Morning", "ITA", "Maj. Rossi", "FRA-HQ G2");
        briefings.addSlide(
                b.id(),
                0,
                Slide.of("Sector overview", new SlideView(35.10, 33.05, 35.65, 33.40, 10.5))
                        .withTime(TimeWindow.lastDays(14)));
        briefings.addSlide(b.id(), 1, Slide.of("Eastern sector", new SlideView(35.45, 33.20, 35.62, 33.33, 12)));
        briefings.addSlide(
                b.id(),
                2,
                Slide.of("Coast", new SlideView(35.10, 33.05, 35.30, 33.30, 11)).withGrid(true));
        return briefings.load(b.id());
    }

    private static WritableImage snapshot(PresenterMode mode) throws Exception {
        return onFx(() -> mode.stage().getScene().snapshot(null));
    }

    private static int rgb(WritableImage image, int x, int y) {
        return image.getPixelReader().getArgb(x, y) & 0xffffff;
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        int n = 0;
        for (int y = 0; y < H; y += 2) {
            for (int x = 0; x < W; x += 2) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void save(WritableImage image, String name) throws Exception {
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        ImageIO.write(
                SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }

    private static void waitFor(BooleanSupplier condition, String what) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFxQuietly(condition::getAsBoolean));
        assertTrue(onFxQuietly(condition::getAsBoolean), what);
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
    }

    private static boolean onFxQuietly(Callable<Boolean> call) {
        try {
            return onFx(call);
        } catch (Exception e) {
            return false;
        }
    }
}
