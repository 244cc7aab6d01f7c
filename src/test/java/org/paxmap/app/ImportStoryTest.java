package org.paxmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.exchange.WindowDriver;
import org.paxmap.model.Incident;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.SharedData;

/**
 * Files dropped on the real window: a KML is previewed (how each placemark maps, what is skipped) and, after Import,
 * its features are in the picture and the window; an ACLED CSV shows its mapping in the preview, and Cancel writes
 * nothing; an imported feature selected in the review table shows in the details panel which file and source id it
 * came from. The drop is handed to the window's drop handler as the operating system would hand it (a headless test
 * cannot make an OS drag); File ▸ Import… hands the files chosen in its native file dialog to the same place.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportStoryTest {
    @TempDir
    static Path dir;

    private static Path picture;
    private static Application app;
    private final WindowDriver window = new WindowDriver();

    @BeforeAll
    static void anEmptyPictureInTheWindow() throws Exception {
        picture = dir.resolve("ops.gpkg");
        PictureStore.create(picture, "FRA-HQ").close();
        app = WindowDriver.start(picture);
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        WindowDriver.stop(app);
    }

    @Test
    @Order(1)
    void aDroppedKmlIsPreviewedThenAppliedAndFoundInTheStore() throws Exception {
        Path kml = SharedData.realdata().resolve("kml/libkml_kmlsamples.kml");
        drop(kml);
        window.waitFor("the import preview", () -> window.find("#importPreview") != null);
        window.snapshot("#importPreview", "11-import-preview-kml");
        String preview = previewText();
        assertTrue(preview.contains("\n  incidents: 4 added"), "one line per layer: " + preview);
        assertTrue(
                preview.contains("KML Placemark with a Point → incident, type 'Other' (no type in the file)"), preview);
        assertTrue(preview.contains("7 × KML ScreenOverlay: an image fixed to the screen, not a place"), preview);
        assertTrue(preview.contains("Features without a label get: UNMARKED"), preview);
        try (PictureStore store = PictureStore.open(picture)) {
            assertEquals(0, store.summary().total(), "the preview writes nothing");
        }
        window.robot.clickOn("Import");
        window.waitFor(
                "the refreshed status bar", () -> window.text("#statusCounts").startsWith("4 incidents"));
        assertTrue(window.alerts().contains("Imported libkml_kmlsamples.kml"), window.alerts());
        window.closeAlerts();
        try (PictureStore store = PictureStore.open(picture)) {
            assertEquals(19, store.summary().total());
            assertTrue(store.incidents(FeatureQuery.all()).stream()
                    .map(Incident::title)
                    .anyMatch("Floating placemark"::equals));
        }
    }

    @Test
    @Order(2)
    void anAcledCsvShowsItsMappingAndCancelWritesNothing() throws Exception {
        Path csv = SharedData.realdata().resolve("acled/acled-to-geojson_ACLEDtestFile_legacy-v5-header.csv");
        int changes;
        try (PictureStore store = PictureStore.open(picture)) {
            changes = store.changesSince(0).size();
        }
        drop(csv);
        window.waitFor("the import preview", () -> window.find("#importPreview") != null);
        window.snapshot("#importPreview", "12-import-preview-acled");
        String preview = previewText();
        assertTrue(
                preview.contains("ACLED 'Violence against civilians' → incident Violence against civilians / Attack"),
                preview);
        assertTrue(preview.contains("geo_precision 1 → precision radius 2000 m, fatalities → casualties"), preview);
        window.robot.clickOn("Cancel");
        window.waitFor("the preview closed", () -> window.find("#importPreview") == null);
        try (PictureStore store = PictureStore.open(picture)) {
            assertEquals(19, store.summary().total(), "Cancel wrote nothing");
            assertEquals(changes, store.changesSince(0).size(), "Cancel wrote nothing to the change log");
        }
    }

    @Test
    @Order(3)
    void aSelectedImportedFeatureShowsItsSourceInTheDetailsPanel() throws Exception {
        window.robot.clickOn("#reviewSearch").write("Floating placemark");
        window.waitFor("the imported placemark in the review table", () -> row0() != null);
        window.robot.clickOn(row0());
        window.waitFor("the details panel with its source", () -> provenance().contains("Source: "));
        String shown = provenance();
        assertTrue(
                shown.contains("Source: KML 'libkml_kmlsamples.kml', placemark id floating-placemark (imported "),
                "the format, file and the placemark's own id: " + shown);
        window.snapshot("#detailsPanel", "13-details-foreign-source");
    }

    @Test
    @Order(4)
    void stopImportInTheProgressWindowWritesNothing() throws Exception {
        Path csv = SharedData.realdata().resolve("acled/acled-to-geojson_ACLEDtestFile_legacy-v5-header.csv");
        String before = org.paxmap.interop.PictureChecksum.of(picture);
        drop(csv);
        window.waitFor("the import preview", () -> window.find("#importPreview") != null);
        Runnable stopWatching = WindowDriver.pressWhenShown("importProgressWindow", "importCancel");
        try {
            window.robot.clickOn("Import");
            window.waitFor("the stopped import's message", () -> window.alerts().contains("Import cancelled"));
        } finally {
            stopWatching.run();
        }
        assertTrue(window.alerts().contains("nothing was imported into"), window.alerts());
        window.closeAlerts();
        assertEquals(before, org.paxmap.interop.PictureChecksum.of(picture), "the picture is as it was");
    }

    private javafx.scene.Node row0() {
        return WindowDriver.onFx(() -> window.robot
                .lookup("#reviewIncidents .table-row-cell")
                .match(n -> n instanceof javafx.scene.control.TableRow<?> r
                        && r.getIndex() == 0
                        && r.isVisible()
                        && r.getItem() != null)
                .tryQuery()
                .orElse(null));
    }

    private String provenance() {
        return WindowDriver.onFx(() -> window.robot
                .lookup("#detailsProvenance")
                .tryQuery()
                .map(n -> ((org.paxmap.app.exchange.ProvenanceView) n).text())
                .orElse(""));
    }

    private static void drop(Path file) {
        WindowDriver.onFx(() -> {
            Scene scene = Window.getWindows().stream()
                    .filter(w -> w.getScene() != null && w.getScene().lookup("#mainWindow") != null)
                    .findFirst()
                    .orElseThrow()
                    .getScene();
            FileDrop.dropped(scene, List.of(file));
            return null;
        });
    }

    private String previewText() {
        TextArea area = window.robot.lookup("#importPreview").queryAs(TextArea.class);
        return WindowDriver.onFx(area::getText);
    }
}
