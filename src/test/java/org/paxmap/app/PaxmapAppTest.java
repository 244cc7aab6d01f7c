package org.paxmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.samples.SamplePicture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window, headless, on a fresh data folder: it must build and show the exercise picture. */
class PaxmapAppTest {
    @TempDir
    static Path dataDir;

    private static Application app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startTheWindow() throws Exception {
        System.setProperty(UserDataDir.PROPERTY, dataDir.toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class);
        WaitForAsyncUtils.waitFor(
                90, TimeUnit.SECONDS, () -> !text("#statusCounts").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(UserDataDir.PROPERTY);
    }

    @Test
    void the_window_opens_on_the_exercise_picture_created_in_the_data_folder() {
        assertTrue(Files.isRegularFile(dataDir.resolve(SamplePicture.FILE_NAME)));
        assertEquals("Paxmap — EXERCISE — South Lebanon", stage.getTitle());
        assertEquals(SamplePicture.FILE_NAME, text("#statusFile"));
        assertTrue(text("#statusNode").startsWith("node LOCAL-"), text("#statusNode"));
        assertEquals(
                "2026-09-01 – 2026-10-15 UTC".substring(0, 13),
                text("#statusSpan").substring(0, 13));
    }

    @Test
    void the_status_bar_counts_what_the_bundled_sample_contains() throws Exception {
        Map<String, Integer> perLayer = sampleCountsPerLayer();
        String expected = perLayer.get("incidents") + " incidents · " + perLayer.get("routes") + " routes · "
                + perLayer.get("zones") + " zones";
        assertEquals(expected, text("#statusCounts"));
        assertTrue(text("#placeholderDetail").contains(expected), text("#placeholderDetail"));
        assertTrue(text("#placeholderDetail").contains("Extent 35."), text("#placeholderDetail"));
    }

    @Test
    void both_banners_mark_the_picture_as_an_exercise() {
        assertEquals("EXERCISE — UNCLASSIFIED // REL TO ALL", text("#bannerTop"));
        assertEquals(text("#bannerTop"), text("#bannerBottom"));
        assertTrue(robot.lookup("#bannerTop").query().getStyleClass().contains("banner-exercise"));
    }

    @Test
    void the_menu_bar_offers_the_file_edit_plot_view_exchange_and_help_actions() {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertEquals(
                List.of("File", "Edit", "Plot", "View", "Exchange", "Help"),
                bar.getMenus().stream().map(m -> plain(m.getText())).toList());
        assertEquals(
                List.of(
                        "New picture…",
                        "Open picture…",
                        "Open map…",
                        "Import…",
                        "Export…",
                        "Export view as PNG…",
                        "Export briefing as PDF…",
                        "Export playback as MP4…",
                        "Quit"),
                items(bar.getMenus().get(0)));
        assertEquals(
                List.of("Undo", "Redo", "Delete selection…   (Delete)", "Cancel tool   (Esc)"),
                items(bar.getMenus().get(1)));
        assertEquals(7, items(bar.getMenus().get(2)).size(), "one item per plotting tool");
        assertEquals(
                List.of(
                        "Zoom to picture",
                        "Incidents",
                        "Routes",
                        "Zones",
                        "Legend",
                        "Layers",
                        "Review",
                        "Briefing",
                        "Present",
                        "Full screen"),
                items(bar.getMenus().get(3)));
        assertEquals(
                List.of("This node…", "Partners…", "Export bundle…", "Import bundle…", "Conflicts…"),
                items(bar.getMenus().get(4)));
        assertEquals(List.of("Shortcuts", "About Paxmap"), items(bar.getMenus().get(5)));
        bar.getMenus().get(0).getItems().stream()
                .filter(i -> !(i instanceof SeparatorMenuItem))
                .forEach(i -> assertTrue(i.getOnAction() != null, i.getText() + " does something"));
    }

    private static List<String> items(Menu menu) {
        return menu.getItems().stream()
                .filter(i -> !(i instanceof SeparatorMenuItem))
                .map(MenuItem::getText)
                .map(PaxmapAppTest::plain)
                .toList();
    }

    private static String plain(String mnemonicText) {
        return mnemonicText.replace("_", "");
    }

    private static String text(String query) {
        return new FxRobot().lookup(query).queryAs(Label.class).getText();
    }

    /** Counts the sample's features per {@code properties.layer}, read from the bundled file itself. */
    private static Map<String, Integer> sampleCountsPerLayer() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (InputStream in = SamplePicture.class.getResourceAsStream(SamplePicture.RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode feature : root.get("features")) {
                counts.merge(feature.get("properties").get("layer").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
