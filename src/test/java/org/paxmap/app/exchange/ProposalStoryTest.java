package org.paxmap.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.application.Application;
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
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.PlannedFeature;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxToolkit;

/**
 * A partner proposes deleting one of our zones, in the real window on our real picture with real keys: the import
 * preview says "FRA-HQ proposes to delete your zone 'Minefield North'"; after Apply the zone is still on the map,
 * flagged; in the conflicts dialog, rejecting keeps it and the next bundle restores it at the partner, so both
 * pictures agree; the partner's next deletion, accepted, deletes it. The steps build on each other.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProposalStoryTest {
    private static final String WORDS = "FRA-HQ proposes to delete your zone 'Minefield North'";

    @TempDir
    static Path dir;

    private static Path ours;
    private static Path theirs;
    private static Path stick;
    private static UUID zone;
    private static Application app;
    private final WindowDriver window = new WindowDriver();

    @BeforeAll
    static void theZoneTravelsToThePartner() throws Exception {
        ours = dir.resolve("ita.gpkg");
        theirs = dir.resolve("fra.gpkg");
        stick = Files.createDirectories(dir.resolve("stick"));
        try (TestNode ita = TestNode.withKey(ours, "ITA-BN", "Italian battalion", "ITA");
                TestNode fra = TestNode.withKey(theirs, "FRA-HQ", "French HQ", "FRA")) {
            ita.trust(fra.identity);
            fra.trust(ita.identity);
            zone = ita.store
                    .saveAll(List.of(ita.zone("Minefield North", ReleaseLabel.exercise("ITA"))))
                    .get(0)
                    .id();
            receive(fra, ita.send("FRA-HQ", folder("first"), Manifest.SyncMode.INCREMENTAL));
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class, ours.toString());
        new WindowDriver().waitFor("the picture", () -> new WindowDriver()
                .text("#statusCounts")
                .endsWith("1 zone"));
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static Path folder(String name) throws Exception {
        return Files.createDirectories(stick.resolve(name));
    }

    private static void receive(TestNode node, Path bundle) throws Exception {
        BundleImport importer = new BundleImport(node.store);
        importer.apply(importer.preview(bundle));
    }

    /** FRA-HQ deletes the zone and sends its changes to ITA-BN. */
    private static Path theyDeleteIt(String name) throws Exception {
        try (TestNode fra = TestNode.open(theirs)) {
            fra.store.delete(zone);
            return fra.send("ITA-BN", folder(name), Manifest.SyncMode.INCREMENTAL);
        }
    }

    private static boolean deletedIn(Path picture) throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            return store.find(zone).orElseThrow().sync().deleted();
        }
    }

    /** Imports {@code bundle} through the dialog; the preview must say the proposal in words. */
    private void importTheProposal(Path bundle) {
        window.menu("itemImportBundle");
        window.waitFor("the import dialog", () -> window.find("#importDialog") != null);
        window.type("#importFile", bundle.toString());
        window.click("#importCheck");
        window.waitFor("the preview", () -> !window.text("#count-PROPOSAL").isEmpty());
        assertEquals("1", window.text("#count-PROPOSAL"));
        window.snapshot("#importDialog", "10-import-proposal");
        @SuppressWarnings("unchecked")
        TableView<PlannedFeature> features =
                window.robot.lookup("#importFeatures").queryAs(TableView.class);
        String reason = WindowDriver.onFx(() -> features.getItems().get(0).reason());
        assertEquals(WORDS, reason);
        window.click("#importApply");
        window.waitFor("the import report", () -> window.alerts().contains("1 proposal kept, nothing of them applied"));
        window.closeAlerts();
    }

    /** Opens the conflicts dialog with the one proposal selected. */
    private ListView<ProposalCase> theProposal() {
        window.menu("itemConflicts");
        window.waitFor("the conflicts dialog", () -> window.find("#proposalsList") != null);
        @SuppressWarnings("unchecked")
        ListView<ProposalCase> list =
                (ListView<ProposalCase>) window.robot.lookup("#proposalsList").query();
        window.waitFor("the proposal", () -> list.getItems().size() == 1);
        window.waitFor(
                "the selected proposal", () -> window.text("#conflictReason").equals(WORDS));
        window.snapshot("#proposalsList", "11-conflicts-proposal");
        return list;
    }

    @Test
    @Order(1)
    void thePreviewSaysSoAndAfterApplyTheZoneIsStillOnTheMapFlagged() throws Exception {
        importTheProposal(theyDeleteIt("second"));
        assertTrue(window.text("#statusCounts").endsWith("1 zone"), window.text("#statusCounts"));
        MapView map = window.robot.lookup("#mapView").queryAs(MapView.class);
        window.waitFor("the zone flagged on the map", () -> WindowDriver.onFx(map::flaggedConflicts)
                .equals(Set.of(zone)));
        assertFalse(deletedIn(ours), "the zone is still ours and live");
    }

    @Test
    @Order(2)
    void rejectingKeepsTheZoneAndTheNextBundleRestoresItAtThePartner() throws Exception {
        ListView<ProposalCase> list = theProposal();
        window.click("#proposalReject");
        window.waitFor("the answer", () -> window.text("#conflictStatus").startsWith("Rejected: " + WORDS));
        window.waitFor("the emptied list", () -> list.getItems().isEmpty());
        MapView map = window.robot.lookup("#mapView").queryAs(MapView.class);
        window.waitFor(
                "the flag gone", () -> WindowDriver.onFx(map::flaggedConflicts).isEmpty());
        window.closeWindowOf("#proposalsList");
        assertFalse(deletedIn(ours));

        assertTrue(deletedIn(theirs));
        try (TestNode ita = TestNode.open(ours);
                TestNode fra = TestNode.open(theirs)) {
            receive(fra, ita.send("FRA-HQ", folder("answer"), Manifest.SyncMode.INCREMENTAL));
            assertEquals(
                    ita.store.find(zone).orElseThrow(),
                    fra.store.find(zone).orElseThrow(),
                    "our answer restored the zone at FRA-HQ: both pictures agree");
        }
    }

    @Test
    @Order(3)
    void acceptingTheNextDeletionDeletesTheZone() throws Exception {
        importTheProposal(theyDeleteIt("third"));
        theProposal();
        window.click("#proposalAccept");
        window.waitFor("the answer", () -> window.text("#conflictStatus").startsWith("Accepted: " + WORDS));
        window.waitFor("the zone gone from the status bar", () -> window.text("#statusCounts")
                .endsWith("0 zones"));
        window.closeWindowOf("#proposalsList");
        assertTrue(deletedIn(ours));
    }

    @Test
    @Order(4)
    void thePartnersDialogShowsAndSetsWhetherAPartnersEditsOfOursApply() throws Exception {
        window.menu("itemPartners");
        window.waitFor("the partners dialog", () -> window.find("#partnersTable") != null);
        @SuppressWarnings("unchecked")
        TableView<org.paxmap.bundle.trust.Partner> table =
                window.robot.lookup("#partnersTable").queryAs(TableView.class);
        window.waitFor(
                "the partner", () -> WindowDriver.onFx(() -> table.getItems().size()) == 1);
        String column = WindowDriver.onFx(() -> {
            var last = table.getColumns().get(table.getColumns().size() - 1);
            return last.getText() + ": " + last.getCellData(0);
        });
        assertEquals("Edits of ours: proposals", column);
        WindowDriver.onFx(() -> {
            table.getSelectionModel().select(0);
            return null;
        });
        window.click("#partnersEditRight");
        window.waitFor(
                "the edit right", () -> window.text("#partnersStatus").endsWith("may now edit our features directly."));
        try (PictureStore store = PictureStore.open(ours)) {
            assertEquals(Set.of("FRA-HQ"), store.proposals().editRights());
        }
        window.waitFor("the column", () -> WindowDriver.onFx(() ->
                        table.getColumns().get(table.getColumns().size() - 1).getCellData(0))
                .equals("apply"));
        window.closeWindowOf("#partnersTable");
    }
}
