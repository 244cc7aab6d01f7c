package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * The container is read one way only: ZIP metadata outside the signature that other unzip tools obey — file modes
 * that make an entry a symbolic link or anything but a regular file, ZIP64 extra fields whose sizes disagree with the
 * 32-bit ones — refuses a correctly signed bundle, naming the entry; a regular Unix mode and an agreeing ZIP64 field
 * are accepted.
 */
class ZipMetadataRefusalTest {
    private static final String ZONES = "data/zones.geojson";

    @TempDir
    Path dir;

    final BundleFixture fixture = new BundleFixture();
    RawZip raw;

    @BeforeEach
    void aGenuineBundle() throws Exception {
        Map<Layer, byte[]> files = new LinkedHashMap<>();
        List<Feature> zones = BundleFixture.features().get(Layer.ZONES);
        files.put(Layer.ZONES, BundleFixture.geojson(zones));
        raw = RawZip.of(
                fixture.entries(fixture.manifest(files, Map.of(Layer.ZONES, new long[] {zones.size(), 1})), files));
    }

    private Path file() throws Exception {
        return raw.write(dir.resolve("modes.paxb"));
    }

    @ParameterizedTest(name = "mode {0}: {1}")
    @CsvSource({
        "0120777, symbolic link",
        "0040755, directory",
        "0020644, character device",
        "0060644, block device",
        "0010644, FIFO",
        "0140644, socket"
    })
    void anEntryWhoseUnixModeIsNotARegularFile(String octal, String kind) throws Exception {
        RawZip.Entry zones = raw.entry(ZONES);
        zones.versionMadeBy = 3 << 8 | 20;
        zones.externalAttributes = Long.parseLong(octal, 8) << 16;
        Refused.by(
                BundleRefusal.ZIP_STRUCTURE,
                file(),
                fixture.trust,
                ZONES,
                "file mode " + octal.substring(1) + " (host 3) makes it a " + kind + ", not a regular file");
    }

    @Test
    void aSymlinkModeIsRefusedWhateverHostTheRecordNames() throws Exception {
        RawZip.Entry zones = raw.entry(ZONES);
        zones.externalAttributes = 0120777L << 16; // version made by says MS-DOS
        Refused.by(BundleRefusal.ZIP_STRUCTURE, file(), fixture.trust, ZONES, "symbolic link");
    }

    @Test
    void anMsDosDirectoryAttribute() throws Exception {
        raw.entry(ZONES).externalAttributes = 0x10;
        Refused.by(BundleRefusal.ZIP_STRUCTURE, file(), fixture.trust, ZONES, "MS-DOS attributes mark a directory");
    }

    @Test
    void regularFileModesAreAccepted() throws Exception {
        RawZip.Entry zones = raw.entry(ZONES);
        zones.versionMadeBy = 3 << 8 | 20;
        zones.externalAttributes = 0100644L << 16 | 0x20; // rw-r--r--, MS-DOS archive bit
        raw.entry("mimetype").externalAttributes = 0x01; // MS-DOS read-only
        assertEquals(
                3,
                new BundleReader(fixture.trust)
                        .read(file())
                        .features(Layer.ZONES)
                        .size());
    }

    @Test
    void aZip64ExtraInTheCentralDirectoryWithAnotherSize() throws Exception {
        RawZip.Entry zones = raw.entry(ZONES);
        zones.centralExtra = RawZip.zip64Extra(zones.size + 4096, zones.compressedSize);
        Refused.by(
                BundleRefusal.ZIP_STRUCTURE,
                file(),
                fixture.trust,
                ZONES,
                "the central directory's ZIP64 extra field gives the uncompressed size as " + (zones.size + 4096)
                        + " but the header as " + zones.size);
    }

    @Test
    void aZip64ExtraInTheLocalHeaderWithAnotherCompressedSize() throws Exception {
        RawZip.Entry zones = raw.entry(ZONES);
        zones.localExtra = RawZip.zip64Extra(zones.size, 1L << 32);
        Refused.by(
                BundleRefusal.ZIP_STRUCTURE,
                file(),
                fixture.trust,
                ZONES,
                "the local header's ZIP64 extra field gives the compressed size as 4294967296");
    }

    @Test
    void aZip64ExtraWithAnotherLocalHeaderOffset() throws Exception {
        RawZip.Entry mimetype = raw.entry("mimetype");
        mimetype.centralExtra = RawZip.zip64Extra(mimetype.size, mimetype.compressedSize, 1000);
        Refused.by(BundleRefusal.ZIP_STRUCTURE, file(), fixture.trust, "mimetype", "local header offset as 1000");
    }

    @Test
    void aMalformedExtraField() throws Exception {
        raw.entry(ZONES).centralExtra = new byte[] {1, 0, 16, 0, 0, 0}; // says 16 bytes, holds 2
        Refused.by(BundleRefusal.ZIP_STRUCTURE, file(), fixture.trust, ZONES, "extra field is malformed");
    }

    @Test
    void aZip64ExtraThatAgreesAndOtherExtraBlocksAreAccepted() throws Exception {
        RawZip.Entry zones = raw.entry(ZONES);
        zones.centralExtra = RawZip.zip64Extra(zones.size, zones.compressedSize, 0 + offsetOf(ZONES));
        zones.localExtra =
                concat(RawZip.zip64Extra(zones.size, zones.compressedSize), new byte[] {0x55, 0x54, 1, 0, 3});
        assertEquals(
                3,
                new BundleReader(fixture.trust)
                        .read(file())
                        .features(Layer.ZONES)
                        .size());
    }

    /** Where the local header of {@code name} will be written: after the earlier entries' headers and data. */
    private long offsetOf(String name) {
        long at = 0;
        for (RawZip.Entry e : raw.entries) {
            if (e.name.equals(name)) {
                return at;
            }
            at += 30 + e.localName.length() + e.localExtra.length + e.stored.length;
        }
        throw new IllegalArgumentException(name);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
