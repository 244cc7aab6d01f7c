package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Layer;

/**
 * Brief §2: the manifest is accepted only in its RFC 8785 canonical form, with the known format and exactly the known
 * fields. Each hostile manifest is signed correctly, so only the manifest rule can refuse it.
 */
class ManifestRefusalTest {
    @TempDir
    Path dir;

    final BundleFixture fixture = new BundleFixture();
    Map<Layer, byte[]> files;
    String canonical;

    @BeforeEach
    void goodParts() throws Exception {
        files = Map.of(Layer.ZONES, BundleFixture.geojson(List.of()));
        canonical = new String(fixture.manifest(files, Map.of()).canonicalBytes(), StandardCharsets.UTF_8);
    }

    private Path bundle(String manifest) throws Exception {
        return bundle(manifest.getBytes(StandardCharsets.UTF_8));
    }

    private Path bundle(byte[] manifest) throws Exception {
        return RawZip.of(BundleFixture.entries(manifest, fixture.sign(manifest), files))
                .write(dir.resolve("manifest.paxb"));
    }

    @Test
    void theCanonicalManifestParsesBackToItselfAndSortsItsKeys() throws Exception {
        Manifest m = Manifest.parse(canonical.getBytes(StandardCharsets.UTF_8), "x.paxb");
        assertArrayEquals(canonical.getBytes(StandardCharsets.UTF_8), m.canonicalBytes());
        assertTrue(canonical.startsWith("{\"bundleId\":"), canonical);
        assertEquals(64, m.sha256().length());
        new BundleReader(fixture.trust).read(bundle(canonical));
    }

    @Test
    void whitespace() throws Exception {
        Refused.by(
                BundleRefusal.MANIFEST_NOT_CANONICAL,
                bundle(canonical.replace(",\"createdAt\"", ", \"createdAt\"")),
                fixture.trust,
                "META-INF/manifest.json",
                "canonical");
    }

    @Test
    void byteOrderMark() throws Exception {
        Refused.by(
                BundleRefusal.MANIFEST_NOT_CANONICAL,
                bundle("\uFEFF" + canonical),
                fixture.trust,
                "META-INF/manifest.json");
    }

    @Test
    void duplicateKeys() throws Exception {
        String twice = canonical.replace(
                "{\"bundleId\":", "{\"bundleId\":\"00000000-0000-0000-0000-000000000000\",\"bundleId\":");
        Refused.by(
                BundleRefusal.MANIFEST_MALFORMED, bundle(twice), fixture.trust, "META-INF/manifest.json", "Duplicate");
    }

    @Test
    void keyOrder() throws Exception {
        // move "bundleId" after "createdAt"
        int start = canonical.indexOf("\"bundleId\"");
        int end = canonical.indexOf(",\"createdAt\"");
        String member = canonical.substring(start, end);
        String moved = "{" + canonical.substring(end + 1, canonical.length() - 1) + "," + member + "}";
        Refused.by(BundleRefusal.MANIFEST_NOT_CANONICAL, bundle(moved), fixture.trust, "META-INF/manifest.json");
    }

    @Test
    void numberForm() throws Exception {
        assertTrue(canonical.contains("\"sequence\":42"), canonical);
        Refused.by(
                BundleRefusal.MANIFEST_NOT_CANONICAL,
                bundle(canonical.replace("\"sequence\":42", "\"sequence\":42.0")),
                fixture.trust);
        Refused.by(
                BundleRefusal.MANIFEST_NOT_CANONICAL,
                bundle(canonical.replace("\"sequence\":42", "\"sequence\":4.2e1")),
                fixture.trust);
    }

    @Test
    void unknownFormat() throws Exception {
        Refused.by(
                BundleRefusal.UNKNOWN_FORMAT,
                bundle(canonical.replace("paxmap-bundle/1", "paxmap-bundle/2")),
                fixture.trust,
                "field format",
                "paxmap-bundle/2");
    }

    @Test
    void missingField() throws Exception {
        String without = canonical.replaceFirst(",\"organisation\":\"FRA\"", "");
        Refused.by(
                BundleRefusal.MANIFEST_INVALID, bundle(without), fixture.trust, "field sender.organisation", "missing");
    }

    @Test
    void unknownField() throws Exception {
        // "zzz" sorts last, so the manifest stays canonical
        String extra = canonical.substring(0, canonical.length() - 1) + ",\"zzz\":true}";
        Refused.by(BundleRefusal.MANIFEST_INVALID, bundle(extra), fixture.trust, "field zzz", "unknown field");
    }

    @Test
    void streamPositionForANonRecipient() throws Exception {
        String other = canonical.replace("\"stream\":{\"ITA-BN-2\"", "\"stream\":{\"DEU-BN-1\"");
        Refused.by(BundleRefusal.MANIFEST_INVALID, bundle(other), fixture.trust, "stream.DEU-BN-1", "not a recipient");
    }

    @Test
    void parseRefusesWithoutABundleToo() {
        BundleException e = assertThrows(
                BundleException.class, () -> Manifest.parse("[]".getBytes(StandardCharsets.UTF_8), "a.paxb"));
        assertEquals(BundleRefusal.MANIFEST_MALFORMED, e.kind());
    }
}
