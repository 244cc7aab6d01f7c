package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/** Brief §1: every container rule refuses the whole bundle, with the precise reason and the entry named. */
class ContainerRefusalTest {
    @TempDir
    Path dir;

    final BundleFixture fixture = new BundleFixture();
    Map<Layer, byte[]> files;
    Manifest manifest;
    LinkedHashMap<String, byte[]> entries;

    @BeforeEach
    void goodParts() throws Exception {
        files = new LinkedHashMap<>();
        Map<Layer, long[]> counts = new LinkedHashMap<>();
        for (Map.Entry<Layer, List<Feature>> e : BundleFixture.features().entrySet()) {
            files.put(e.getKey(), BundleFixture.geojson(e.getValue()));
            long tombstones =
                    e.getValue().stream().filter(f -> f.sync().deleted()).count();
            counts.put(e.getKey(), new long[] {e.getValue().size(), tombstones});
        }
        manifest = fixture.manifest(files, counts);
        entries = fixture.entries(manifest, files);
    }

    private Path zip(RawZip zip) throws Exception {
        return zip.write(dir.resolve("stick.paxb"));
    }

    @Test
    void theGoodPartsMakeAGoodBundle() throws Exception {
        Bundle bundle = new BundleReader(fixture.trust).read(zip(RawZip.of(entries)));
        assertEquals(3, bundle.features(Layer.ZONES).size());
    }

