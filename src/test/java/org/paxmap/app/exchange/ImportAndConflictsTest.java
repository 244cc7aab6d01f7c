package org.paxmap.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.PaxmapApp;
import org.paxmap.app.map.MapView;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.PlannedFeature;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxToolkit;

/**
 * Two real nodes that trust each other: the partner's real bundles are imported through the dialog into the picture
 * shown in the real window — a tampered copy is refused with the reason and changes nothing, the genuine one is
 * previewed and applied, and a conflicting edit is resolved in the conflicts dialog. The steps build on each other.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportAndConflictsTest {
    @TempDir
    static Path dir;

    private static Path ours;
    private static Path theirs;
    private static Path stick;
    private static Path bundle;
    private static Path tampered;
    private static UUID device;
    private static Application app;
    private final WindowDriver window = new WindowDriver();

    @BeforeAll
    static void twoNodesAndAPartnerBundleOnTheStick() throws Exception {
        ours = dir.resolve("fra.gpkg");
        theirs = dir.resolve("ita.gpkg");
        stick = Files.createDirectories(dir.resolve("stick"));
        try (TestNode fra = TestNode.withKey(ours, "FRA-HQ", "French HQ", "FRA");
                TestNode ita = TestNode.withKey(theirs, "ITA-BN", "Italian battalion", "ITA")) {
            fra.trust(ita.identity);
            ita.trust(fra.identity);
            ReleaseLabel exercise = ReleaseLabel.exercise("ITA");
            Incident i = ita.incident("Device", exercise);
            device = i.id();
            ita.store.saveAll(List.of(i, ita.zone("Minefield south", exercise)));
            bundle = ita.send("FRA-HQ", stick, Manifest.SyncMode.INCREMENTAL);
        }
        tampered = dir.resolve("altered").resolve("tampered.paxb");
        Files.createDirectories(tampered.getParent());
        TestNode.alter(bundle, tampered, "data/incidents.geojson", text -> text.replace("\"Device\"", "\"Devixe\""));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class, ours.toString());
        new WindowDriver().waitFor("the picture", () -> new WindowDriver()
                .text("#statusCounts")
                .startsWith("0 incidents"));
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(1)
    void aTamperedBundleIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        window.menu("itemImportBundle");
        window.waitFor("the import dialog", () -> window.find("#importDialog") != null);
        window.type("#importFile", tampered.toString());
        window.click("#importCheck");
        window.waitFor("the refusal", () -> window.find("#importRefused") != null);
        window.snapshot("#importRefused", "7-import-refused");
        DialogPane alert = window.robot.lookup("#importRefused").queryAs(DialogPane.class);
        String header = WindowDriver.onFx(alert::getHeaderText);
        String content = WindowDriver.onFx(alert::getContentText);
        assertTrue(header.startsWith("The bundle was altered after it was signed"), header);
        assertTrue(content.contains("tampered.paxb") && content.contains("data/incidents.geojson"), content);
        assertTrue(content.endsWith("Nothing was imported."), content);
        assertTrue(window.disabled("#importApply"));
        try (PictureStore store = PictureStore.open(ours)) {
            assertTrue(store.find(device).isEmpty());
            assertTrue(
                    store.summary().counts().values().stream().allMatch(n -> n == 0),
                    store.summary().counts().toString());
        }
        window.closeWindowOf("#importRefused");
        window.closeWindowOf("#importFile");
    }

    @Test
    @Order(2)
    void theGenuineBundleIsPreviewedWithItsSignerAndCountsThenAppliedAndTheWindowRefreshed() throws Exception {
        window.menu("itemImportBundle");
        window.waitFor("the import dialog", () -> window.find("#importDialog") != null);
        window.type("#importFile", bundle.toString());
        window.click("#importCheck");
        window.waitFor("the preview", () -> !window.text("#count-NEW").isEmpty());
        window.snapshot("#count-NEW", "8-import-preview");
        assertEquals("2", window.text("#count-NEW"));
        assertEquals("0", window.text("#count-CONFLICT"));
        assertEquals("0", window.text("#count-REFUSED"));
        String signer = window.text("#importSigner");
        assertTrue(signer.startsWith("Italian battalion — node ITA-BN, ITA"), signer);
        assertTrue(signer.contains("nothing in the bundle was altered"), signer);
        @SuppressWarnings("unchecked")
        TableView<PlannedFeature> features =
                window.robot.lookup("#importFeatures").queryAs(TableView.class);
        assertEquals(2, WindowDriver.onFx(() -> features.getItems().size()));
        try (PictureStore store = PictureStore.open(ours)) {
            assertTrue(store.find(device).isEmpty(), "the preview writes nothing");
        }

        window.click("#importApply");
        window.waitFor(
                "the refreshed status bar", () -> window.text("#statusCounts").startsWith("1 incident "));
        assertTrue(window.text("#statusCounts").endsWith("1 zone"), window.text("#statusCounts"));
        assertTrue(window.alerts().contains("2 features written"), window.alerts());
        try (PictureStore store = PictureStore.open(ours)) {
            assertEquals("Device", store.find(device).orElseThrow().name());
            assertEquals(1, store.provenance(device).size());
        }
    }

    @Test
    @Order(3)
    void aConflictIsShownSideBySideWithItsProvenanceAndResolvedByTakingTheirs() throws Exception {
        Path second;
        try (PictureStore fra = PictureStore.open(ours);
                TestNode ita = reopen(theirs)) {
            fra.saveAll(List.of(TestNode.titled((Incident) fra.find(device).orElseThrow(), "Device, French reading")));
            ita.store.saveAll(List.of(
                    TestNode.titled((Incident) ita.store.find(device).orElseThrow(), "Device, Italian reading")));
            Files.createDirectories(stick.resolve("second"));
            second = ita.send("FRA-HQ", stick.resolve("second"), Manifest.SyncMode.INCREMENTAL);
        }
        window.menu("itemImportBundle");
        window.waitFor("the import dialog", () -> window.find("#importDialog") != null);
        window.type("#importFile", second.toString());
        window.click("#importCheck");
        window.waitFor("the preview", () -> !window.text("#count-CONFLICT").isEmpty());
        assertEquals("1", window.text("#count-CONFLICT"));
        window.click("#importApply");
        window.waitFor("the import report", () -> window.alerts().contains("1 conflict to resolve"));
        MapView map = window.robot.lookup("#mapView").queryAs(MapView.class);
        window.waitFor("the conflict flagged on the map", () -> WindowDriver.onFx(map::flaggedConflicts)
                .equals(java.util.Set.of(device)));

        window.closeAlerts();
        window.menu("itemConflicts");
        window.waitFor("the conflicts dialog", () -> window.find("#conflictsList") != null);
        @SuppressWarnings("unchecked")
        ListView<ConflictCase> list =
                (ListView<ConflictCase>) window.robot.lookup("#conflictsList").query();
        window.waitFor("the conflict", () -> list.getItems().size() == 1);
        window.waitFor(
                "the selected conflict", () -> !window.text("#conflictReason").isEmpty());
        @SuppressWarnings("unchecked")
        TableView<ConflictCase.FieldRow> fields =
                window.robot.lookup("#conflictFields").queryAs(TableView.class);
        assertTrue(
                window.text("#conflictReason")
                        .endsWith("ITA-BN changed this incident once since you last heard from them, while you changed"
                                + " it once. Both changed the same field. Until you choose, the map shows their"
                                + " version; both versions are kept."),
                window.text("#conflictReason"));
        ConflictCase.FieldRow first = WindowDriver.onFx(() -> fields.getItems().get(0));
        assertEquals(
                new ConflictCase.FieldRow("title", "Device, French reading", "Device, Italian reading", true), first);
        String provenance = WindowDriver.onFx(() -> window.robot
                .lookup("#conflictProvenance")
                .queryAs(ProvenanceView.class)
                .text());
        assertTrue(provenance.startsWith("Created by Italian battalion (ITA-BN)."), provenance);
        assertTrue(provenance.contains("signed by Italian battalion (ITA-BN)"), provenance);

        window.snapshot("#conflictsList", "9-conflicts");
        window.click("#conflictTakeTheirs");
        window.waitFor("the resolution", () -> window.text("#conflictStatus").startsWith("Took the partner's"));
        window.waitFor("the emptied list", () -> list.getItems().isEmpty());
        window.waitFor("the flag gone from the map", () -> WindowDriver.onFx(map::flaggedConflicts)
                .isEmpty());
        try (PictureStore store = PictureStore.open(ours)) {
            assertTrue(store.conflicts().isEmpty());
            assertEquals(
                    "Device, Italian reading", store.find(device).orElseThrow().name());
        }
    }

    private static TestNode reopen(Path file) throws Exception {
        return TestNode.open(file);
    }
}
