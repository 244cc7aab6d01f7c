package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.seal.X25519Keys;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.OutputTools;

/**
 * Encrypted bundles between real pictures through real files: FRA-HQ exports to ITA-BN encrypted (sign inside,
 * encrypt outside); ITA reads it with its own key; DEU-BDE, a partner FRA trusts too, cannot; the file shows no name,
 * organisation, label or feature text; the reference {@code age} tool reads Paxmap's files and Paxmap reads its; and
 * hostile variants are refused, each for its reason, leaving ITA's picture unchanged row for row.
 */
@Tag("slow")
class EncryptedExchangeTest {
    private static final String TITLE = "Roadside device near Bint Jbeil";

    @TempDir
    Path dir;

    ExchangeNode fra;
    ExchangeNode ita;
    ExchangeNode deu;
    Path stick;
    PrivateKey itaDecrypts;

    @BeforeEach
    void threeNodes() throws Exception {
        fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
        ita = new ExchangeNode(dir.resolve("ita.gpkg"), "ITA-BN", "ITA");
        deu = new ExchangeNode(dir.resolve("deu.gpkg"), "DEU-BDE", "DEU");
        ExchangeNode.pair(fra, ita);
        ExchangeNode.pair(fra, deu);
        ExchangeNode.pair(ita, deu);
        stick = Files.createDirectories(dir.resolve("stick"));
        fra.store.saveAll(List.of(
                fra.incident(TITLE, ReleaseLabel.exercise("FRA")),
                fra.zone("Minefield Alpha", ReleaseLabel.exercise("FRA"))));
        itaDecrypts = LocalIdentity.unlockEncryption(ita.store, ExchangeNode.PASSPHRASE);
    }

    @AfterEach
    void close() {
        fra.close();
        ita.close();
        deu.close();
    }

    private ExportResult encryptedTo(ExchangeNode to) throws Exception {
        BundleExport export = new BundleExport(fra.store);
        return export.write(
                export.plan(to.store.nodeId(), Manifest.SyncMode.FULL), fra.key, stick, BundleSealing.ENCRYPTED);
    }

