package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.format.KeyStatements;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.KeyHistory;
import org.paxmap.bundle.trust.KeyLifecycle;
import org.paxmap.bundle.trust.KeyStatement;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeKeys;
import org.paxmap.bundle.trust.Partner;
import org.paxmap.bundle.trust.PublicKeyJwk;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HostileBundle;

/**
 * Key rotation and revocation between two real pictures through real files: FRA-HQ rotates its key, the rotation
 * statement signed by the old key travels in its next bundle, and ITA-BN moves to the new key on import; the old key
 * still verifies a bundle it signed before; a bundle signed by the old key after the rotation, by a revoked key after
 * the revocation, a rotation not signed by the old key, and replayed older statements are refused or do nothing —
 * ITA's picture unchanged row for row where refused.
 */
@Tag("slow")
class KeyLifecycleTest {
    @TempDir
    Path dir;

    ExchangeNode fra;
    ExchangeNode ita;
    int sticks;

    @BeforeEach
    void twoNodes() throws Exception {
        fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
        ita = new ExchangeNode(dir.resolve("ita.gpkg"), "ITA-BN", "ITA");
        ExchangeNode.pair(fra, ita);
        fra.store.saveAll(List.of(fra.incident("Checkpoint incident at Naqoura", ReleaseLabel.exercise("FRA"))));
    }

    @AfterEach
    void close() {
        fra.close();
        ita.close();
    }

    /** A bundle FRA writes to ITA now, signed with {@code key}, in a folder of its own. */
    private Path fraBundle(PrivateKey key) throws Exception {
        fra.store.saveAll(List.of(fra.incident("Patrol report " + sticks, ReleaseLabel.exercise("FRA"))));
        Path stick = Files.createDirectories(dir.resolve("stick" + (++sticks)));
        BundleExport export = new BundleExport(fra.store);
        return export.write(export.plan("ITA-BN", Manifest.SyncMode.FULL), key, stick, BundleSealing.PLAIN)
                .file();
    }

    private Partner fraAtIta() throws Exception {
        return new TrustList(ita.store).partner("FRA-HQ").orElseThrow();
    }

    private BundleException refusedAtIta(Path bundle) {
        return org.junit.jupiter.api.Assertions.assertThrows(
                BundleException.class, () -> new BundleImport(ita.store).preview(bundle));
    }

    @Test
    void aRotationTravelsInTheNextBundleAndThePartnerMovesToTheNewKeyWhileTheOldKeyStillVerifiesItsEarlierBundles()
            throws Exception {
        String oldKid = fra.identity.kid();
        Path early = fraBundle(fra.key);
        KeyStatement rotation = KeyLifecycle.rotate(fra.store, ExchangeNode.PASSPHRASE);
        assertThat(rotation.key()).isEqualTo(oldKid);
        PrivateKey newKey = LocalIdentity.unlock(fra.store, ExchangeNode.PASSPHRASE);
        assertThat(LocalIdentity.require(fra.store).kid())
                .isEqualTo(rotation.newKey().kid())
                .isNotEqualTo(oldKid);

        Path next = fraBundle(newKey);
        assertThat(HostileBundle.of(next).entries).containsKey(KeyStatements.ENTRY);
        ImportPreview preview = new BundleImport(ita.store).preview(next);
        assertThat(preview.keyStatements()).extracting(KeyStatement::version).containsExactly(1L);
        assertThat(fraAtIta().kid()).as("nothing recorded by the preview").isEqualTo(oldKid);
        new BundleImport(ita.store).apply(preview);
        Partner moved = fraAtIta();
        assertThat(moved.kid()).isEqualTo(rotation.newKey().kid());
        assertThat(moved.channels()).containsEntry("NATO", "NATO RESTRICTED");
        assertThat(moved.identity().encryptionKey()).isEqualTo(rotation.newKey().encryptionKey());

        ImportPreview late = new BundleImport(ita.store).preview(early);
        assertThat(late.bundle().signer().kid())
                .as("the old key verifies what it signed before")
                .isEqualTo(oldKid);
        new BundleImport(ita.store).apply(late);

        String before = StoreChecksum.of(ita.store.file());
        Instant after = rotation.effectiveAt().plus(1, ChronoUnit.HOURS);
        Path forged = HostileBundle.of(early)
                .resign(
                        m -> HostileBundle.bundleId(HostileBundle.createdAt(m, after), UUID.randomUUID()),
                        oldKid,
                        fra.key)
                .write(dir.resolve("old-key-after-rotation.paxb"));
        BundleException e = refusedAtIta(forged);
        assertThat(e.kind()).isEqualTo(BundleRefusal.KEY_ROTATED);
        assertThat(e.getMessage())
                .isEqualTo("old-key-after-rotation.paxb: META-INF/manifest.jws, protected header, kid: the bundle is"
                        + " signed by key " + oldKid + " of FRA-HQ, replaced by a new key on " + rotation.effectiveAt()
                        + "; the bundle is dated " + after + ", after the rotation, and is refused");
        assertThat(StoreChecksum.of(ita.store.file())).isEqualTo(before);
    }

