package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/** A bundle written by {@link BundleWriter} reads back whole, with the layout of brief §1, and GDAL reads its layers. */
class BundleRoundTripTest {
    @TempDir
    Path dir;

    final BundleFixture fixture = new BundleFixture();

    @Test
    void aWrittenBundleReadsBackWithItsManifestSignerAndEveryFeature() throws Exception {
        Map<Layer, List<Feature>> features = BundleFixture.features();
        Bundle written = new BundleWriter(fixture.sender)
                .writeInto(dir, BundleFixture.request(), BundleFixture.layerFiles(features));

        Bundle read = new BundleReader(fixture.trust).read(written.file());

        assertEquals(written.manifest(), read.manifest());
        assertEquals(BundleFixture.SENDER_NODE, read.signer().nodeId());
        assertEquals(List.of(BundleFixture.RECIPIENT), read.manifest().recipients());
        assertEquals(42, read.manifest().stream().get(BundleFixture.RECIPIENT).sequence());
        assertEquals(Manifest.SyncMode.INCREMENTAL, read.manifest().sync().mode());
        assertEquals(BundleFixture.LABEL, read.manifest().label());
        for (Layer layer : Layer.values()) {
            assertEquals(hashes(features.get(layer)), hashes(read.features(layer)), layer.tableName());
        }
        Manifest.Content zones = read.manifest().content("data/zones.geojson");
        assertEquals(3, zones.features());
        assertEquals(1, zones.tombstones());
        assertTrue(read.features(Layer.ZONES).get(2).sync().deleted(), "the tombstone stays a tombstone");
        assertEquals(Layer.ZONES, zones.layer());
        assertEquals(zones.size(), read.fileBytes("data/zones.geojson").length);
    }

    @Test
    void theZipHasMimetypeFirstAndStoredThenManifestSignatureAndLayersAndNoTemporaryFileIsLeft() throws Exception {
        Bundle bundle = fixture.writeGood(dir);

        assertTrue(
                bundle.file().getFileName().toString().matches("paxmap-[0-9a-f]{16}\\.paxb"),
                "neutral default name: " + bundle.file().getFileName());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(bundle.file()), files.toList(), "only the bundle is left in the folder");
        }
        byte[] raw = Files.readAllBytes(bundle.file());
        // ASiC/EPUB-style magic: "mimetype" at offset 30, its stored content at 38
        assertEquals("mimetype", new String(raw, 30, 8, StandardCharsets.US_ASCII));
        assertEquals(
                "application/vnd.paxmap.bundle+zip",
                new String(raw, 38, "application/vnd.paxmap.bundle+zip".length(), StandardCharsets.US_ASCII));
        try (ZipFile zip = new ZipFile(bundle.file().toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(zip.entries()).forEach(e -> names.add(e.getName()));
            assertEquals(
                    List.of(
                            "mimetype",
                            "META-INF/manifest.json",
                            "META-INF/manifest.jws",
                            "data/incidents.geojson",
                            "data/routes.geojson",
                            "data/zones.geojson"),
                    names);
            assertEquals(ZipEntry.STORED, zip.getEntry("mimetype").getMethod());
            try (InputStream in = zip.getInputStream(zip.getEntry("META-INF/manifest.json"))) {
                assertArrayEquals(bundle.manifest().canonicalBytes(), in.readAllBytes());
            }
        }
    }

    @Test
    void theWriterRefusesToOverwriteAnExistingFile() throws Exception {
        Path target = Files.writeString(dir.resolve("existing.paxb"), "keep me");

        assertThrows(FileAlreadyExistsException.class, () -> new BundleWriter(fixture.sender)
                .write(target, BundleFixture.request(), BundleFixture.layerFiles(BundleFixture.features())));
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void gdalReadsTheZonesLayerFileAsPlainGeoJson() throws Exception {
        Path ogrinfo = Path.of("/usr/bin/ogrinfo");
        Assumptions.assumeTrue(Files.isExecutable(ogrinfo), "GDAL ogrinfo is not installed at " + ogrinfo);
        Bundle bundle = fixture.writeGood(dir);
        Path zones = Files.write(dir.resolve("zones.geojson"), bundle.fileBytes("data/zones.geojson"));

        Process p = new ProcessBuilder(ogrinfo.toString(), "-ro", "-so", "-al", zones.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo finished");

        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Feature Count: 3"), "three zone features (one a tombstone): " + out);
        assertTrue(out.contains("threat_level"), "the layer's fields are plain properties: " + out);
    }

    /**
     * Id, content hash and deleted flag. The hash is the one the file carries (computed on writing): a tombstone reads
     * back with an empty geometry, so its hash can only be compared as written, not recomputed.
     */
    private static List<String> hashes(List<Feature> features) {
        return features.stream()
                .map(f -> f.id() + " "
                        + (f.sync().contentSha256().isEmpty()
                                ? FeatureJson.contentSha256(f)
                                : f.sync().contentSha256())
                        + " " + f.sync().deleted())
                .toList();
    }
}