    @Test
    void notAZip() throws Exception {
        Path file = Files.writeString(dir.resolve("stick.paxb"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        Refused.by(BundleRefusal.NOT_A_ZIP, file, fixture.trust, "file", "not a ZIP");
    }

    @Test
    void mimetypeNotFirst() throws Exception {
        LinkedHashMap<String, byte[]> reordered = new LinkedHashMap<>();
        reordered.put("META-INF/manifest.json", entries.get("META-INF/manifest.json"));
        reordered.putAll(entries);
        Refused.by(BundleRefusal.MIMETYPE_NOT_FIRST, zip(RawZip.of(reordered)), fixture.trust, "mimetype", "first");
    }

    @Test
    void mimetypeMissing() throws Exception {
        entries.remove("mimetype");
        Refused.by(BundleRefusal.MIMETYPE_NOT_FIRST, zip(RawZip.of(entries)), fixture.trust, "mimetype", "missing");
    }

    @Test
    void mimetypeCompressed() throws Exception {
        RawZip raw = new RawZip();
        entries.forEach((name, data) -> raw.add(name, data, 8));
        Refused.by(BundleRefusal.MIMETYPE_COMPRESSED, zip(raw), fixture.trust, "mimetype", "stored");
    }

    @Test
    void mimetypeWrong() throws Exception {
        entries.put("mimetype", "application/zip".getBytes(StandardCharsets.US_ASCII));
        Refused.by(BundleRefusal.MIMETYPE_WRONG, zip(RawZip.of(entries)), fixture.trust, "mimetype");
    }

    @Test
    void unlistedEntry() throws Exception {
        entries.put("data/extra.geojson", files.get(Layer.ZONES));
        Refused.by(
                BundleRefusal.UNLISTED_ENTRY,
                zip(RawZip.of(entries)),
                fixture.trust,
                "data/extra.geojson",
                "not listed");
    }

    @Test
    void listedEntryMissing() throws Exception {
        entries.remove("data/routes.geojson");
        Refused.by(BundleRefusal.MISSING_ENTRY, zip(RawZip.of(entries)), fixture.trust, "data/routes.geojson");
    }

    @Test
    void duplicateName() throws Exception {
        RawZip raw = RawZip.of(entries);
        raw.add("data/zones.geojson", files.get(Layer.ZONES), 8);
        Refused.by(BundleRefusal.DUPLICATE_ENTRY, zip(raw), fixture.trust, "data/zones.geojson", "twice");
    }

    @Test
    void duplicateNameDifferingOnlyInCase() throws Exception {
        RawZip raw = RawZip.of(entries);
        raw.add("data/ZONES.geojson", files.get(Layer.ZONES), 8);
        Refused.by(BundleRefusal.DUPLICATE_ENTRY, zip(raw), fixture.trust, "data/ZONES.geojson", "case");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../data/zones.geojson",
                "data/../../etc/passwd",
                "/data/zones.geojson",
                "data\\zones.geojson",
                "C:/data/zones.geojson",
                "data/zones\u0000.geojson",
                "data/zo\nnes.geojson",
                "data/./zones.geojson",
                "data//zones.geojson",
                "data/zönes.geojson"
            })
    void nameOutsideTheAllowedPattern(String name) throws Exception {
        RawZip raw = RawZip.of(entries);
        raw.add(name, files.get(Layer.ZONES), 8);
        BundleException e = Refused.by(BundleRefusal.BAD_ENTRY_NAME, zip(raw), fixture.trust, "not allowed");
        assertEquals(BundleEntries.printable(name), e.subject(), "the entry is named, control characters escaped");
    }

    @Test
    void directoryEntry() throws Exception {
        RawZip raw = RawZip.of(entries);
        raw.add("data/", new byte[0], 0);
        Refused.by(BundleRefusal.DIRECTORY_ENTRY, zip(raw), fixture.trust, "data/", "directory");
    }

    @Test
    void encryptedEntry() throws Exception {
        RawZip raw = RawZip.of(entries);
        raw.entry("data/zones.geojson").flags |= 1;
        Refused.by(BundleRefusal.ENCRYPTED_ENTRY, zip(raw), fixture.trust, "data/zones.geojson", "encrypted");
    }

    @Test
    void unknownCompressionMethod() throws Exception {
        RawZip raw = RawZip.of(entries);
        raw.entry("data/zones.geojson").method = 12; // bzip2
        Refused.by(BundleRefusal.UNSUPPORTED_COMPRESSION, zip(raw), fixture.trust, "data/zones.geojson", "method 12");
    }

    @Test
    void sizeDiffersFromTheManifest() throws Exception {
        byte[] longer =
                (new String(files.get(Layer.ZONES), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        entries.put("data/zones.geojson", longer);
        Refused.by(
                BundleRefusal.SIZE_MISMATCH,
                zip(RawZip.of(entries)),
                fixture.trust,
                "data/zones.geojson",
                longer.length + " bytes");
    }

    @Test
    void alteredLayerFile() throws Exception {
        byte[] altered = files.get(Layer.ZONES).clone();
        String text = new String(altered, StandardCharsets.UTF_8).replace("\"critical\"", "\"low\"     ");
        altered = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(files.get(Layer.ZONES).length, altered.length, "same size, other content");
        entries.put("data/zones.geojson", altered);
        Refused.by(
                BundleRefusal.DIGEST_MISMATCH, zip(RawZip.of(entries)), fixture.trust, "data/zones.geojson", "SHA-256");
    }

    @Test
    void unsigned() throws Exception {
        entries.remove("META-INF/manifest.jws");
        Refused.by(BundleRefusal.UNSIGNED, zip(RawZip.of(entries)), fixture.trust, "META-INF/manifest.jws", "unsigned");
    }

    @Test
    void manifestMissing() throws Exception {
        entries.remove("META-INF/manifest.json");
        Refused.by(BundleRefusal.MANIFEST_MISSING, zip(RawZip.of(entries)), fixture.trust, "META-INF/manifest.json");
    }

    @Test
    void localHeaderNamesAnotherFileThanTheCentralDirectory() throws Exception {
        RawZip raw = RawZip.of(entries);
        raw.entry("data/zones.geojson").localName = "data/zonez.geojson";
        Refused.by(
                BundleRefusal.LOCAL_HEADER_MISMATCH,
                zip(raw),
                fixture.trust,
                "data/zones.geojson",
                "data/zonez.geojson");
    }

    @Test
    void localHeaderWithOtherSizesThanTheCentralDirectory() throws Exception {
        RawZip raw = RawZip.of(entries);
        RawZip.Entry zones = raw.entry("data/zones.geojson");
        zones.crc ^= 1; // written to both; then make the central record differ by re-pointing sizes
        Path file = zip(raw);
        byte[] bytes = Files.readAllBytes(file);
        // flip the CRC in the central record only: find the central record of the last entry by its name
        int cen = indexOfLast(bytes, "data/zones.geojson".getBytes(StandardCharsets.US_ASCII)) - 46;
        bytes[cen + 16] ^= 1;
        Files.write(file, bytes);
        Refused.by(BundleRefusal.LOCAL_HEADER_MISMATCH, file, fixture.trust, "data/zones.geojson", "CRC");
    }

    @Test
    void tooManyEntries() throws Exception {
        RawZip raw = RawZip.of(entries);
        for (int i = 0; i < 20; i++) {
            raw.add("data/x" + i, new byte[1], 0);
        }
        Refused.by(BundleRefusal.TOO_MANY_ENTRIES, zip(raw), fixture.trust, "central directory", "26 entries");
    }

    @Test
    void trailingDataAfterTheArchive() throws Exception {
        Path file = zip(RawZip.of(entries));
        Files.write(file, "trailing".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        Refused.by(BundleRefusal.ZIP_STRUCTURE, file, fixture.trust, "end of central directory", "trailing");
    }

    @Test
    void dataPrependedBeforeTheFirstEntry() throws Exception {
        byte[] zip = RawZip.of(entries).build();
        byte[] prefixed = new byte[zip.length + 4];
        System.arraycopy(zip, 0, prefixed, 4, zip.length);
        Path file = Files.write(dir.resolve("stick.paxb"), prefixed);
        // the central directory is no longer where the end record says it is (a polyglot or self-extractor shape)
        Refused.by(BundleRefusal.ZIP_STRUCTURE, file, fixture.trust, "central directory");
    }

    private static int indexOfLast(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