    @Test
    void aRotationNotSignedByTheOldKeyIsRefusedAndChangesNothing() throws Exception {
        String oldKid = fra.identity.kid();
        Path genuine = fraBundle(fra.key);
        KeyPair thief = NodeKeys.generate();
        String thiefKid = PublicKeyJwk.of(thief.getPublic()).thumbprint();
        var thiefIdentity = new org.paxmap.bundle.trust.NodeIdentity(
                "FRA-HQ", "FRA-HQ staff", "FRA", PublicKeyJwk.of(thief.getPublic()), Instant.now());
        KeyStatement byThief = KeyStatement.sign(
                KeyStatement.Type.ROTATION,
                "FRA-HQ",
                1,
                oldKid,
                Instant.now(),
                thiefIdentity,
                oldKid,
                thief.getPrivate());
        KeyStatement admitsThief = KeyStatement.sign(
                KeyStatement.Type.ROTATION,
                "FRA-HQ",
                1,
                oldKid,
                Instant.now(),
                thiefIdentity,
                thiefKid,
                thief.getPrivate());
        String before = StoreChecksum.of(ita.store.file());
        for (KeyStatement forged : List.of(byThief, admitsThief)) {
            HostileBundle h = HostileBundle.of(genuine);
            h.entries.put(KeyStatements.ENTRY, KeyStatements.bytes(List.of(forged.compact())));
            BundleException e = refusedAtIta(h.write(dir.resolve("forged-rotation.paxb")));
            assertThat(e.kind()).isEqualTo(BundleRefusal.KEY_STATEMENT_INVALID);
            assertThat(e.getMessage())
                    .startsWith("forged-rotation.paxb: META-INF/key-statements.json: statement 1 (rotation of node"
                            + " FRA-HQ, version 1) ")
                    .contains(
                            forged == byThief
                                    ? "does not verify with the key " + oldKid + " of FRA-HQ"
                                    : "is not signed by the old key " + oldKid + " but by " + thiefKid);
            assertThat(StoreChecksum.of(ita.store.file())).isEqualTo(before);
            assertThat(fraAtIta().kid()).isEqualTo(oldKid);
        }
    }

    @Test
    void aReplayedOlderRotationOrRevocationDoesNothing() throws Exception {
        KeyStatement first = KeyLifecycle.rotate(fra.store, ExchangeNode.PASSPHRASE);
        KeyStatement second = KeyLifecycle.rotate(fra.store, ExchangeNode.PASSPHRASE);
        KeyStatement revoked = KeyLifecycle.revoke(fra.store, ExchangeNode.PASSPHRASE, first.key(), Instant.now());
        PrivateKey current = LocalIdentity.unlock(fra.store, ExchangeNode.PASSPHRASE);
        ita.receive(fraBundle(current));
        assertThat(fraAtIta().kid()).isEqualTo(second.newKey().kid());
        assertThat(KeyHistory.load(ita.store, "FRA-HQ").version()).isEqualTo(3);

        for (KeyStatement old : List.of(first, revoked)) {
            HostileBundle replay = HostileBundle.of(fraBundle(current));
            replay.entries.put(KeyStatements.ENTRY, KeyStatements.bytes(List.of(old.compact())));
            ImportPreview preview = new BundleImport(ita.store).preview(replay.write(dir.resolve("replay.paxb")));
            assertThat(preview.keyStatements())
                    .as("an applied version is passed over")
                    .isEmpty();
            new BundleImport(ita.store).apply(preview);
            Files.delete(dir.resolve("replay.paxb"));
            assertThat(fraAtIta().kid()).isEqualTo(second.newKey().kid());
            assertThat(KeyHistory.load(ita.store, "FRA-HQ").version()).isEqualTo(3);
        }
    }

    @Test
    void aRevokedKeysBundleDatedAfterTheRevocationIsRefusedWithTheDate() throws Exception {
        String oldKid = fra.identity.kid();
        Path stolen = fraBundle(fra.key);
        Instant created = HostileBundle.of(stolen).manifest().createdAt();
        KeyLifecycle.rotate(fra.store, ExchangeNode.PASSPHRASE);
        Instant compromised = created.minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        KeyLifecycle.revoke(fra.store, ExchangeNode.PASSPHRASE, oldKid, compromised);
        assertThatThrownBy(() -> KeyLifecycle.revoke(
                        fra.store,
                        ExchangeNode.PASSPHRASE,
                        LocalIdentity.require(fra.store).kid(),
                        Instant.now()))
                .hasMessageContaining("is this node's current key: make a new one first with 'paxmap keys rotate'");
        ita.receive(fraBundle(LocalIdentity.unlock(fra.store, ExchangeNode.PASSPHRASE)));

        String before = StoreChecksum.of(ita.store.file());
        BundleException e = refusedAtIta(stolen);
        assertThat(e.kind()).isEqualTo(BundleRefusal.KEY_REVOKED);
        assertThat(e.getMessage())
                .isEqualTo(stolen.getFileName() + ": META-INF/manifest.jws, protected header, kid: the bundle is"
                        + " signed by key " + oldKid + " of FRA-HQ, revoked on " + compromised
                        + "; the bundle is dated "
                        + created + ", after the revocation, and is refused");
        assertThat(StoreChecksum.of(ita.store.file())).isEqualTo(before);
    }
}
