package org.paxmap.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
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
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.exchange.ImportPreview;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxToolkit;

/**
 * A picture with no key, in the real window: the first exchange action creates this node's identity through the
 * dialog, the partner is added from its real public key file after the fingerprint comparison, and a bundle is
 * exported through the dialog and verified by the partner's own picture. The steps build on each other, in order.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityPartnersAndExportTest {
    @TempDir
    static Path dir;

    private static final Map<String, String> EXERCISE_AND_UN =
            Map.of("EXERCISE", "UNCLASSIFIED", "UN", "UN CONFIDENTIAL");

    private static Path ours;
    private static Path partnerFile;
    private static Path partnerKey;
    private static NodeIdentity partnerIdentity;
    private static Application app;
    private final WindowDriver window = new WindowDriver();

    @BeforeAll
    static void startTheWindowOnAPictureWithoutKey() throws Exception {
        ours = dir.resolve("fra.gpkg");
        try (TestNode fra = TestNode.withoutKey(ours, "FRA-HQ")) {
            ReleaseLabel exercise = ReleaseLabel.exercise("FRA");
            ReleaseLabel secret = new ReleaseLabel("NATO", "NATO SECRET", List.of("FRA"), List.of(), "FRA");
            ReleaseLabel un = new ReleaseLabel("UN", "UN CONFIDENTIAL", List.of("UN", "ITA"), List.of(), "FRA");
            fra.store.saveAll(List.of(
                    fra.incident("Device at the crossing", exercise),
                    fra.incident("Checkpoint shooting", exercise),
                    fra.zone("Minefield north", exercise),
                    fra.incident("Source report", secret),
                    fra.incident("Mission convoy stopped", un)));
        }
        partnerFile = dir.resolve("ita.gpkg");
        try (TestNode ita = TestNode.withKey(partnerFile, "ITA-BN", "Italian battalion", "ITA")) {
            partnerIdentity = ita.identity;
            Files.createDirectories(dir.resolve("from-ita"));
            partnerKey = ita.keyFile(dir.resolve("from-ita"));
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class, ours.toString());
        new WindowDriver().waitFor("the picture", () -> new WindowDriver()
                .text("#statusCounts")
                .contains("4 incidents"));
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(1)
    void theFirstExchangeActionCreatesTheIdentityThroughTheDialogCheckingThePassphraseAsTyped() throws Exception {
        window.menu("itemPartners");
        window.waitFor("the identity dialog", () -> window.find("#identityDialog") != null);
        assertTrue(window.disabled("#identityCreate"), "nothing typed yet");

        window.type("#identityName", "French HQ, Sector West");
        window.type("#identityOrganisation", "F-R-A");
        assertTrue(window.text("#identityProblem").contains("not a code"), window.text("#identityProblem"));
        window.type("#identityOrganisation", "fra");
        window.type("#identityPassphrase", "short");
        assertEquals("Too short: 5 of at least 12 characters.", window.text("#identityProblem"));
        window.snapshot("#identityCreate", "1-identity-create");
        assertTrue(window.disabled("#identityCreate"));
        window.type("#identityPassphrase", TestNode.PASSPHRASE);
        assertEquals("Type it again below.", window.text("#identityProblem"));
        window.type("#identityRepeat", TestNode.PASSPHRASE + "!");
        assertEquals("The two passphrases differ.", window.text("#identityProblem"));
        window.type("#identityRepeat", TestNode.PASSPHRASE);
        assertEquals("", window.text("#identityProblem"));

        window.click("#identityCreate");
        window.waitFor("the fingerprint", () -> !window.text("#identityDigits").isEmpty());

        NodeIdentity stored;
        try (PictureStore store = PictureStore.open(ours)) {
            stored = LocalIdentity.read(store).orElseThrow();
            assertEquals(
                    "FRA-HQ",
                    LocalIdentity.unlock(store, TestNode.PASSPHRASE.toCharArray()) != null ? stored.nodeId() : "");
        }
        assertEquals("French HQ, Sector West", stored.name());
        assertEquals("FRA", stored.organisation());
        assertEquals(stored.fingerprint().digitsInLines(), window.text("#identityDigits"));
        assertEquals(3, window.text("#identityDigits").split("\n").length, "three lines of four groups");
        assertEquals(stored.kid(), WindowDriver.onFx(() -> window.robot
                .lookup("#identityThumbprint")
                .queryTextInputControl()
                .getText()));

        window.snapshot("#identityDigits", "2-identity-created");
        Path keyFile = dir.resolve("for-partners").resolve("FRA-HQ.paxkey");
        Files.createDirectories(keyFile.getParent());
        window.type("#identityKeyFile", keyFile.toString());
        window.click("#identitySaveKey");
        window.waitFor("the saved key file", () -> window.text("#identitySaved").startsWith("Saved"));
        assertEquals(stored.kid(), PublicKeyFile.read(keyFile).kid());

        window.click("#identityClose");
        window.waitFor("the partners dialog the action asked for", () -> window.find("#partnersDialog") != null);
    }

    @Test
    @Order(2)
    void aPartnerIsAddedFromItsKeyFileOnlyAfterTheFingerprintIsComparedAndSomeoneVouchesForIt() throws Exception {
        if (window.find("#partnersDialog") == null) {
            window.menu("itemPartners");
            window.waitFor("the partners dialog", () -> window.find("#partnersDialog") != null);
        }
        window.click("#partnersAdd");
        window.waitFor("the add dialog", () -> window.find("#addPartnerDialog") != null);
        window.type("#partnerKeyFile", partnerKey.toString());
        window.click("#partnerRead");
        window.waitFor("the partner's fingerprint", () -> !window.text("#partnerDigits")
                .isEmpty());
        assertEquals(partnerIdentity.fingerprint().digitsInLines(), window.text("#partnerDigits"));
        assertTrue(window.text("#partnerWho").startsWith("Italian battalion — node ITA-BN, ITA"));
        assertTrue(window.disabled("#partnerAdd"), "not before the comparison");

        List<String> groups = partnerIdentity.fingerprint().groups();
        int first = groupAskedIn("#partnerFirstGroup");
        int second = groupAskedIn("#partnerSecondGroup");
        assertTrue(window.text("#partnerAskGroups").contains("groups " + first + " and " + second));
        window.type("#partnerFirstGroup", groups.get(first - 1));
        String misheard =
                groups.get(second - 1).substring(0, 4) + (groups.get(second - 1).charAt(4) == '0' ? "1" : "0");
        window.type("#partnerSecondGroup", misheard);
        assertTrue(
                window.text("#partnerProblem").startsWith("Group " + second + " does not match: you typed " + misheard),
                window.text("#partnerProblem"));
        window.type("#partnerVerifiedBy", "Capt. Dupont");
        assertTrue(window.disabled("#partnerAdd"), "a wrong group is refused whoever vouches");
        window.type("#partnerVerifiedBy", "");
        window.type("#partnerSecondGroup", groups.get(second - 1));
        assertTrue(window.disabled("#partnerAdd"), "not before someone says who compared");
        assertEquals("Say who compared the fingerprint.", window.text("#partnerProblem"));
        window.type("#partnerVerifiedBy", "Capt. Dupont");
        @SuppressWarnings("unchecked")
        ComboBox<String> exercise = window.robot.lookup("#channel-EXERCISE").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> unChannel = window.robot.lookup("#channel-UN").queryAs(ComboBox.class);
        WindowDriver.onFx(() -> {
            exercise.getSelectionModel().select("UNCLASSIFIED");
            unChannel.getSelectionModel().select("UN CONFIDENTIAL");
            return null;
        });
        window.type("#partnerHolds", "nato");
        window.snapshot("#partnerAdd", "3-add-partner");
        window.click("#partnerAdd");

        @SuppressWarnings("unchecked")
        TableView<Partner> table = window.robot.lookup("#partnersTable").queryAs(TableView.class);
        window.waitFor("the new partner in the table", () -> table.getItems().size() == 1);
        try (PictureStore store = PictureStore.open(ours)) {
            List<Partner> partners = new TrustList(store).partners();
            assertEquals(1, partners.size());
            Partner ita = partners.get(0);
            assertEquals("ITA-BN", ita.nodeId());
            assertEquals(partnerIdentity.kid(), ita.kid());
            assertEquals("Capt. Dupont", ita.verifiedBy());
            assertEquals(EXERCISE_AND_UN, ita.channels());
            assertEquals(List.of("NATO"), ita.holds());
            assertTrue(ita.active());
        }
        window.snapshot("#partnersTable", "4-partners");
        window.closeWindowOf("#partnersTable");
    }

    @Test
    @Order(3)
    void anExportShowsWhatGoesAndWhatIsWithheldThenWritesABundleThePartnerVerifies() throws Exception {
        window.menu("itemExportBundle");
        window.waitFor("the plan", () -> !window.text("#exportCounts").isEmpty());
        window.click("#exportFull");
        window.waitFor("the full plan", () -> window.text("#exportPlanStatus").startsWith("A full export"));
        assertEquals("2 incidents · 0 routes · 1 zone (3 features)", window.text("#exportCounts"));
        assertEquals("EXERCISE — UNCLASSIFIED // REL TO ITA", window.text("#exportLabel"));
        @SuppressWarnings("unchecked")
        ListView<String> withheld = window.robot.lookup("#exportWithheld").queryAs(ListView.class);
        List<String> reasons = WindowDriver.onFx(() -> List.copyOf(withheld.getItems()));
        assertEquals(2, reasons.size(), reasons.toString());
        assertTrue(
                reasons.stream().anyMatch(r -> r.contains("'Source report'") && r.contains("NATO")),
                reasons.toString());
        assertTrue(window.text("#exportWithheldSummary")
                .contains("1 × policy UN travels in a bundle of its own; this bundle carries EXERCISE"));
        assertEquals("releasable: EXERCISE 3 · UN 1", window.text("#exportPerPolicy"));

        window.snapshot("#exportCounts", "5-export-plan");
        Path stick = Files.createDirectories(dir.resolve("stick"));
        window.type("#exportFolder", stick.toString());
        window.type("#exportPassphrase", "not the passphrase");
        window.click("#exportWrite");
        window.waitFor("the refusal", () -> window.text("#exportResult").equals("Nothing was written."));
        assertTrue(window.alerts().contains("wrong passphrase"), window.alerts());
        assertEquals(0, bundlesIn(stick).size());
        window.closeAlerts();

        window.type("#exportPassphrase", TestNode.PASSPHRASE);
        window.click("#exportWrite");
        window.waitFor("the bundle", () -> window.text("#exportResult").startsWith("Done"));
        List<Path> bundles = bundlesIn(stick);
        assertEquals(1, bundles.size());
        window.snapshot("#exportResult", "6-export-done");
        String done = window.text("#exportResult");
        assertTrue(done.contains(bundles.get(0).getFileName().toString()), done);
        assertTrue(done.contains("read back and its signature verified"), done);
        assertTrue(done.contains("it is encrypted to the partner's key"), done);

        try (PictureStore ita = PictureStore.open(partnerFile)) {
            NodeIdentity fra = PublicKeyFile.read(dir.resolve("for-partners").resolve("FRA-HQ.paxkey"));
            new TrustList(ita).add(fra, "Capt. Rossi", TestNode.T0, EXERCISE_AND_UN, List.of());
            ImportPreview preview = new BundleImport(ita)
                    .preview(
                            bundles.get(0),
                            org.paxmap.bundle.trust.LocalIdentity.unlockEncryption(
                                    ita, TestNode.PASSPHRASE.toCharArray()));
            assertTrue(preview.encrypted(), "the window encrypts unless the box is unticked");
            assertEquals("FRA-HQ", preview.signer().nodeId());
            assertEquals(3, preview.count(SyncClass.NEW));
            assertFalse(preview.refused());
            new BundleImport(ita).apply(preview);
        }
    }

    @Test
    @Order(4)
    void theUserChoosesTheUnPolicyAndTheBundleCarriesWhatIsReleasedUnderIt() throws Exception {
        window.waitFor("the export dialog", () -> window.find("#exportDialog") != null);
        @SuppressWarnings("unchecked")
        ComboBox<String> policy = window.robot.lookup("#exportPolicy").queryAs(ComboBox.class);
        WindowDriver.onFx(() -> {
            policy.getSelectionModel().select("UN");
            return null;
        });
        window.waitFor("the UN plan", () -> window.text("#exportLabel").startsWith("UN —"));
        assertEquals("UN — UN CONFIDENTIAL // REL TO ITA", window.text("#exportLabel"));
        assertEquals("1 incident · 0 routes · 0 zones (1 feature)", window.text("#exportCounts"));
        String summary = window.text("#exportWithheldSummary");
        assertTrue(
                summary.startsWith("3 × policy EXERCISE travels in a bundle of its own; this bundle carries UN"),
                summary);
        window.snapshot("#exportWithheldSummary", "7-export-un-policy");

        Path stick = dir.resolve("stick-un");
        Files.createDirectories(stick);
        window.type("#exportFolder", stick.toString());
        window.type("#exportPassphrase", TestNode.PASSPHRASE);
        window.click("#exportWrite");
        window.waitFor("the UN bundle", () -> window.text("#exportResult").startsWith("Done"));
        List<Path> bundles = bundlesIn(stick);
        assertEquals(1, bundles.size());

        try (PictureStore ita = PictureStore.open(partnerFile)) {
            ImportPreview preview = new BundleImport(ita)
                    .preview(bundles.get(0), LocalIdentity.unlockEncryption(ita, TestNode.PASSPHRASE.toCharArray()));
            assertFalse(preview.refused(), preview.toString());
            assertEquals("UN", preview.bundle().manifest().label().policy());
            assertEquals(1, preview.count(SyncClass.NEW));
        }
    }

    /** The 1-based number of the fingerprint group a type-back field asks for, read from its prompt. */
    private int groupAskedIn(String field) throws Exception {
        String prompt = WindowDriver.onFx(
                () -> window.robot.lookup(field).queryTextInputControl().getPromptText());
        return Integer.parseInt(prompt.replace("group ", ""));
    }

    private static List<Path> bundlesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".paxb")).toList();
        }
    }
}
