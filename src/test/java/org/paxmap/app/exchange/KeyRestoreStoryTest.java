package org.paxmap.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.app.PaxmapApp;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.NodeKeyStore;
import org.paxmap.bundle.trust.NodeKeys;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.TemporaryKeyStore;
import org.testfx.api.FxToolkit;

/**
 * A node moves to a new laptop: its key was backed up on the old one (public key file and encrypted private key, as
 * {@code paxmap keys export-private} writes them); on the new laptop, with an empty key store, the window loads the
 * key from the backup through This node… — a wrong passphrase stores nothing, the right one gives the picture the
 * very key partners verified.
 */
@Tag("slow")
class KeyRestoreStoryTest {
    @TempDir
    Path dir;

    private Application app;
    private TemporaryKeyStore keyStore;
    private final WindowDriver window = new WindowDriver();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        if (keyStore != null) {
            keyStore.close();
        }
    }

    @Test
    void theWindowLoadsTheNodesKeyFromItsBackupOnANewLaptop() throws Exception {
        Path backup = Files.createDirectories(dir.resolve("backup-stick"));
        Path publicFile;
        Path privateFile = backup.resolve("ITA-BN.private.json");
        NodeIdentity original;
        try (TemporaryKeyStore oldLaptop = new TemporaryKeyStore(dir.resolve("old-laptop-keys"));
                TestNode ita = TestNode.withKey(dir.resolve("old.gpkg"), "ITA-BN", "Italian battalion", "ITA")) {
            original = ita.identity;
            publicFile = ita.keyFile(backup);
            String envelope = LocalIdentity.keyFile(ita.store).orElseThrow().toJson();
            Files.writeString(privateFile, envelope + "\n", StandardCharsets.UTF_8);
        }
        keyStore = new TemporaryKeyStore(dir.resolve("new-laptop-keys"));
        Path picture = dir.resolve("new.gpkg");
        TestNode.withoutKey(picture, "ITA-BN").close();

        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class, picture.toString());
        window.menu("itemThisNode");
        window.waitFor("the identity dialog", () -> window.find("#identityFromBackup") != null);
        window.click("#identityFromBackup");
        window.waitFor("the restore form", () -> window.find("#restorePublic") != null);
        assertTrue(window.disabled("#restoreLoad"), "nothing entered yet");
        window.type("#restorePublic", publicFile.toString());
        window.type("#restorePrivate", privateFile.toString());
        window.type("#restorePassphrase", "not the passphrase");
        window.click("#restoreLoad");
        window.waitFor("the refusal", () -> window.text("#restoreStatus").startsWith("Nothing was stored"));
        assertTrue(window.alerts().contains("wrong passphrase"), window.alerts());
        window.closeAlerts();
        assertEquals(Optional.empty(), identityIn(picture), "a wrong passphrase stores nothing");

        window.type("#restorePassphrase", TestNode.PASSPHRASE);
        window.snapshot("#restoreLoad", "8-restore-key");
        window.click("#restoreLoad");
        window.waitFor("the loaded key", () -> !window.text("#identityDigits").isEmpty());
        assertEquals(original.fingerprint().digitsInLines(), window.text("#identityDigits"));
        assertEquals(Optional.of(original), identityIn(picture));
        try (PictureStore store = PictureStore.open(picture)) {
            byte[] probe = "signed on the new laptop".getBytes(StandardCharsets.UTF_8);
            byte[] signature = NodeKeys.sign(LocalIdentity.unlock(store, TestNode.PASSPHRASE.toCharArray()), probe);
            assertTrue(NodeKeys.verify(original.key().toPublicKey(), probe, signature), "the very key partners know");
        }
        assertTrue(Files.isRegularFile(NodeKeyStore.forUser().file(original.kid())), "in the new laptop's key store");

        // the new laptop's user changes the passphrase in the same dialog: the keys, and the fingerprint, stay
        window.click("#identityPasswd");
        window.waitFor("the passphrase form", () -> window.find("#passwdCurrent") != null);
        window.type("#passwdCurrent", "not the passphrase");
        window.type("#passwdNew", "short");
        assertTrue(window.text("#passwdStatus").startsWith("Too short"), window.text("#passwdStatus"));
        assertTrue(window.disabled("#passwdChange"));
        String chosen = "a new passphrase for the new laptop";
        window.type("#passwdNew", chosen);
        window.type("#passwdRepeat", chosen);
        window.click("#passwdChange");
        window.waitFor("the refusal", () -> window.text("#passwdStatus").startsWith("Nothing was changed"));
        assertTrue(window.alerts().contains("wrong passphrase"), window.alerts());
        window.closeAlerts();
        window.type("#passwdCurrent", TestNode.PASSPHRASE);
        window.type("#passwdNew", chosen);
        window.type("#passwdRepeat", chosen);
        window.snapshot("#passwdChange", "8b-change-passphrase");
        window.click("#passwdChange");
        window.waitFor("the change", () -> window.text("#passwdStatus").startsWith("Done"));
        try (PictureStore store = PictureStore.open(picture)) {
            LocalIdentity.unlock(store, chosen.toCharArray());
            org.junit.jupiter.api.Assertions.assertThrows(
                    org.paxmap.bundle.trust.WrongPassphraseException.class,
                    () -> LocalIdentity.unlock(store, TestNode.PASSPHRASE.toCharArray()));
            assertEquals(Optional.of(original), LocalIdentity.read(store), "the same keys");
        }
    }

    private static Optional<NodeIdentity> identityIn(Path picture) throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            return LocalIdentity.read(store);
        }
    }
}
