package org.paxmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.exchange.WindowDriver;
import org.paxmap.export.ExportFormat;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.PlotFeatures;

/**
 * File ▸ Export… in the real window: a KMZ for ITA leaves out the {@code REL TO FRA, DEU} incident and says so; a GPX
 * for no audience first shows the labels it will carry and writes only after the user confirms; Cancel in the export's
 * progress window stops it and leaves no file. The file is typed
 * into the dialog's file field (Browse… opens the native file dialog, which a headless test cannot drive).
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportStoryTest {
    @TempDir
    static Path dir;

    private static Application app;
    private final WindowDriver window = new WindowDriver();

    @BeforeAll
    static void aPictureWithAFranceGermanyOnlyIncident() throws Exception {
        Path picture = dir.resolve("ops.gpkg");
        try (PictureStore store = PictureStore.create(picture, "FRA-HQ")) {
            store.saveAll(java.util.List.of(
                    PlotFeatures.incident(
                            "FRA-HQ",
                            "Patrol sighting",
                            new ReleaseLabel("NATO", "NATO UNCLASSIFIED", java.util.List.of("NATO"), null, "FRA")),
                    PlotFeatures.incident(
                            "FRA-HQ",
                            "Only for Paris and Berlin",
                            new ReleaseLabel(
                                    "NATO", "NATO RESTRICTED", java.util.List.of("FRA", "DEU"), null, "FRA"))));
        }
        app = WindowDriver.start(picture);
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        WindowDriver.stop(app);
    }

    @Test
    @Order(1)
    void aKmzForItalyLeavesOutWhatItMayNotSee() throws Exception {
        Path out = dir.resolve("for-ita.kmz");
        fill(ExportFormat.KMZ, "ITA", out);
        window.snapshot("#exportDialog", "11-export-dialog");
        window.click("#exportRun");
        window.waitFor("the export report", () -> window.alerts().contains("withheld from ITA"));
        assertThat(window.alerts())
                .contains("exported 1 incident to " + out)
                .contains("withheld from ITA: 1 feature")
                .contains("FRA, DEU");
        window.closeAlerts();
        String kml = unzipped(out);
        assertThat(kml).contains("Patrol sighting").doesNotContain("Paris and Berlin");
    }

    @Test
    @Order(2)
    void aGpxForNoAudienceAsksFirstWithTheLabelsItCarries() throws Exception {
        Path out = dir.resolve("everything.gpx");
        fill(ExportFormat.GPX, null, out);
        window.click("#exportRun");
        window.waitFor("the confirmation", () -> window.find("#exportConfirm") != null);
        assertThat(window.alerts())
                .contains("NATO: NATO RESTRICTED // REL TO FRA, DEU")
                .contains("NATO: NATO UNCLASSIFIED // REL TO NATO");
        window.snapshot("#exportConfirm", "11-export-confirm");
        assertThat(out).doesNotExist();
        window.click("#exportConfirmRun");
        window.waitFor("the export report", () -> window.alerts().contains("exported 2 incidents"));
        window.closeAlerts();
        assertThat(Files.readString(out)).contains("Patrol sighting").contains("Paris and Berlin");
    }

    @Test
    @Order(3)
    void cancelInTheProgressWindowStopsTheExportAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("stopped.gpkg");
        fill(ExportFormat.GPKG, "ITA", out);
        Runnable stopWatching = WindowDriver.pressWhenShown("exportProgressWindow", "exportCancel");
        try {
            window.click("#exportRun");
            window.waitFor(
                    "the cancelled export's message", () -> window.alerts().contains("Export cancelled"));
        } finally {
            stopWatching.run();
        }
        assertThat(window.alerts()).contains("Export cancelled: nothing was written to " + out);
        window.closeAlerts();
        assertThat(window.find("#exportProgressWindow"))
                .as("the progress window is closed")
                .isNull();
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left")
                    .noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static String unzipped(Path kmz) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(kmz.toFile())) {
            return new String(
                    zip.getInputStream(zip.getEntry("doc.kml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Opens File ▸ Export… and fills the dialog as a user would. */
    private void fill(ExportFormat format, String audience, Path out) {
        window.menu("itemExport");
        window.waitFor("the export dialog", () -> window.find("#exportFormat") != null);
        @SuppressWarnings("unchecked")
        ChoiceBox<ExportFormat> formats = (ChoiceBox<ExportFormat>) window.find("#exportFormat");
        @SuppressWarnings("unchecked")
        ComboBox<String> audiences = (ComboBox<String>) window.find("#exportAudience");
        TextField file = (TextField) window.find("#exportFile");
        WindowDriver.onFx(() -> {
            formats.setValue(format);
            assertThat(audiences.getItems()).contains("ITA", "NATO", ExportDialog.NONE);
            audiences.setValue(audience == null ? ExportDialog.NONE : audience);
            file.setText(out.toString());
            return null;
        });
    }
}
