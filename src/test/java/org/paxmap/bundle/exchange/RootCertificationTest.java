package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.format.Certificates;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.NodeCertificate;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.OwnCertificates;
import org.paxmap.bundle.trust.RootAuthority;
import org.paxmap.bundle.trust.RootKeyFile;
import org.paxmap.bundle.trust.RootRevocations;
import org.paxmap.bundle.trust.TestKeys;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.bundle.trust.TrustedRoot;
import org.paxmap.bundle.trust.TrustedRoots;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HostileBundle;

/**
 * National root keys between real pictures through real files: a French root certifies FRA-HQ; ITA-BN, which has
 * never met FRA-HQ but trusts the root, imports its bundle and the preview says who vouched. Refused, each with its
 * reason and ITA's picture unchanged row for row: a certificate from a root ITA does not trust, an expired or not yet
 * valid one, one whose signature does not verify, one for another key than the bundle's, a node the root revoked (the
 * revocation carried by another French node's bundle) and a node of a root that revoked itself; a replayed older
 * revocation list does nothing.
 */
@Tag("slow")
class RootCertificationTest {
    static final Map<String, String> CHANNEL = Map.of("EXERCISE", "UNCLASSIFIED", "NATO", "NATO RESTRICTED");

    @TempDir
    Path dir;

    ExchangeNode fra;
    ExchangeNode ita;
    Path rootFile;
    NodeIdentity root;
    int sticks;
    org.paxmap.model.Feature first;

    @BeforeEach
    void nodes() throws Exception {
        fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
        ita = new ExchangeNode(dir.resolve("ita.gpkg"), "ITA-BN", "ITA");
        fra.trust(ita, CHANNEL); // FRA-HQ knows ITA-BN; ITA-BN has never met FRA-HQ
        first = fra.store
                .saveAll(List.of(fra.incident("Checkpoint incident at Naqoura", ReleaseLabel.exercise("FRA"))))
                .get(0);
        rootFile = dir.resolve("fra-root.key");
        root = TestKeys.root(rootFile, "FRA", "French national root", ExchangeNode.PASSPHRASE);
    }

    @AfterEach
    void close() {
        fra.close();
        ita.close();
    }

    private void itaTrustsRoot() throws Exception {
        TrustedRoots.add(ita.store, new TrustedRoot(root, "Col. Rossi", Instant.now(), CHANNEL, List.of()), false);
    }

    /** The root certifies {@code node}'s key for the period and the node takes the certificate from its file. */
    private NodeCertificate certify(ExchangeNode node, Instant from, Instant to) throws Exception {
        NodeCertificate c = RootAuthority.certify(rootFile, ExchangeNode.PASSPHRASE, node.identity, from, to);
        Path file = dir.resolve(node.identity.nodeId() + "-" + (++sticks) + OwnCertificates.EXTENSION);
        OwnCertificates.writeFile(file, List.of(c.compact()));
        OwnCertificates.importCertificate(node.store, file);
        return c;
    }

