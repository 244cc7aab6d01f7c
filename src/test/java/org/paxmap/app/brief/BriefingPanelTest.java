package org.paxmap.app.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.app.PaxmapApp;
import org.paxmap.app.map.MapView;
import org.paxmap.app.review.ReviewModel;
import org.paxmap.app.review.ReviewPane;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.model.Layer;
import org.paxmap.render.output.PaperSize;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The briefing panel on the real window over the exercise picture, driven as a staff officer would: a three-slide
 * briefing built from three captured views, reordered by dragging, renamed, a time window per slide; undo and redo;
 * a slide clicked moves the map; an audience refused and accepted; a PDF exported; and the briefing read back through
 * {@link Briefings} — from a second connection while the window runs, and after the window closed and opened again.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BriefingPanelTest {
    private static final String NAME = "Morning brief";
    private static final Instant SEP_1 = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant SEP_15 = Instant.parse("2026-09-15T00:00:00Z");

    @TempDir
    static Path dataDir;

    @TempDir
    static Path out;

    private static Application app;
    private static PictureStore second;
    private static final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startTheWindow() throws Exception {
        start();
        second = PictureStore.open(dataDir.resolve(SamplePicture.FILE_NAME));
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        if (second != null) {
            second.close();
        }
        stop();
    }

    private static void start() throws Exception {
        System.setProperty("paxmap.dataDir", dataDir.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class);
        MapView map = robot.lookup("#mapView").queryAs(MapView.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !onFx(() -> map.shownFeatures(Layer.INCIDENTS))
                .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
        System.clearProperty("paxmap.dataDir");
    }

    @Test
    @Order(1)
    void ctrl_b_opens_the_panel_and_new_makes_a_briefing() throws Exception {
        assertFalse(onFx(() -> panel().isVisible()));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> panel().isVisible()), "Ctrl+B shows the briefing panel");

        robot.clickOn("#briefingNew");
        answer(NAME);
        waitUntil(
                "the briefing is chosen",
                () -> NAME.equals(
                        fx(() -> panel().chosenBriefing().map(Briefing::name).orElse(""))));
        assertEquals("Audience: local use only", label("#briefingAudienceText"));
        assertEquals(List.of(), stored().slides());
    }

    @Test
    @Order(2)
    void three_views_become_three_slides_with_their_extent_layers_filter_and_time() throws Exception {
        // view 1: around Tyre, the review's window 1–14 September
        view(35.20, 33.27, 11);
        onFx(() -> {
            review().setFilter(review().filter().withTime(SEP_1, SEP_15));
            return null;
        });
        addSlide("Tyre");
        // view 2: the whole picture, routes hidden, no window
        onFx(() -> {
            map().zoomToPicture();
            map().layerVisibleProperty(Layer.ROUTES).set(false);
            review().setFilter(review().filter().withTime(null, null));
            return null;
        });
        addSlide("");
        // view 3: Naqoura, the last 5 days up to the newest incident
        onFx(() -> {
            map().layerVisibleProperty(Layer.ROUTES).set(true);
            @SuppressWarnings("unchecked")
            ChoiceBox<String> time =
                    (ChoiceBox<String>) robot.lookup("#newSlideTime").query();
            time.setValue("Last N days");
            ((javafx.scene.control.Spinner<Integer>)
                            robot.lookup("#newSlideDays").query())
                    .getValueFactory()
                    .setValue(5);
            return null;
        });
        view(35.10, 33.12, 12);
        addSlide("Naqoura");

        Briefing b = stored();
        assertEquals(List.of("Tyre", "Slide 2", "Naqoura"), titles(b));
        Slide tyre = b.slides().get(0);
        assertEquals(TimeWindow.fixed(SEP_1, SEP_15), tyre.time());
        assertEquals(11, tyre.view().zoom(), 1e-9);
        assertTrue(
                tyre.view().west() < 35.20 && tyre.view().east() > 35.20,
                "the slide's box holds the view's centre: " + tyre.view().describe());
        assertEquals(null, tyre.baseMap(), "the bundled base map is kept as null");
        assertEquals(
                java.util.Set.of(Layer.INCIDENTS, Layer.ZONES),
                b.slides().get(1).layers());
        assertEquals(TimeWindow.none(), b.slides().get(1).time());
        assertEquals(TimeWindow.lastDays(5), b.slides().get(2).time());
        assertEquals(List.of("Tyre", "Slide 2", "Naqoura"), cellTitles());
        assertTrue(cellText(0).contains("1 Sep 2026 – 14 Sep 2026"), cellText(0));
        assertTrue(cellText(2).contains("last 5 days"), cellText(2));
    }

    @Test
    @Order(3)
    void undo_and_redo_take_back_and_put_back_an_added_slide() throws Exception {
        String undo = fx(() -> ((Button) robot.lookup("#briefingUndo").query()).getText());
        assertEquals("Undo Add slide 'Naqoura' to '" + NAME + "'", undo);
        robot.clickOn("#briefingUndo");
        waitUntil("the slide is gone", () -> titles(storedQuietly()).size() == 2);
        assertEquals(List.of("Tyre", "Slide 2"), cellTitles());
        robot.clickOn("#briefingRedo");
        waitUntil("the slide is back", () -> titles(storedQuietly()).size() == 3);
        assertEquals(List.of("Tyre", "Slide 2", "Naqoura"), cellTitles());
    }

    @Test
    @Order(4)
    void dragging_a_slide_moves_it_and_ctrl_z_in_the_panel_moves_it_back() throws Exception {
        robot.drag(cell(2)).moveTo(cell(0)).release(javafx.scene.input.MouseButton.PRIMARY);
        waitUntil("Naqoura is first", () -> titles(storedQuietly()).get(0).equals("Naqoura"));
        assertEquals(List.of("Naqoura", "Tyre", "Slide 2"), titles(stored()));
        assertEquals(List.of("Naqoura", "Tyre", "Slide 2"), cellTitles());

        // the keys undo the briefing edit, not a plot edit, while the panel has the focus
        onFx(() -> {
            robot.lookup("#slideList").query().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("the move is undone", () -> titles(storedQuietly()).get(0).equals("Tyre"));
        assertEquals(List.of("Tyre", "Slide 2", "Naqoura"), cellTitles());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil("the move is redone", () -> titles(storedQuietly()).get(0).equals("Naqoura"));
        assertEquals(List.of("Naqoura", "Tyre", "Slide 2"), titles(stored()));
    }

    @Test
    @Order(5)
    void a_slide_is_renamed_and_given_its_own_time_window() throws Exception {
        robot.clickOn(cell(2));
        robot.clickOn("#slideRename");
        answer("Whole area");
        waitUntil("the slide is renamed", () -> titles(storedQuietly()).get(2).equals("Whole area"));
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<String> time =
                    (ChoiceBox<String>) robot.lookup("#slideTime").query();
            time.setValue("Last N days");
            return null;
        });
        waitUntil(
                "its window is the last 7 days",
                () -> storedQuietly().slides().get(2).time().equals(TimeWindow.lastDays(7)));
        assertEquals(List.of("Naqoura", "Tyre", "Whole area"), cellTitles());
        assertEquals(TimeWindow.lastDays(5), stored().slides().get(0).time());
        assertEquals(TimeWindow.fixed(SEP_1, SEP_15), stored().slides().get(1).time());
    }

    @Test
    @Order(6)
    void duplicate_delete_with_confirmation_and_rename_are_each_one_undoable_edit() throws Exception {
        robot.clickOn(cell(1));
        robot.clickOn("#slideDuplicate");
        waitUntil("the copy follows the slide", () -> titles(storedQuietly())
                .equals(List.of("Naqoura", "Tyre", "Tyre", "Whole area")));
        assertEquals(stored().slides().get(1).view(), stored().slides().get(2).view());
        robot.clickOn(cell(2));
        robot.clickOn("#slideDelete");
        robot.clickOn(okButton());
        waitUntil("the copy is deleted", () -> titles(storedQuietly()).size() == 3);
        robot.clickOn("#briefingUndo");
        waitUntil("undo brings it back", () -> titles(storedQuietly()).size() == 4);
        robot.clickOn("#briefingUndo");
        waitUntil("undo takes the duplicate back", () -> titles(storedQuietly())
                .equals(List.of("Naqoura", "Tyre", "Whole area")));

        robot.clickOn("#briefingRename");
        answer("Evening brief");
        waitUntil("the briefing is renamed", () -> label("#briefingMessage").startsWith("Renamed"));
        assertEquals(
                List.of("Evening brief"),
                new Briefings(second)
                        .list().stream().map(Briefings.Summary::name).toList());
        assertTrue(fx(() -> ((Button) robot.lookup("#briefingUndo").query()).getText())
                .startsWith("Undo Rename briefing"));
        robot.clickOn("#briefingUndo");
        waitUntil("undo renames it back", () -> fx(() ->
                        panel().chosenBriefing().map(Briefing::name).orElse(""))
                .equals(NAME));
        assertEquals(List.of("Naqoura", "Tyre", "Whole area"), titles(stored()));
    }

    @Test
    @Order(7)
    void clicking_a_slide_shows_it_in_the_window() throws Exception {
        onFx(() -> {
            map().zoomToPicture();
            review().setFilter(review().filter().withTime(null, null));
            return null;
        });
        Slide tyre = stored().slides().get(1);
        Envelope before = fx(() -> map().state().viewportEnvelope());
        assertFalse(close(before, tyre), "the map looks elsewhere first");
        robot.clickOn(cell(1));
        WaitForAsyncUtils.waitForFxEvents();
        Envelope after = fx(() -> map().state().viewportEnvelope());
        assertTrue(close(after, tyre), "the map shows " + tyre.view().describe() + ", not " + after);
        assertEquals(tyre.view().zoom(), fx(() -> map().state().zoom()), 1e-6);
        waitUntil(
                "the review takes the slide's window",
                () -> SEP_1.equals(fx(() -> review().filter().from())));
        assertEquals(SEP_15, fx(() -> review().filter().to()));
        assertTrue(fx(() -> map().layerVisibleProperty(Layer.ROUTES).get()));

        // moved away, a click on the slide already selected shows it again
        onFx(() -> {
            map().zoomToPicture();
            return null;
        });
        assertFalse(close(fx(() -> map().state().viewportEnvelope()), tyre));
        robot.clickOn(cell(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(close(fx(() -> map().state().viewportEnvelope()), tyre), "shown again");
    }

    @Test
    @Order(8)
    void an_unknown_audience_is_refused_at_the_field_and_a_known_one_counts_what_it_may_not_see() throws Exception {
        robot.clickOn("#briefingAudience");
        robot.clickOn("#audienceLocal");
        type("#audienceCode", "XQZ");
        robot.clickOn(okButton());
        waitUntil("the refusal is shown", () -> !label("#audienceError").isEmpty());
        assertTrue(label("#audienceError").contains("XQZ"), label("#audienceError"));
        snapshot(robot.lookup("#audienceCode").query(), "audience-refused");
        assertEquals(null, stored().audience());

        type("#audienceCode", "ITA");
        robot.clickOn(okButton());
        waitUntil("the audience is set", () -> "ITA".equals(storedQuietly().audience()));
        waitUntil("the panel says it", () -> label("#briefingAudienceText").equals("Audience: ITA"));
        robot.clickOn(cell(0));
        waitUntil("the withheld count is shown", () -> label("#slideWithheld")
                .matches("Nothing withheld for this audience\\.|\\d+ features? withheld for this audience"));
    }

    @Test
    @Order(9)
    void on_a_small_laptop_screen_the_panel_leaves_the_map_most_of_the_window() throws Exception {
        // the primary stage outlives this class (TestFX registers one for every window test): give its size back
        double[] before = fx(() -> {
            Stage stage = (Stage) map().getScene().getWindow();
            return new double[] {stage.getWidth(), stage.getHeight()};
        });
        try {
            for (int[] size : new int[][] {{1366, 768}, {1280, 720}}) {
                resize(size[0], size[1]);
                double mapWidth = fx(() -> map().getWidth());
                double panelWidth = fx(() -> panel().getWidth());
                assertTrue(panelWidth <= 320, "the panel is narrow: " + panelWidth);
                assertTrue(mapWidth >= size[0] * 0.45, "the map keeps room at " + size[0] + ": " + mapWidth);
                snapshot("briefing-panel-" + size[0] + "x" + size[1]);
            }
        } finally {
            resize(before[0], before[1]);
        }
    }

    private void resize(double width, double height) throws Exception {
        onFx(() -> {
            Stage stage = (Stage) map().getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(10)
    void the_briefing_exports_as_a_pdf_of_a_page_per_slide() throws Exception {
        Path pdf = out.resolve("morning.pdf");
        Path written = WaitForAsyncUtils.asyncFx(() -> panel().exports().writePdf(PaperSize.A4_LANDSCAPE, pdf))
                .get(10, TimeUnit.SECONDS)
                .get(180, TimeUnit.SECONDS);
        assertEquals(pdf.toAbsolutePath(), written.toAbsolutePath());
        assertTrue(Files.size(pdf) > 1000);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, document.getNumberOfPages());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(label("#briefingMessage").startsWith("Wrote "), label("#briefingMessage"));
        closeAlerts();
    }

    @Test
    @Order(11)
    void the_view_exports_as_a_png_of_the_size_asked() throws Exception {
        Path written = WaitForAsyncUtils.asyncFx(
                        () -> panel().exports().writeViewPng(PageSpec.pixels(640, 400), out.resolve("view")))
                .get(10, TimeUnit.SECONDS)
                .get(180, TimeUnit.SECONDS);
        assertEquals(out.resolve("view.png").toAbsolutePath(), written.toAbsolutePath());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(written.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        closeAlerts();
    }

    @Test
    @Order(12)
    void the_selected_slide_plays_back_as_a_video_and_a_cancelled_one_leaves_nothing() throws Exception {
        Path written = WaitForAsyncUtils.asyncFx(() -> panel().exports().writePlayback(3, 7, out.resolve("play.mp4")))
                .get(10, TimeUnit.SECONDS)
                .get(180, TimeUnit.SECONDS);
        assertTrue(Files.size(written) > 0, written.toString());
        closeAlerts();

        Path cancelled = out.resolve("cancelled.mp4");
        java.util.concurrent.CompletableFuture<Path> run = WaitForAsyncUtils.asyncFx(
                        () -> panel().exports().writePlayback(2000, null, cancelled))
                .get(10, TimeUnit.SECONDS);
        onFx(() -> {
            ((Button) robot.lookup("#exportCancel").query()).fire();
            return null;
        });
        java.util.concurrent.ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, () -> run.get(180, TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof org.paxmap.render.output.ExportCancelledException, failure.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(cancelled));
        assertFalse(Files.exists(out.resolve("cancelled.gif")));
        assertEquals("Export cancelled; nothing was written.", label("#briefingMessage"));
    }

    @Test
    @Order(13)
    void a_failed_export_says_why_in_the_exports_own_words() throws Exception {
        java.util.concurrent.CompletableFuture<Path> run = WaitForAsyncUtils.asyncFx(() -> panel().exports()
                        .writePdf(
                                PaperSize.A4_LANDSCAPE,
                                out.resolve("no-such-folder").resolve("brief.pdf")))
                .get(10, TimeUnit.SECONDS);
        java.util.concurrent.ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, () -> run.get(180, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        String reason = failure.getCause().getMessage();
        assertTrue(reason.contains("no-such-folder"), reason);
        assertEquals(reason, label("#briefingMessage"));
        closeAlerts();
    }

    @Test
    @Order(14)
    void closed_and_opened_again_the_picture_holds_the_same_briefing() throws Exception {
        Briefing before = stored();
        second.close();
        second = null;
        stop();
        try (PictureStore store = PictureStore.open(dataDir.resolve(SamplePicture.FILE_NAME))) {
            assertEquals(before, new Briefings(store).load(NAME));
        }
        start();
        second = PictureStore.open(dataDir.resolve(SamplePicture.FILE_NAME));
        onFx(() -> {
            panel().setVisible(true);
            return null;
        });
        waitUntil("the panel lists the briefing", () -> cellTitlesQuietly().size() == 3);
        assertEquals(List.of("Naqoura", "Tyre", "Whole area"), cellTitles());
        assertEquals(before, stored());
    }

    @Test
    @Order(15)
    void f5_presents_the_briefing_full_screen_with_its_banners_and_escape_returns_to_the_window() throws Exception {
        robot.clickOn("#mapView");
        robot.type(javafx.scene.input.KeyCode.F5);
        waitUntil("presenter mode shows a slide", () -> presenterImage().isPresent());
        javafx.scene.image.Image slide = presenterImage().orElseThrow();
        int banner = slide.getPixelReader().getArgb(6, 6) & 0xffffff;
        assertTrue(banner != 0 && banner != 0xffffff, "the top strip is a banner's colour, not black or white");
        snapshot(robot.lookup("#presenterSlide").query(), "presenter-from-f5");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("Esc closes presenter mode", () -> presenterImage().isEmpty());
    }

    // -- helpers

    // The slide presenter mode shows, while it is open.
    private static java.util.Optional<javafx.scene.image.Image> presenterImage() {
        try {
            return onFx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(javafx.stage.Window::isShowing)
                    .map(w -> w.getScene().lookup("#presenterSlide"))
                    .filter(n -> n instanceof javafx.scene.image.ImageView v && v.getImage() != null)
                    .map(n -> ((javafx.scene.image.ImageView) n).getImage())
                    .findFirst());
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    private static void view(double lon, double lat, double zoom) throws Exception {
        onFx(() -> {
            map().state().setZoom(zoom);
            map().state().centreOn(lon, lat);
            map().markDirty();
            return null;
        });
    }

    private static void addSlide(String title) throws Exception {
        int before = titles(stored()).size();
        if (!title.isEmpty()) {
            type("#newSlideTitle", title);
        }
        robot.clickOn("#addSlide");
        waitUntil(
                "slide " + (before + 1) + " is added",
                () -> titles(storedQuietly()).size() == before + 1
                        && cellTitlesQuietly().size() == before + 1);
    }

    // Saves a picture of the window as target/brief-screenshots/<name>.png, for a person to look at.
    private static void snapshot(String name) throws Exception {
        snapshot(map(), name);
    }

    // Saves a picture of the window showing {@code node}.
    private static void snapshot(Node node, String name) throws Exception {
        Path folder = Path.of("target", "brief-screenshots");
        Files.createDirectories(folder);
        java.awt.image.BufferedImage picture = onFx(() ->
                javafx.embed.swing.SwingFXUtils.fromFXImage(node.getScene().snapshot(null), null));
        javax.imageio.ImageIO.write(
                picture, "png", folder.resolve(name + ".png").toFile());
    }

    // Types into a field as pasting would (in the headless toolkit, keys go to the main window, not to a dialog).
    private static void type(String query, String text) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.TextInputControl) robot.lookup(query).query()).setText(text);
            return null;
        });
    }

    // Answers the open name dialog with {@code text} and OK.
    private static void answer(String text) throws Exception {
        type("#briefingNameField", text);
        robot.clickOn(okButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean close(Envelope shown, Slide slide) {
        double tolerance = (slide.view().east() - slide.view().west()) / 50;
        return Math.abs(shown.getMinX() - slide.view().west()) < tolerance
                && Math.abs(shown.getMaxX() - slide.view().east()) < tolerance
                && Math.abs(shown.getMinY() - slide.view().south()) < tolerance
                && Math.abs(shown.getMaxY() - slide.view().north()) < tolerance;
    }

    private static Briefing stored() throws Exception {
        return new Briefings(second).load(NAME);
    }

    private static Briefing storedQuietly() {
        try {
            return stored();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> titles(Briefing b) {
        return b.slides().stream().map(Slide::title).toList();
    }

    private static BriefingPanel panel() {
        return robot.lookup("#briefingPanel").queryAs(BriefingPanel.class);
    }

    private static MapView map() {
        return robot.lookup("#mapView").queryAs(MapView.class);
    }

    private static ReviewModel review() {
        return robot.lookup("#reviewPane").queryAs(ReviewPane.class).model();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Slide> list() {
        return (ListView<Slide>) robot.lookup("#slideList").query();
    }

    private static List<String> cellTitles() throws Exception {
        return fx(() -> list().getItems().stream().map(Slide::title).toList());
    }

    private static List<String> cellTitlesQuietly() {
        try {
            return cellTitles();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // The text a slide's cell shows (its title and its window in words).
    private static String cellText(int index) throws Exception {
        return fx(() -> robot.lookup(".slide-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == index && !c.isEmpty())
                .findFirst()
                .map(c -> c.getGraphic().lookupAll(".label").stream()
                        .map(l -> ((Label) l).getText())
                        .reduce("", (a, b2) -> a + " | " + b2))
                .orElse(""));
    }

    private static Node cell(int index) throws Exception {
        return fx(() -> robot.lookup(".slide-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == index && !c.isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + index)));
    }

    private static Node okButton() {
        return robot.lookup(".button")
                .match((Node n) -> n instanceof Button b && "OK".equals(b.getText()))
                .query();
    }

    private static void closeAlerts() throws Exception {
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.getOwner() != null) {
                    s.close();
                }
            }
            return null;
        });
    }

    private static String label(String query) {
        return fx(() ->
                robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return onFx(call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; the panel says: "
                    + label("#briefingMessage") + "; windows: "
                    + fx(() -> Window.getWindows().stream()
                            .map(w -> w instanceof Stage st ? st.getTitle() : w.toString())
                            .toList()));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
