package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.trust.DecryptionKeys;
import org.paxmap.bundle.trust.KeyLifecycle;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.StoreChecksum;

/**
 * A bundle sealed to a key its recipient has since rotated away still opens: FRA-HQ seals a bundle to ITA-BN's
 * encryption key; ITA-BN rotates its keys before the stick arrives; its import tries the current key, then the replaced
 * one the key store keeps, and applies the bundle, the preview saying it was sealed to the previous key. A bundle
 * DEU-BDE sealed to FRA-HQ is still refused by ITA-BN exactly as before, its picture unchanged. Real pictures, real
 * files, the real export and import.
 */
@Tag("slow")
class RotatedRecipientTest {
    @TempDir
    Path dir;

    ExchangeNode fra;
    ExchangeNode ita;
    ExchangeNode deu;
    Path stick;

    @BeforeEach
    void threeNodes() throws Exception {
        fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
        ita = new ExchangeNode(dir.resolve("ita.gpkg"), "ITA-BN", "ITA");
        deu = new ExchangeNode(dir.resolve("deu.gpkg"), "DEU-BDE", "DEU");
        ExchangeNode.pair(fra, ita);
        ExchangeNode.pair(fra, deu);
        ExchangeNode.pair(ita, deu);
        stick = Files.createDirectories(dir.resolve("stick"));
        fra.store.saveAll(List.of(fra.incident("Roadside device", ReleaseLabel.exercise("FRA"))));
        deu.store.saveAll(List.of(deu.incident("Checkpoint closed", ReleaseLabel.exercise("DEU"))));
    }

    @AfterEach
    void close() {
        fra.close();
        ita.close();
        deu.close();
    }

    @Test
    void aBundleSealedToTheKeyBeforeARotationOpensAndOneSealedToAnotherNodeStillDoesNot() throws Exception {
        Path toIta = fra.sendSealed(ita, stick);
        Path toFra = deu.sendSealed(fra, Files.createDirectories(dir.resolve("deu-stick")));
        NodeIdentity before = LocalIdentity.require(ita.store);

        KeyLifecycle.rotate(ita.store, ExchangeNode.PASSPHRASE);
        assertThat(LocalIdentity.require(ita.store).kid()).isNotEqualTo(before.kid());

        DecryptionKeys current =
                DecryptionKeys.only(LocalIdentity.unlockEncryption(ita.store, ExchangeNode.PASSPHRASE));
        assertThatThrownBy(() -> new BundleImport(ita.store).preview(toIta, current))
                .as("the new key alone does not open it: the replaced one is what does")
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTED_FOR_OTHERS));

        DecryptionKeys keys = DecryptionKeys.unlock(ita.store, ExchangeNode.PASSPHRASE);
        assertThat(keys.keys()).extracting(DecryptionKeys.Key::current).containsExactly(true, false);
        assertThat(keys.keys().get(1).kid()).isEqualTo(before.kid());
        ImportPreview preview = new BundleImport(ita.store).preview(toIta, keys);
        assertThat(preview.encrypted()).isTrue();
        assertThat(preview.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("the bundle was sealed to this node's previous encryption key (of key " + before.kid()
                        + ", replaced by a rotation)"));
        new BundleImport(ita.store).apply(preview);
        assertThat(ita.store.query(FeatureQuery.all()))
                .extracting(f -> f.id())
                .containsAll(fra.store.query(FeatureQuery.all()).stream()
                        .map(f -> f.id())
                        .toList());

        String itaBefore = StoreChecksum.of(ita.store.file());
        String refusedBefore = refusal(() -> new BundleImport(ita.store)
                .preview(
                        toFra,
                        DecryptionKeys.only(LocalIdentity.unlockEncryption(ita.store, ExchangeNode.PASSPHRASE))));
        String refused = refusal(() -> new BundleImport(ita.store).preview(toFra, keys));
        assertThat(refused)
                .as("with every key tried, the refusal is the one the current key alone gives")
                .isEqualTo(refusedBefore)
                .contains(toFra.getFileName().toString())
                .contains("not encrypted to this node's key");
        assertThat(StoreChecksum.of(ita.store.file())).isEqualTo(itaBefore);
    }

    @Test
    void aBundleSealedToAKeyThisNodeRevokedOpensWithAWarningThatOthersMayHaveReadIt() throws Exception {
        Path toIta = fra.sendSealed(ita, stick);
        NodeIdentity before = LocalIdentity.require(ita.store);
        KeyLifecycle.rotate(ita.store, ExchangeNode.PASSPHRASE);
        KeyLifecycle.revoke(ita.store, ExchangeNode.PASSPHRASE, before.kid(), java.time.Instant.now());

        DecryptionKeys keys = DecryptionKeys.unlock(ita.store, ExchangeNode.PASSPHRASE);
        assertThat(keys.keys()).extracting(DecryptionKeys.Key::revoked).containsExactly(false, true);
        ImportPreview preview = new BundleImport(ita.store).preview(toIta, keys);
        assertThat(preview.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith("the bundle was sealed to an encryption key this node revoked (of key "
                                + before.kid() + "): whoever holds that key may have read it"))
                .noneSatisfy(w -> assertThat(w).startsWith("the bundle was sealed to this node's previous"));
    }

    @Test
    void aChangedPassphraseStillOpensABundleSealedToTheKeyBeforeARotation() throws Exception {
        Path toIta = fra.sendSealed(ita, stick);
        KeyLifecycle.rotate(ita.store, ExchangeNode.PASSPHRASE);
        char[] changed = "another long passphrase".toCharArray();
        LocalIdentity.changePassphrase(ita.store, ExchangeNode.PASSPHRASE, changed);

        DecryptionKeys keys = DecryptionKeys.unlock(ita.store, changed);
        assertThat(keys.keys())
                .as("the replaced key is under the new passphrase too")
                .extracting(DecryptionKeys.Key::current)
                .containsExactly(true, false);
        ImportPreview preview = new BundleImport(ita.store).preview(toIta, keys);
        assertThat(preview.encrypted()).isTrue();
        assertThatThrownBy(() -> DecryptionKeys.unlock(ita.store, ExchangeNode.PASSPHRASE))
                .as("the old passphrase opens nothing any more")
                .isInstanceOf(org.paxmap.bundle.trust.WrongPassphraseException.class);
    }

    private interface Preview {
        void run() throws Exception;
    }

    private static String refusal(Preview preview) {
        try {
            preview.run();
        } catch (BundleException e) {
            assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTED_FOR_OTHERS);
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError("expected a refusal for other recipients, got " + e, e);
        }
        throw new AssertionError("the bundle sealed to another node opened");
    }
}
