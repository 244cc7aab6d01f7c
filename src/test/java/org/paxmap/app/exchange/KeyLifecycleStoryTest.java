package org.paxmap.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.PaxmapApp;
import org.paxmap.bundle.trust.KeyLifecycle;
import org.paxmap.bundle.trust.KeyStatement;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeCertificate;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.RootAuthority;
import org.paxmap.bundle.trust.TestKeys;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.TemporaryKeyStore;
import org.testfx.api.FxToolkit;

/**
 * A laptop changes hands: through This node… ▸ Rotate or revoke… the real window makes the node a new key (a wrong
 * passphrase changes nothing) and says that its root certificate, for the old key, must be made again, then revokes the old key from a given time (a time that is not one is refused), as
 * {@code keys rotate} and {@code keys revoke} do; back on the node's page, the new fingerprint is shown.
 */
@Tag("slow")
class KeyLifecycleStoryTest {
    @TempDir
    Path dir;

    private final WindowDriver window = new WindowDriver();

    @Test
    void theWindowRotatesTheNodesKeyAndRevokesTheOldOne() throws Exception {
        try (TemporaryKeyStore keys = new TemporaryKeyStore(dir.resolve("keys"))) {
            rotateAndRevoke(dir.resolve("ita.gpkg"));
        }
    }

    private void rotateAndRevoke(Path picture) throws Exception {
        NodeIdentity original;
        try (TestNode ita = TestNode.withKey(picture, "ITA-BN", "Italian battalion", "ITA")) {
            original = ita.identity;
            Path rootFile = dir.resolve("ita-root.key");
            TestKeys.root(rootFile, "ITA", "Italian national root", TestNode.PASSPHRASE.toCharArray());
            NodeCertificate certificate = RootAuthority.certify(
                    rootFile,
                    TestNode.PASSPHRASE.toCharArray(),
                    original,
                    Instant.now().minus(Duration.ofDays(1)),
                    Instant.now().plus(Duration.ofDays(180)));
            Path file = dir.resolve("ita-bn.paxcert");
            OwnCertificates.writeFile(file, List.of(certificate.compact()));
            OwnCertificates.importCertificate(ita.store, file);
        }
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(PaxmapApp.class, picture.toString());
        try {
            inTheWindow(picture, original);
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private void inTheWindow(Path picture, NodeIdentity original) throws Exception {
        window.menu("itemThisNode");
        window.waitFor("the identity dialog", () -> window.find("#identityKeys") != null);
        window.click("#identityKeys");
        window.waitFor("the key form", () -> window.find("#keysPassphrase") != null);
        assertTrue(window.disabled("#keysRotate"), "no passphrase yet");
        assertTrue(window.disabled("#keysRevoke"), "no earlier key yet");

        window.type("#keysPassphrase", "not the passphrase");
        window.click("#keysRotate");
        window.waitFor("the refusal", () -> window.text("#keysStatus").startsWith("Nothing was changed"));
        assertTrue(window.alerts().contains("wrong passphrase"), window.alerts());
        window.closeAlerts();
        assertEquals(original.kid(), identityIn(picture).kid(), "the key stays");

        window.type("#keysPassphrase", TestNode.PASSPHRASE);
        window.snapshot("#keysRotate", "8c-rotate-key");
        window.click("#keysRotate");
        window.waitFor("the new key", () -> window.text("#keysStatus").startsWith("Done"));
        NodeIdentity rotated = identityIn(picture);
        assertNotEquals(original.kid(), rotated.kid());
        assertTrue(window.text("#keysStatus").contains(rotated.fingerprint().digits()), window.text("#keysStatus"));
        assertTrue(
                window.text("#keysStatus")
                        .contains("This node needs a new certificate from its root (paxmap root certify …, then"
                                + " paxmap keys certificate …)"),
                "the root certificate was for the old key: " + window.text("#keysStatus"));
        @SuppressWarnings("unchecked")
        ComboBox<String> earlier = window.robot.lookup("#keysEarlier").queryAs(ComboBox.class);
        window.waitFor("the earlier key", () -> original.kid().equals(WindowDriver.onFx(earlier::getValue)));

        window.type("#keysPassphrase", TestNode.PASSPHRASE);
        window.type("#keysSince", "yesterday");
        window.click("#keysRevoke");
        assertEquals("'yesterday' is not a UTC time like 2026-11-30T00:00:00Z.", window.text("#keysStatus"));
        window.type("#keysSince", "2026-11-30T00:00:00Z");
        window.click("#keysRevoke");
        window.waitFor("the revocation", () -> window.text("#keysStatus").startsWith("Done"));
        assertEquals(
                "Done: key " + original.kid() + " is revoked from 2026-11-30T00:00:00Z (statement 2); the next bundles"
                        + " carry the revocation.",
                window.text("#keysStatus"));
        try (PictureStore store = PictureStore.open(picture)) {
            List<String> statements = KeyLifecycle.ownStatements(store);
            assertEquals(2, statements.size());
            KeyStatement revocation = KeyStatement.read(statements.get(1), "statement 2");
            assertEquals(KeyStatement.Type.REVOCATION, revocation.type());
            assertEquals(original.kid(), revocation.key());
            assertTrue(KeyLifecycle.revocable(store).isEmpty());
        }

        window.click("#keysBack");
        window.waitFor("the node's page", () -> !window.text("#identityDigits").isEmpty());
        assertEquals(rotated.fingerprint().digitsInLines(), window.text("#identityDigits"));
    }

    private static NodeIdentity identityIn(Path picture) throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            return LocalIdentity.require(store);
        }
    }
}
