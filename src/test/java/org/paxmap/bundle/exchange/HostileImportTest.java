package org.paxmap.bundle.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HeapPeak;
import org.paxmap.testing.HostileBundle;

/**
 * Hostile bundles driven through a whole import ({@link BundleImport#preview} then {@link BundleImport#apply}) into a
 * populated picture: each is refused for its precise reason, in words naming the bundle file and the entry or
 * feature, and the importer's picture is unchanged row for row. Each hostile bundle is a genuine bundle from a trusted
 * partner with one thing changed; {@link #theGenuineBundleImports} shows the unchanged one is accepted.
 */
@Tag("slow")
class HostileImportTest {
    private static final String INCIDENTS = "data/incidents.geojson";
    private static final String ZONES = "data/zones.geojson";

    @TempDir
    Path dir;

    ExchangeNode fra;
    ExchangeNode ita;
    Path stick;
    /** FRA's second bundle to ITA, genuine: two incidents (one edited), one new zone. */
    Path genuine;

    Incident edited;
    ThreatZone zone;

    @BeforeEach
    void populatedPictures() throws Exception {
        fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
        ita = new ExchangeNode(dir.resolve("ita.gpkg"), "ITA-BN", "ITA");
        ExchangeNode.pair(fra, ita);
        stick = Files.createDirectories(dir.resolve("stick"));
        ReleaseLabel open = ReleaseLabel.exercise("FRA");
        ita.store.saveAll(List.of(ita.incident("ITA patrol report", ReleaseLabel.exercise("ITA"))));
        edited = (Incident) fra.store
                .saveAll(List.of(fra.incident("Device at Naqoura", open)))
                .get(0);
        ita.receive(fra.send(ita, stick, Manifest.SyncMode.INCREMENTAL));
        edited = fra.retitle(edited.id(), "Device at Naqoura, cleared");
        fra.store.saveAll(List.of(fra.incident("Second device", open)));
        zone = (ThreatZone)
                fra.store.saveAll(List.of(fra.zone("Minefield Alpha", open))).get(0);
        genuine = fra.send(ita, stick, Manifest.SyncMode.INCREMENTAL);
    }

    @AfterEach
    void close() {
        fra.close();
        ita.close();
    }

