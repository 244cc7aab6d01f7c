package org.paxmap.app.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.application.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.PaxmapApp;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.NodeCertificate;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.RootAuthority;
import org.paxmap.bundle.trust.TestKeys;
import org.paxmap.bundle.trust.TrustedRoot;
import org.paxmap.bundle.trust.TrustedRoots;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxToolkit;

/**
 * A bundle from a node the window's picture has never met, certified by the Italian root the picture trusts: the real
 * window's import preview names the root and its fingerprint and the organisation it vouches for, and the import
 * applies.
 */
@Tag("slow")
class CertifiedImportTest {
    @TempDir
    static Path dir;

    private static Path ours;
    private static Path bundle;
    private static UUID device;
    private static NodeIdentity root;
    private static Application app;
    private final WindowDriver window = new WindowDriver();

    @BeforeAll
    static void aCertifiedStrangerSendsABundle() throws Exception {
        ours = dir.resolve("fra.gpkg");
        Path stick = Files.createDirectories(dir.resolve("stick"));
        Path rootFile = dir.resolve("ita-root.key");
        char[] pass = TestNode.PASSPHRASE.toCharArray();
        root = TestKeys.root(rootFile, "ITA", "Italian national root", pass);
        try (TestNode fra = TestNode.withKey(ours, "FRA-HQ", "French HQ", "FRA");
                TestNode ita = TestNode.withKey(dir.resolve("ita.gpkg"), "ITA-BN", "Italian battalion", "ITA")) {
            ita.trust(fra.identity); // ITA-BN may send to FRA-HQ; FRA-HQ has never met ITA-BN
            NodeCertificate c = RootAuthority.certify(
                    rootFile,
                    pass,
                    ita.identity,
                    Instant.now().minus(Duration.ofDays(1)),
                    Instant.now().plus(Duration.ofDays(90)));
            Path cert = dir.resolve("ita-bn.paxcert");
            OwnCertificates.writeFile(cert, List.of(c.compact()));
            OwnCertificates.importCertificate(ita.store, cert);
            TrustedRoots.add(
                    fra.store,
                    new TrustedRoot(root, "Cdt. Durand", Instant.now(), Map.of("EXERCISE", "UNCLASSIFIED"), List.of()),
                    false);
            Incident i = ita.incident("Device", ReleaseLabel.exercise("ITA"));
            device = i.id();
            ita.store.saveAll(List.of(i));
            bundle = ita.send("FRA-HQ", stick, Manifest.SyncMode.INCREMENTAL);
        }
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
    void thePreviewSaysWhichRootVouchedForTheSenderAndTheImportApplies() throws Exception {
        window.menu("itemImportBundle");
        window.waitFor("the import dialog", () -> window.find("#importDialog") != null);
        window.type("#importFile", bundle.toString());
        window.click("#importCheck");
        window.waitFor("the preview", () -> !window.text("#count-NEW").isEmpty());
        window.snapshot("#importSigner", "8b-import-certified");
        String signer = window.text("#importSigner");
        String words = "certified by ITA root " + root.fingerprint().digits().substring(0, 11);
        assertTrue(
                signer.startsWith("Italian battalion — node ITA-BN, ITA (" + words + ", certificate signed "), signer);
        assertTrue(signer.contains("not a partner of this picture: accepted on the root's word"), signer);
        assertTrue(signer.contains("The organisation ITA is the one the root vouches for."), signer);

        window.click("#importApply");
        window.waitFor(
                "the refreshed status bar", () -> window.text("#statusCounts").startsWith("1 incident "));
        try (PictureStore store = PictureStore.open(ours)) {
            assertTrue(store.find(device).isPresent());
        }
    }
}