    @Test
    void theRecipientReadsAndImportsWhatNobodyElseCan() throws Exception {
        ExportResult written = encryptedTo(ita);
        assertThat(written.encrypted()).isTrue();
        assertThat(written.file().getParent()).isEqualTo(stick);
        try (var left = Files.list(stick)) {
            assertThat(left).as("no plain copy left on the stick").containsExactly(written.file());
        }

        ImportPreview preview = new BundleImport(ita.store).preview(written.file(), itaDecrypts);
        assertThat(preview.encrypted()).isTrue();
        assertThat(preview.plainWarning()).isEmpty();
        assertThat(preview.bundle().file()).isEqualTo(written.file());
        assertThat(preview.bundle().manifest().bundleId())
                .isEqualTo(written.manifest().bundleId());
        new BundleImport(ita.store).apply(preview);
        assertThat(ita.store.query(org.paxmap.store.FeatureQuery.all()))
                .extracting(f -> f.id())
                .containsExactlyInAnyOrderElementsOf(fra.store.query(org.paxmap.store.FeatureQuery.all()).stream()
                        .map(f -> f.id())
                        .toList());

        String deuBefore = StoreChecksum.of(deu.store.file());
        PrivateKey deuDecrypts = LocalIdentity.unlockEncryption(deu.store, ExchangeNode.PASSPHRASE);
        assertThatThrownBy(() -> new BundleImport(deu.store).preview(written.file(), deuDecrypts))
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTED_FOR_OTHERS))
                .hasMessageContaining(written.file().getFileName().toString())
                .hasMessageContaining("not encrypted to this node's key");
        assertThat(StoreChecksum.of(deu.store.file())).isEqualTo(deuBefore);
        assertThatThrownBy(() -> new BundleImport(ita.store).preview(written.file()))
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTED_NO_KEY))
                .hasMessageContaining("unlock this node's key");
    }

    @Test
    void theEncryptedFileShowsNoNameOrganisationLabelOrFeatureText() throws Exception {
        Path file = encryptedTo(ita).file();
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("age-encryption.org/v1\n");
        for (String secret : List.of(
                "FRA-HQ",
                "ITA-BN",
                "FRA-HQ staff",
                "ITA-BN staff",
                "FRA",
                "ITA",
                TITLE,
                "Minefield Alpha",
                "NATO RESTRICTED",
                "EXERCISE",
                "UNCLASSIFIED",
                "REL TO",
                "paxmap",
                "PK\u0003\u0004",
                "geojson")) {
            assertThat(bytes).as("the file's bytes show no '" + secret + "'").doesNotContain(secret);
        }
        BundleExport export = new BundleExport(fra.store);
        Path plain = export.write(export.plan("ITA-BN", Manifest.SyncMode.FULL), fra.key, stick, BundleSealing.PLAIN)
                .file();
        assertThat(new String(Files.readAllBytes(plain), StandardCharsets.ISO_8859_1))
                .as("the same search finds the plain bundle's names (so the search can fail)")
                .contains("PK\u0003\u0004")
                .contains("paxmap")
                .contains("geojson");
    }

    @Test
    void aPartnerWithoutAnEncryptionKeyGetsNothingUnlessThePlainChoiceIsMade() throws Exception {
        var itaOld = new org.paxmap.bundle.trust.NodeIdentity(
                "ITA-OLD", "Old key file", "ITA", ita.identity.key(), ita.identity.createdAt());
        fra.store.removePartner("ITA-BN");
        new org.paxmap.bundle.trust.TrustList(fra.store)
                .add(itaOld, "Maj. Test", ExchangeNode.T0, Map.of("EXERCISE", "UNCLASSIFIED"), List.of());
        BundleExport export = new BundleExport(fra.store);
        ExportPlan plan = export.plan("ITA-OLD", Manifest.SyncMode.FULL);
        assertThatThrownBy(() -> export.write(plan, fra.key, stick, BundleSealing.ENCRYPTED))
                .isInstanceOfSatisfying(
                        ExchangeException.class, e -> assertThat(e.kind()).isEqualTo(ExchangeRefusal.NO_ENCRYPTION_KEY))
                .hasMessageContaining("has no encryption key")
                .hasMessageContaining("--plain");
        try (var files = Files.list(stick)) {
            assertThat(files).as("nothing was written").isEmpty();
        }
        assertThat(export.write(plan, fra.key, stick, BundleSealing.PLAIN).encrypted())
                .isFalse();
    }

    @Test
    void aPlainBundleStillImportsAndThePreviewSaysItWasNotEncrypted() throws Exception {
        Path plain = fra.send(ita, stick, Manifest.SyncMode.FULL);
        ImportPreview preview = new BundleImport(ita.store).preview(plain, itaDecrypts);
        assertThat(preview.encrypted()).isFalse();
        assertThat(preview.plainWarning())
                .contains("This bundle was not encrypted: anyone who had the stick or the file could read everything"
                        + " in it. Ask the sender to export encrypted bundles.");
        assertThat(new BundleImport(ita.store).apply(preview).applied()).isNotNull();
    }

    @Test
    void theReferenceAgeToolDecryptsPaxmapBundlesAndPaxmapReadsWhatAgeEncrypts() throws Exception {
        Assumptions.assumeTrue(
                OutputTools.onPath("age"), "the reference age tool is not installed (apt-get install age)");
        Path identity = dir.resolve("ita.agekey");
        Files.writeString(identity, X25519Keys.identity(X25519Keys.raw(itaDecrypts)) + "\n");
        ExportResult written = encryptedTo(ita);
        Path decrypted = dir.resolve("by-age.paxb");
        OutputTools.run(
                "age",
                "--decrypt",
                "-i",
                identity.toString(),
                "-o",
                decrypted.toString(),
                written.file().toString());
        ImportPreview plain = new BundleImport(ita.store).preview(decrypted);
        assertThat(plain.encrypted()).isFalse();
        assertThat(plain.bundle().manifest().bundleId())
                .isEqualTo(written.manifest().bundleId());

        Path stick2 = Files.createDirectories(dir.resolve("stick2"));
        BundleExport export = new BundleExport(fra.store);
        Path signed = export.write(export.plan("ITA-BN", Manifest.SyncMode.FULL), fra.key, stick2, BundleSealing.PLAIN)
                .file();
        Path byAge = dir.resolve("encrypted-by-age.paxb");
        String recipient = ita.identity.encryptionKey().recipient();
        OutputTools.run("age", "--encrypt", "-r", recipient, "-o", byAge.toString(), signed.toString());
        ImportPreview read = new BundleImport(ita.store).preview(byAge, itaDecrypts);
        assertThat(read.encrypted()).isTrue();
        assertThat(read.bundle().file()).isEqualTo(byAge);
        assertThat(read.signer().nodeId()).isEqualTo("FRA-HQ");
    }

    @Test
    void hostileEncryptedBundlesAreRefusedForTheirReasonAndTheStoreIsUnchanged() throws Exception {
        Path genuine = encryptedTo(ita).file();
        byte[] bytes = Files.readAllBytes(genuine);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf('\n', text.indexOf("\n---") + 1) + 1;
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("altered", new Object[] {
            (UnaryOperator<byte[]>) b -> flip(b, b.length - 20),
            BundleRefusal.ENCRYPTION_ALTERED,
            "altered or cut short"
        });
        cases.put("cut", new Object[] {
            (UnaryOperator<byte[]>) b -> java.util.Arrays.copyOf(b, headerEnd - 30),
            BundleRefusal.ENCRYPTION_HEADER,
            "cut short"
        });
        cases.put("scrypt", new Object[] {
            (UnaryOperator<byte[]>) b -> new String(b, StandardCharsets.ISO_8859_1)
                    .replaceFirst("-> X25519 [^\n]*", "-> scrypt rF0/NLdOL4uFAmfC8m5ab0A 18")
                    .getBytes(StandardCharsets.ISO_8859_1),
            BundleRefusal.ENCRYPTION_RECIPIENT_TYPE,
            "encrypted with a passphrase"
        });
        cases.put("oversized", new Object[] {
            (UnaryOperator<byte[]>) b -> {
                String stanza = "-> X25519 " + "A".repeat(43) + "\n" + "B".repeat(43) + "\n";
                return ("age-encryption.org/v1\n" + stanza.repeat(1200)).getBytes(StandardCharsets.US_ASCII);
            },
            BundleRefusal.ENCRYPTION_HEADER,
            "larger than 64 KiB"
        });
        String before = StoreChecksum.of(ita.store.file());
        for (Map.Entry<String, Object[]> c : cases.entrySet()) {
            @SuppressWarnings("unchecked")
            UnaryOperator<byte[]> change = (UnaryOperator<byte[]>) c.getValue()[0];
            Path hostile = Files.write(dir.resolve(c.getKey() + ".paxb"), change.apply(bytes.clone()));
            assertThatThrownBy(() -> new BundleImport(ita.store).preview(hostile, itaDecrypts))
                    .as(c.getKey())
                    .isInstanceOfSatisfying(
                            BundleException.class, e -> assertThat(e.kind()).isEqualTo(c.getValue()[1]))
                    .hasMessageContaining(c.getKey() + ".paxb")
                    .hasMessageContaining((String) c.getValue()[2]);
            assertThat(StoreChecksum.of(ita.store.file())).as(c.getKey()).isEqualTo(before);
        }
        PrivateKey deuDecrypts = LocalIdentity.unlockEncryption(deu.store, ExchangeNode.PASSPHRASE);
        assertThatThrownBy(() -> new BundleImport(ita.store).preview(genuine, deuDecrypts))
                .as("wrong recipient key")
                .isInstanceOfSatisfying(
                        BundleException.class, e -> assertThat(e.kind()).isEqualTo(BundleRefusal.ENCRYPTED_FOR_OTHERS));
        assertThat(StoreChecksum.of(ita.store.file())).isEqualTo(before);
        assertThat(new BundleImport(ita.store).preview(genuine, itaDecrypts).encrypted())
                .as("the genuine file is accepted")
                .isTrue();
    }

    private static byte[] flip(byte[] b, int at) {
        b[at] ^= 0x01;
        return b;
    }
}