    private NodeCertificate certifyNow(ExchangeNode node) throws Exception {
        return certify(
                node, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(180)));
    }

    /** A bundle {@code from} writes to ITA now, in a folder of its own. */
    private Path bundle(ExchangeNode from) throws Exception {
        from.store.saveAll(List.of(from.incident("Patrol report " + sticks, ReleaseLabel.exercise("FRA"))));
        Path stick = Files.createDirectories(dir.resolve("stick" + (++sticks)));
        BundleExport export = new BundleExport(from.store);
        return export.write(export.plan("ITA-BN", Manifest.SyncMode.FULL), from.key, stick, BundleSealing.PLAIN)
                .file();
    }

    /** Previews {@code bundle} at ITA, which must refuse it with {@code kind} and stay unchanged row for row. */
    private String refusedAtIta(Path bundle, BundleRefusal kind) throws Exception {
        String before = StoreChecksum.of(ita.store.file());
        BundleException e = org.junit.jupiter.api.Assertions.assertThrows(
                BundleException.class, () -> new BundleImport(ita.store).preview(bundle));
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(StoreChecksum.of(ita.store.file())).isEqualTo(before);
        return e.getMessage();
    }

    private String words() {
        return "FRA root " + root.fingerprint().digits().substring(0, 11);
    }

    @Test
    void aNodeCertifiedByATrustedRootIsAcceptedWithoutBeingAPartnerAndThePreviewSaysWhoVouched() throws Exception {
        itaTrustsRoot();
        NodeCertificate c = certifyNow(fra);
        Path file = bundle(fra);
        assertThat(Certificates.parse(HostileBundle.of(file).entries.get(Certificates.ENTRY), "b"))
                .containsExactly(c.compact());

        ImportPreview preview = new BundleImport(ita.store).preview(file);
        assertThat(preview.certification()).contains("certified by " + words());
        assertThat(preview.signer().nodeId()).isEqualTo("FRA-HQ");
        assertThat(preview.signer().identity().organisation()).isEqualTo("FRA");
        assertThat(preview.signer().kid()).isEqualTo(fra.identity.kid());
        new BundleImport(ita.store).apply(preview);
        assertThat(ita.store.find(first.id())).as("the features were imported").isPresent();
        assertThat(new TrustList(ita.store).partner("FRA-HQ"))
                .as("accepted on the root's word, not added as a partner")
                .isEmpty();
    }

    @Test
    void aCertificateFromARootThisPictureDoesNotTrustIsRefused() throws Exception {
        certifyNow(fra);
        String message = refusedAtIta(bundle(fra), BundleRefusal.SIGNER_UNKNOWN);
        assertThat(message)
                .contains("the certificate of node FRA-HQ (key " + fra.identity.kid() + ") is signed by root key "
                        + root.kid() + " (organisation FRA), which this picture does not trust");
    }

    @Test
    void anExpiredOrNotYetValidCertificateIsRefusedWithItsPeriod() throws Exception {
        itaTrustsRoot();
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = Instant.parse("2025-07-01T00:00:00Z");
        certify(fra, from, to);
        Path expired = bundle(fra);
        Instant created = HostileBundle.of(expired).manifest().createdAt();
        assertThat(refusedAtIta(expired, BundleRefusal.CERTIFICATE_EXPIRED))
                .endsWith("the bundle is signed by key " + fra.identity.kid() + " of FRA-HQ, certified by " + words()
                        + " for " + from + " to " + to + "; the bundle is dated " + created
                        + ", after it expired, and is refused");

        // a certificate that expired yesterday, and a bundle its key signs today but dates within the period
        Instant lapsed = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        certify(fra, lapsed.minus(Duration.ofDays(30)), lapsed);
        Path backdated = HostileBundle.of(bundle(fra))
                .resign(
                        m -> HostileBundle.bundleId(
                                HostileBundle.createdAt(m, lapsed.minus(Duration.ofDays(2))), UUID.randomUUID()),
                        fra.identity.kid(),
                        fra.key)
                .write(dir.resolve("backdated.paxb"));
        assertThat(refusedAtIta(backdated, BundleRefusal.CERTIFICATE_EXPIRED))
                .contains("certified by " + words() + " until " + lapsed + ", which has passed (this machine's clock")
                .endsWith("an expired certificate vouches for nothing, whatever date the bundle claims; ask the"
                        + " sender for a new certificate from its root");

        Instant later = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        certify(fra, later, later.plus(Duration.ofDays(30)));
        assertThat(refusedAtIta(bundle(fra), BundleRefusal.CERTIFICATE_EXPIRED))
                .contains("before the certificate begins, and is refused");
    }

    @Test
    void aCertificateWhoseSignatureDoesNotVerifyIsRefused() throws Exception {
        itaTrustsRoot();
        NodeCertificate c = certifyNow(fra);
        String[] parts = c.compact().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(c.notAfter().toString(), "2099-01-01T00:00:00Z");
        String forged = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        HostileBundle h = HostileBundle.of(bundle(fra));
        h.entries.put(Certificates.ENTRY, Certificates.bytes(List.of(forged)));
        assertThat(refusedAtIta(h.write(dir.resolve("forged-certificate.paxb")), BundleRefusal.SIGNER_UNKNOWN))
                .contains("a certificate the bundle carries names the " + words()
                        + " as its signer, but it does not verify with the " + words()
                        + " key (altered, or not signed by that root), so what it says was not read");

        // the node itself, trusting its root, does not take the altered certificate in
        TrustedRoots.add(fra.store, new TrustedRoot(root, "Lt. Martin", Instant.now(), CHANNEL, List.of()), false);
        Path file = dir.resolve("forged" + OwnCertificates.EXTENSION);
        OwnCertificates.writeFile(file, List.of(forged));
        String before = StoreChecksum.of(fra.store.file());
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                org.paxmap.bundle.trust.TrustException.class,
                                () -> OwnCertificates.importCertificate(fra.store, file))
                        .getMessage())
                .endsWith("the certificate does not verify with the " + words() + " key this picture trusts (altered,"
                        + " or not signed by that root); nothing was changed");
        assertThat(StoreChecksum.of(fra.store.file())).isEqualTo(before);
    }

    @Test
    void aCertificateIsCheckedForItsSignatureBeforeItsPayloadIsRead() throws Exception {
        itaTrustsRoot();
        NodeCertificate c = certifyNow(fra);
        String[] parts = c.compact().split("\\.");
        String unreadable = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"format\": not JSON at all".getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        HostileBundle h = HostileBundle.of(bundle(fra));
        h.entries.put(Certificates.ENTRY, Certificates.bytes(List.of(unreadable)));
        assertThat(refusedAtIta(h.write(dir.resolve("unreadable-certificate.paxb")), BundleRefusal.SIGNER_UNKNOWN))
                .as("refused for its signature, not for its payload")
                .contains("does not verify with the " + words() + " key (altered, or not signed by that root)")
                .doesNotContain("not valid JSON");

        TrustedRoots.add(fra.store, new TrustedRoot(root, "Lt. Martin", Instant.now(), CHANNEL, List.of()), false);
        Path file = dir.resolve("unreadable" + OwnCertificates.EXTENSION);
        OwnCertificates.writeFile(file, List.of(unreadable));
        String before = StoreChecksum.of(fra.store.file());
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                org.paxmap.bundle.trust.TrustException.class,
                                () -> OwnCertificates.importCertificate(fra.store, file))
                        .getMessage())
                .isEqualTo(file + ": the certificate does not verify with the " + words() + " key this picture trusts"
                        + " (altered, or not signed by that root); nothing was changed");
        assertThat(StoreChecksum.of(fra.store.file())).isEqualTo(before);
    }

    @Test
    void aRootCertifiesOnlyNodesOfItsOwnOrganisation() throws Exception {
        try (ExchangeNode stranger = new ExchangeNode(dir.resolve("stranger.gpkg"), "ITA-LOG", "FRA")) {
            assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                    org.paxmap.bundle.trust.TrustException.class,
                                    () -> RootAuthority.certify(
                                            rootFile,
                                            ExchangeNode.PASSPHRASE,
                                            stranger.identity,
                                            Instant.now(),
                                            Instant.now().plus(Duration.ofDays(9))))
                            .getMessage())
                    .isEqualTo("the node id ITA-LOG is not a node of FRA (named FRA-…): a root vouches only for its"
                            + " own organisation's nodes, and receivers refuse anything else; nothing was signed");
        }
    }

    @Test
    void aCertificateForAnotherKeyThanTheBundlesIsRefused() throws Exception {
        itaTrustsRoot();
        try (ExchangeNode log = new ExchangeNode(dir.resolve("log.gpkg"), "FRA-LOG", "FRA")) {
            NodeCertificate other = RootAuthority.certify(
                    rootFile,
                    ExchangeNode.PASSPHRASE,
                    log.identity,
                    Instant.now(),
                    Instant.now().plus(Duration.ofDays(9)));
            HostileBundle h = HostileBundle.of(bundle(fra));
            h.entries.put(Certificates.ENTRY, Certificates.bytes(List.of(other.compact())));
            assertThat(refusedAtIta(h.write(dir.resolve("borrowed.paxb")), BundleRefusal.SIGNER_UNKNOWN))
                    .contains("the bundle is signed by key " + fra.identity.kid() + ", but its certificate is for"
                            + " another key, " + log.identity.kid() + " of node FRA-LOG");
        }
    }

    @Test
    void aRevocationCarriedByAnotherNodeOfTheRootReachesThePartnerAndAnOlderListReplayedDoesNothing() throws Exception {
        itaTrustsRoot();
        certifyNow(fra);
        Path early = bundle(fra);
        Instant earlyAt = HostileBundle.of(early).manifest().createdAt();
        try (ExchangeNode log = new ExchangeNode(dir.resolve("log.gpkg"), "FRA-LOG", "FRA")) {
            log.trust(ita, CHANNEL);
            certifyNow(log);
            NodeIdentity stranger = new NodeIdentity(
                    "FRA-OLD",
                    "Old laptop",
                    "FRA",
                    org.paxmap.bundle.trust.PublicKeyJwk.of(
                            org.paxmap.bundle.trust.NodeKeys.generate().getPublic()),
                    Instant.now());
            RootRevocations first =
                    RootAuthority.revoke(rootFile, ExchangeNode.PASSPHRASE, stranger.kid(), "FRA-OLD", Instant.now());
            Instant stolen = earlyAt.plusSeconds(1);
            RootRevocations second =
                    RootAuthority.revoke(rootFile, ExchangeNode.PASSPHRASE, fra.identity.kid(), "FRA-HQ", stolen);
            assertThat(second.version()).isEqualTo(2);
            assertThat(second.nodes())
                    .extracting(RootRevocations.Revoked::nodeId)
                    .containsExactly("FRA-OLD", "FRA-HQ");
            assertThat(RootKeyFile.read(rootFile).revocations()).isEqualTo(second);

            Path revocationFile = dir.resolve("revocation" + OwnCertificates.EXTENSION);
            OwnCertificates.writeFile(revocationFile, List.of(second.compact()));
            String beforeTrust = StoreChecksum.of(log.store.file());
            assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                    org.paxmap.bundle.trust.TrustException.class,
                                    () -> OwnCertificates.importRevocations(log.store, revocationFile))
                            .getMessage())
                    .as("a list whose signature cannot be checked is not carried")
                    .contains("which this picture does not trust, so its signature cannot be checked");
            assertThat(StoreChecksum.of(log.store.file())).isEqualTo(beforeTrust);
            TrustedRoots.add(log.store, new TrustedRoot(root, "Lt. Martin", Instant.now(), CHANNEL, List.of()), false);
            assertThat(OwnCertificates.importRevocations(log.store, revocationFile))
                    .isEqualTo("recorded revocation list 2 of the " + words() + "; carried in the next bundles");
            ImportPreview fromLog = new BundleImport(ita.store).preview(bundle(log));
            assertThat(fromLog.rootRevocations())
                    .extracting(RootRevocations::version)
                    .containsExactly(2L);
            new BundleImport(ita.store).apply(fromLog);
            assertThat(TrustedRoots.revocations(
                            ita.store, TrustedRoots.list(ita.store).get(0)))
                    .map(RootRevocations::version)
                    .contains(2L);

            // FRA-HQ's stolen laptop signs a bundle dated after the revocation
            Instant after = stolen.plus(1, ChronoUnit.HOURS);
            Path forged = HostileBundle.of(early)
                    .resign(
                            m -> HostileBundle.bundleId(HostileBundle.createdAt(m, after), UUID.randomUUID()),
                            fra.identity.kid(),
                            fra.key)
                    .write(dir.resolve("after-revocation.paxb"));
            assertThat(refusedAtIta(forged, BundleRefusal.CERTIFICATE_REVOKED))
                    .endsWith("the bundle is signed by key " + fra.identity.kid() + " of FRA-HQ, certified by "
                            + words() + ", which revoked it on " + stolen + "; the bundle is dated " + after
                            + ", after the revocation, and is refused");
            assertThat(new BundleImport(ita.store).preview(early).certification())
                    .as("a bundle dated before the revocation still imports")
                    .isPresent();

            HostileBundle replay = HostileBundle.of(bundle(log));
            List<String> items = Certificates.parse(replay.entries.get(Certificates.ENTRY), "b");
            replay.entries.put(Certificates.ENTRY, Certificates.bytes(List.of(items.get(0), first.compact())));
            ImportPreview replayed = new BundleImport(ita.store).preview(replay.write(dir.resolve("replay.paxb")));
            assertThat(replayed.rootRevocations())
                    .as("an older list is passed over")
                    .isEmpty();
            new BundleImport(ita.store).apply(replayed);
            assertThat(TrustedRoots.revocations(
                            ita.store, TrustedRoots.list(ita.store).get(0)))
                    .map(RootRevocations::version)
                    .contains(2L);
        }
    }

    @Test
    void aNodeCertifiedByARootThatRevokedItselfIsRefused() throws Exception {
        itaTrustsRoot();
        certifyNow(fra);
        Path file = bundle(fra);
        Instant created = HostileBundle.of(file).manifest().createdAt();
        Instant since = created.minus(1, ChronoUnit.MINUTES);
        RootRevocations self = RootAuthority.revoke(rootFile, ExchangeNode.PASSPHRASE, null, null, since);
        Path revocationFile = dir.resolve("root-revoked" + OwnCertificates.EXTENSION);
        OwnCertificates.writeFile(revocationFile, List.of(self.compact()));
        assertThat(OwnCertificates.importRevocations(ita.store, revocationFile))
                .startsWith("recorded revocation list 1 of the " + words());
        assertThat(refusedAtIta(file, BundleRefusal.CERTIFICATE_REVOKED))
                .endsWith("certified by " + words() + ", which revoked itself on " + since + ": a revoked root vouches"
                        + " for nothing any more (its key may be in other hands, and a bundle's date is its sender's"
                        + " word), so the bundle is refused; ask the sender's nation for its new root");
        Path dated = HostileBundle.of(file)
                .resign(
                        m -> HostileBundle.bundleId(
                                HostileBundle.createdAt(m, since.minus(1, ChronoUnit.HOURS)), UUID.randomUUID()),
                        fra.identity.kid(),
                        fra.key)
                .write(dir.resolve("dated-before.paxb"));
        assertThat(refusedAtIta(dated, BundleRefusal.CERTIFICATE_REVOKED))
                .as("a bundle dated before the root's revocation is refused too: its date is the sender's word")
                .contains("which revoked itself on " + since);

        // the leaked root key signs a later list that takes its own revocation back: refused, nothing changes
        RootRevocations takenBack = RootAuthority.revoke(rootFile, ExchangeNode.PASSPHRASE, null, null, null);
        assertThat(takenBack.rootSince())
                .as("the root file keeps its own revocation")
                .isEqualTo(since);
    }

    @Test
    void aLaterRevocationListThatWithdrawsARevocationIsRefused() throws Exception {
        itaTrustsRoot();
        Path copy = dir.resolve("root-copy.paxroot");
        NodeIdentity old = new NodeIdentity(
                "FRA-OLD",
                "Old laptop",
                "FRA",
                org.paxmap.bundle.trust.PublicKeyJwk.of(
                        org.paxmap.bundle.trust.NodeKeys.generate().getPublic()),
                Instant.now());
        Files.copy(rootFile, copy);
        RootRevocations revokedHq =
                RootAuthority.revoke(rootFile, ExchangeNode.PASSPHRASE, fra.identity.kid(), "FRA-HQ", Instant.now());
        Path list = dir.resolve("hq-revoked" + OwnCertificates.EXTENSION);
        OwnCertificates.writeFile(list, List.of(revokedHq.compact()));
        OwnCertificates.importRevocations(ita.store, list);
        // a copy of the root file from before, made to reach a higher version without FRA-HQ's revocation
        RootAuthority.revoke(copy, ExchangeNode.PASSPHRASE, old.kid(), "FRA-OLD", Instant.now());
        RootRevocations withdrawing =
                RootAuthority.revoke(copy, ExchangeNode.PASSPHRASE, old.kid(), "FRA-OLD", Instant.now());
        assertThat(withdrawing.version()).isGreaterThan(revokedHq.version());
        Path forged = dir.resolve("withdrawing" + OwnCertificates.EXTENSION);
        OwnCertificates.writeFile(forged, List.of(withdrawing.compact()));
        String before = StoreChecksum.of(ita.store.file());
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                org.paxmap.bundle.trust.TrustException.class,
                                () -> OwnCertificates.importRevocations(ita.store, forged))
                        .getMessage())
                .contains("withdraws the revocation of key " + fra.identity.kid() + " of node FRA-HQ");
        assertThat(StoreChecksum.of(ita.store.file())).isEqualTo(before);

        // the same list carried in a bundle refuses the bundle
        certifyNow(fra);
        HostileBundle carrying = HostileBundle.of(bundle(fra));
        List<String> items = Certificates.parse(carrying.entries.get(Certificates.ENTRY), "b");
        List<String> with = new java.util.ArrayList<>(items);
        with.add(withdrawing.compact());
        carrying.entries.put(Certificates.ENTRY, Certificates.bytes(with));
        assertThat(refusedAtIta(carrying.write(dir.resolve("carrying.paxb")), BundleRefusal.CERTIFICATE_INVALID))
                .contains("withdraws the revocation of key " + fra.identity.kid());
    }
}