    /** Imports {@code file} and asserts the refusal, its words, and an unchanged picture. */
    private BundleException refused(Path file, BundleRefusal kind, String... mentions) throws Exception {
        String before = StoreChecksum.of(ita.store.file());
        BundleImport importer = new BundleImport(ita.store);
        BundleException e = assertThrows(BundleException.class, () -> importer.apply(importer.preview(file)));
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), "names the bundle: " + e.getMessage());
        for (String m : mentions) {
            assertTrue(e.getMessage().contains(m), "mentions '" + m + "': " + e.getMessage());
        }
        assertEquals(before, StoreChecksum.of(ita.store.file()), "the picture is unchanged");
        assertEquals("Device at Naqoura", ita.find(edited.id()).name(), "the earlier import stands");
        return e;
    }

    private HostileBundle parts() throws Exception {
        return HostileBundle.of(genuine);
    }

    /** A re-signed bundle whose zones file is {@code text}, listed with its real size and SHA-256. */
    private Path zonesSigned(String text, String name) throws Exception {
        return parts().replaceSigned(ZONES, text.getBytes(StandardCharsets.UTF_8), fra.identity.kid(), fra.key)
                .write(dir.resolve(name));
    }

    private String zonesText() throws Exception {
        return parts().text(ZONES);
    }

    @Test
    void theGenuineBundleImports() throws Exception {
        Path copy = HostileBundle.of(genuine).write(dir.resolve("rewritten.paxb"));
        String before = StoreChecksum.of(ita.store.file());
        ImportResult result = ita.receive(copy);
        assertNotEquals(before, StoreChecksum.of(ita.store.file()), "the checksum sees an import");
        assertEquals(1, result.preview().count(SyncClass.UPDATE));
        assertEquals(2, result.preview().count(SyncClass.NEW));
        assertEquals("Device at Naqoura, cleared", ita.find(edited.id()).name());
    }

    @Test
    void anUnsignedBundle() throws Exception {
        HostileBundle b = parts();
        b.entries.remove(HostileBundle.SIGNATURE);
        refused(b.write(dir.resolve("unsigned.paxb")), BundleRefusal.UNSIGNED, "META-INF/manifest.jws", "unsigned");
    }

    @Test
    void aGenuineBundleSignedByAKeyNotInTheTrustList() throws Exception {
        ExchangeNode deu = new ExchangeNode(dir.resolve("deu.gpkg"), "DEU-KOM", "DEU");
        try {
            deu.trust(ita, java.util.Map.of("EXERCISE", "UNCLASSIFIED"));
            deu.store.saveAll(List.of(deu.incident("From an unknown partner", ReleaseLabel.exercise("DEU"))));
            Path file = deu.send(ita, stick, Manifest.SyncMode.FULL);
            refused(file, BundleRefusal.SIGNER_UNKNOWN, "META-INF/manifest.jws", deu.identity.kid());
        } finally {
            deu.close();
        }
    }

    @Test
    void theSendersKidWithAnotherKeysSignature() throws Exception {
        HostileBundle b = parts();
        var stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        b.signManifest(b.entries.get(HostileBundle.MANIFEST), fra.identity.kid(), stranger.getPrivate());
        refused(b.write(dir.resolve("forged.paxb")), BundleRefusal.SIGNATURE_INVALID, "META-INF/manifest.jws");
    }

    @Test
    void aLayerFileAlteredAfterSigning() throws Exception {
        HostileBundle b = parts();
        String text = b.text(INCIDENTS);
        String altered = text.replace("Second device", "Second dev1ce");
        assertNotEquals(text, altered);
        b.entries.put(INCIDENTS, altered.getBytes(StandardCharsets.UTF_8));
        refused(b.write(dir.resolve("altered.paxb")), BundleRefusal.DIGEST_MISMATCH, INCIDENTS, "altered");
    }

    @Test
    void anExtraEntryTheManifestDoesNotList() throws Exception {
        HostileBundle b = parts();
        b.entries.put("data/extra.geojson", b.entries.get(ZONES));
        refused(b.write(dir.resolve("extra.paxb")), BundleRefusal.UNLISTED_ENTRY, "data/extra.geojson", "not listed");
    }

    @Test
    void aListedEntryMissing() throws Exception {
        HostileBundle b = parts();
        b.entries.remove(ZONES);
        refused(b.write(dir.resolve("missing.paxb")), BundleRefusal.MISSING_ENTRY, ZONES, "missing");
    }

    @Test
    void aManifestNotInCanonicalFormSignedByTheSender() throws Exception {
        HostileBundle b = parts();
        String canonical = b.text(HostileBundle.MANIFEST);
        String spaced = canonical.replace(",\"createdAt\"", ", \"createdAt\"");
        assertNotEquals(canonical, spaced);
        b.signManifest(spaced.getBytes(StandardCharsets.UTF_8), fra.identity.kid(), fra.key);
        refused(
                b.write(dir.resolve("spaced.paxb")),
                BundleRefusal.MANIFEST_NOT_CANONICAL,
                "META-INF/manifest.json",
                "canonical");
    }

    @Test
    void aManifestWithADuplicateKeySignedByTheSender() throws Exception {
        HostileBundle b = parts();
        String canonical = b.text(HostileBundle.MANIFEST);
        String twice = canonical.replace(
                "{\"bundleId\":", "{\"bundleId\":\"00000000-0000-0000-0000-000000000000\",\"bundleId\":");
        assertNotEquals(canonical, twice);
        b.signManifest(twice.getBytes(StandardCharsets.UTF_8), fra.identity.kid(), fra.key);
        refused(
                b.write(dir.resolve("twice.paxb")),
                BundleRefusal.MANIFEST_MALFORMED,
                "META-INF/manifest.json",
                "Duplicate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EdDSA", "none", "HS256"})
    void anAlgorithmOtherThanEd25519(String alg) throws Exception {
        HostileBundle b = parts();
        String header = "{\"alg\":\"" + alg + "\",\"kid\":\"" + fra.identity.kid()
                + "\",\"typ\":\"paxmap-manifest+jws\",\"b64\":false,\"crit\":[\"b64\"]}";
        String h = Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8));
        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(fra.key); // a genuine Ed25519 signature by the sender, under a header naming another algorithm
        ed.update((h + ".").getBytes(StandardCharsets.US_ASCII));
        ed.update(b.entries.get(HostileBundle.MANIFEST));
        String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(ed.sign());
        b.entries.put(
                HostileBundle.SIGNATURE,
                ("{\"signatures\":[{\"protected\":\"" + h + "\",\"signature\":\"" + sig + "\"}]}")
                        .getBytes(StandardCharsets.UTF_8));
        refused(b.write(dir.resolve("alg.paxb")), BundleRefusal.SIGNATURE_ALGORITHM, "META-INF/manifest.jws", alg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../tmp/evil.geojson", "data/../../evil.geojson", "/etc/cron.d/evil"})
    void zipSlipNames(String name) throws Exception {
        HostileBundle b = parts();
        b.entries.put(name, b.entries.get(ZONES));
        refused(b.write(dir.resolve("slip.paxb")), BundleRefusal.BAD_ENTRY_NAME, name);
        try (var files = Files.walk(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("evil")), "nothing extracted");
        }
    }

    @Test
    void aCompressionBombSignedByTheSenderIsRefusedQuicklyWithBoundedHeap() throws Exception {
        // 100 MiB of zeros as the zones file, honestly listed and signed: it deflates about 1,000 to 1
        Path file = parts().replaceSigned(ZONES, new byte[100 << 20], fra.identity.kid(), fra.key)
                .write(dir.resolve("bomb.paxb"));
        assertTrue(Files.size(file) < 1 << 20, "the bomb is small on the stick: " + Files.size(file));
        System.gc();
        long heapBefore = HeapPeak.reset();
        long start = System.nanoTime();
        refused(file, BundleRefusal.COMPRESSION_RATIO, ZONES, "compression bomb");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapGrowth = HeapPeak.peak() - heapBefore;
        assertTrue(millis < 10_000, "refused in " + millis + " ms");
        assertTrue(heapGrowth < 64L << 20, "heap grew by " + (heapGrowth >> 20) + " MiB");
    }

    @Test
    void jsonNested10000Deep() throws Exception {
        String text = zonesText();
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String hostile = text.replace("\"name\":", "\"x\":" + deep + ",\"name\":");
        assertNotEquals(text, hostile);
        refused(zonesSigned(hostile, "deep.paxb"), BundleRefusal.JSON_LIMIT, ZONES, "nesting depth");
    }

    @Test
    void aNumberOf5000Digits() throws Exception {
        String text = zonesText();
        String hostile = text.replace("[35.3,", "[3" + "5".repeat(4_999) + ",");
        assertNotEquals(text, hostile);
        refused(zonesSigned(hostile, "digits.paxb"), BundleRefusal.JSON_LIMIT, ZONES, "Number value length");
    }

    @Test
    void nanCoordinates() throws Exception {
        String text = zonesText();
        String hostile = text.replace("[35.3,", "[NaN,");
        assertNotEquals(text, hostile);
        refused(zonesSigned(hostile, "nan.paxb"), BundleRefusal.JSON_MALFORMED, ZONES, "NaN");
    }

    @Test
    void outOfRangeCoordinates() throws Exception {
        String text = zonesText();
        String hostile = text.replace(",33.15]", ",93.15]");
        assertNotEquals(text, hostile);
        refused(
                zonesSigned(hostile, "range.paxb"),
                BundleRefusal.FEATURE_INVALID,
                ZONES,
                zone.id().toString(),
                "latitude 93.15 is out of range");
    }

    @Test
    void anUnclosedRing() throws Exception {
        String text = zonesText();
        int last = text.lastIndexOf("[35.3,33.1]");
        assertTrue(last > text.indexOf("[35.3,33.1]"), text);
        String hostile = text.substring(0, last) + "[35.31,33.1]" + text.substring(last + "[35.3,33.1]".length());
        refused(
                zonesSigned(hostile, "ring.paxb"),
                BundleRefusal.FEATURE_INVALID,
                ZONES,
                zone.id().toString(),
                "not closed");
    }

    @Test
    void aDuplicateFeatureId() throws Exception {
        HostileBundle b = parts();
        String text = b.text(INCIDENTS);
        List<UUID> ids = ita.store.fullExport().features().stream()
                .map(f -> f.id())
                .toList(); // ITA's own incident and FRA's first one
        UUID first = edited.id();
        UUID second = fra.store.fullExport().features().stream()
                .map(f -> f.id())
                .filter(id -> !id.equals(first) && !id.equals(zone.id()))
                .findFirst()
                .orElseThrow();
        assertFalse(ids.contains(second));
        String hostile = text.replace(second.toString(), first.toString());
        assertNotEquals(text, hostile);
        b.replaceSigned(INCIDENTS, hostile.getBytes(StandardCharsets.UTF_8), fra.identity.kid(), fra.key);
        refused(b.write(dir.resolve("dup.paxb")), BundleRefusal.DUPLICATE_FEATURE, INCIDENTS, first.toString());
    }

    /** Values the model cannot hold, in a bundle re-signed with the trusted sender's real key: refused at parse time. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "\"shape\":\"drawn\" | \"shape\":\"circle\",\"shape_centre\":[1e308,95],\"shape_radius_m\":9"
                        + " | properties.shape_centre | longitude 1.0E308 is out of range",
                "\"valid_from\":\"2026 | \"valid_from\":\"+1000000000 | properties.valid_from | outside the times",
                "[[[[35.3,33.1] | [[[[35.3,33.1,0,0] | geometry.coordinates[0][0][0] | a position of 4 numbers",
                "{\"type\":\"MultiPolygon\", | {\"type\":\"MultiPolygon\",\"crs\":{\"type\":\"name\"},"
                        + " | geometry.crs | coordinate reference system",
                "\"deleted\":false | \"deleted\":true | field geometry | a tombstone (deleted: true) carries no"
                        + " geometry"
            })
    void aValueTheModelCannotHold(String from, String to, String field, String reason) throws Exception {
        String text = zonesText();
        assertTrue(text.contains(from), text);
        refused(
                zonesSigned(text.replace(from, to), "limits.paxb"),
                BundleRefusal.FEATURE_INVALID,
                ZONES,
                zone.id().toString(),
                field,
                reason);
    }

    @Test
    void aTombstoneCarriesOnlyItsLayerAndADeletionKeepsTheContentThePictureHeld() throws Exception {
        ita.receive(genuine); // ITA holds FRA's incident, retitled
        fra.store.delete(edited.id());
        Path deletion = fra.send(ita, stick, Manifest.SyncMode.INCREMENTAL);
        HostileBundle b = HostileBundle.of(deletion);
        String text = b.text(INCIDENTS);
        assertTrue(text.contains("\"properties\":{\"layer\":\"incidents\"}"), text);
        assertFalse(text.contains("Device at Naqoura"), "a tombstone does not carry its last content: " + text);

        // the tombstone re-signed by FRA's real key with its last title in it: refused, the picture unchanged
        String hostile =
                text.replace("{\"layer\":\"incidents\"}", "{\"layer\":\"incidents\",\"title\":\"Device at Naqoura\"}");
        b.replaceSigned(INCIDENTS, hostile.getBytes(StandardCharsets.UTF_8), fra.identity.kid(), fra.key);
        String before = StoreChecksum.of(ita.store.file());
        BundleImport importer = new BundleImport(ita.store);
        Path file = b.write(dir.resolve("talkative-tombstone.paxb"));
        BundleException e = assertThrows(BundleException.class, () -> importer.apply(importer.preview(file)));
        assertEquals(BundleRefusal.FEATURE_INVALID, e.kind(), e.getMessage());
        assertTrue(
                e.getMessage().startsWith("talkative-tombstone.paxb: " + INCIDENTS + ": feature ")
                        && e.getMessage()
                                .contains("(id \"" + edited.id() + "\"), field properties.title: a tombstone (deleted:"
                                        + " true) carries only its layer"),
                e.getMessage());
        assertEquals(before, StoreChecksum.of(ita.store.file()), "the picture is unchanged");

        // the genuine deletion applies and keeps the content ITA held, now deleted
        ImportResult result = ita.receive(deletion);
        assertEquals(1, result.preview().count(SyncClass.UPDATE));
        org.paxmap.model.Feature held = ita.find(edited.id());
        assertTrue(held.sync().deleted());
        assertEquals("Device at Naqoura, cleared", held.name());
    }

    @Test
    void aLayerFileThatOtherUnzipToolsWouldCreateAsASymlink() throws Exception {
        Path file = parts().write(dir.resolve("symlink.paxb"));
        byte[] bytes = Files.readAllBytes(file);
        byte[] name = ZONES.getBytes(StandardCharsets.US_ASCII);
        int cen = -1;
        for (int i = 0; i + name.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + name.length, name, 0, name.length)) {
                cen = i - 46; // the last occurrence is the central directory record's name
            }
        }
        assertTrue(cen > 0 && bytes[cen] == 0x50 && bytes[cen + 1] == 0x4b, "found the central record");
        bytes[cen + 5] = 3; // made by Unix
        java.nio.ByteBuffer.wrap(bytes, cen + 38, 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(0120777 << 16); // lrwxrwxrwx
        Files.write(file, bytes);
        refused(file, BundleRefusal.ZIP_STRUCTURE, ZONES, "symbolic link");
    }
}
