package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;

/**
 * Brief §1 and §4, parse level: correctly listed and signed layer files whose content is hostile or inconsistent are
 * refused, naming the file and the feature.
 */
class LayerContentRefusalTest {
    private static final UUID ZONE_ID = UUID.fromString("2d9e8f3f-4f65-4caf-9f2e-8f3f4d5e6f70");

    @TempDir
    Path dir;

    final BundleFixture fixture = new BundleFixture();

    /** A signed bundle whose zones file is {@code zones}, listed with the given counts. */
    private Path withZones(String zones, long features, long tombstones) throws Exception {
        return with(Map.of(Layer.ZONES, zones), Map.of(Layer.ZONES, new long[] {features, tombstones}));
    }

    private Path with(Map<Layer, String> texts, Map<Layer, long[]> counts) throws Exception {
        Map<Layer, byte[]> files = new LinkedHashMap<>();
        texts.forEach((layer, text) -> files.put(layer, text.getBytes(StandardCharsets.UTF_8)));
        return RawZip.of(fixture.entries(fixture.manifest(files, counts), files))
                .write(dir.resolve("layers.paxb"));
    }

    private static String zones(Feature... features) throws Exception {
        return new String(BundleFixture.geojson(List.of(features)), StandardCharsets.UTF_8);
    }

    private static String oneZone() throws Exception {
        return zones(BundleFixture.zone(ZONE_ID, 35.30));
    }

    @Test
    void theUnalteredZoneFileIsAccepted() throws Exception {
        new BundleReader(fixture.trust).read(withZones(oneZone(), 1, 0));
    }

    @Test
    void aRootThatIsNotAnObjectIsNoFeatureCollection() throws Exception {
        for (String root : List.of("[]", "42", "")) {
            Refused.by(
                    BundleRefusal.FEATURE_INVALID,
                    withZones(root, 0, 0),
                    fixture.trust,
                    "data/zones.geojson",
                    "the root must be a FeatureCollection object");
        }
    }

    @Test
    void jsonNested10000Deep() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String text = oneZone().replace("\"shape\":\"drawn\"", "\"shape\":\"drawn\",\"x\":" + deep);
        Refused.by(
                BundleRefusal.JSON_LIMIT, withZones(text, 1, 0), fixture.trust, "data/zones.geojson", "nesting depth");
    }

    @Test
    void aNumberOf5000Digits() throws Exception {
        String text = oneZone().replace("35.3,", "3" + "5".repeat(4_999) + ",");
        assertTrue(text.contains("5".repeat(4_999)), "the number is in the file");
        Refused.by(
                BundleRefusal.JSON_LIMIT,
                withZones(text, 1, 0),
                fixture.trust,
                "data/zones.geojson",
                "Number value length");
    }

    @Test
    void nan() throws Exception {
        String text = oneZone().replace("35.3,", "NaN,");
        Refused.by(BundleRefusal.JSON_MALFORMED, withZones(text, 1, 0), fixture.trust, "data/zones.geojson", "NaN");
    }

    @Test
    void infinity() throws Exception {
        String text = oneZone().replace("35.3,", "Infinity,");
        Refused.by(
                BundleRefusal.JSON_MALFORMED, withZones(text, 1, 0), fixture.trust, "data/zones.geojson", "Infinity");
    }

    @Test
    void outOfRangeCoordinates() throws Exception {
        String text = oneZone().replace("33.1]", "93.1]");
        Refused.by(
                BundleRefusal.FEATURE_INVALID,
                withZones(text, 1, 0),
                fixture.trust,
                "data/zones.geojson",
                ZONE_ID.toString(),
                "latitude 93.1 is out of range");
    }

    @Test
    void unclosedRing() throws Exception {
        String text = oneZone();
        int last = text.lastIndexOf("[35.3,33.1]");
        text = text.substring(0, last) + "[35.31,33.1]" + text.substring(last + "[35.3,33.1]".length());
        Refused.by(
                BundleRefusal.FEATURE_INVALID,
                withZones(text, 1, 0),
                fixture.trust,
                "data/zones.geojson",
                ZONE_ID.toString(),
                "not closed");
    }

    @Test
    void duplicateFeatureIdWithinAFile() throws Exception {
        String text = zones(BundleFixture.zone(ZONE_ID, 35.30), BundleFixture.zone(ZONE_ID, 35.40));
        Refused.by(
                BundleRefusal.DUPLICATE_FEATURE,
                withZones(text, 2, 0),
                fixture.trust,
                "data/zones.geojson, feature 2",
                ZONE_ID.toString());
    }

    @Test
    void duplicateFeatureIdAcrossFiles() throws Exception {
        Map<Layer, String> texts = new LinkedHashMap<>();
        texts.put(
                Layer.INCIDENTS,
                new String(BundleFixture.geojson(List.of(BundleFixture.incident(ZONE_ID))), StandardCharsets.UTF_8));
        texts.put(Layer.ZONES, oneZone());
        Refused.by(
                BundleRefusal.DUPLICATE_FEATURE,
                with(texts, Map.of(Layer.INCIDENTS, new long[] {1, 0}, Layer.ZONES, new long[] {1, 0})),
                fixture.trust,
                "data/zones.geojson, feature 1",
                "data/incidents.geojson");
    }

    @Test
    void aFeatureInTheWrongLayerFile() throws Exception {
        UUID id = UUID.randomUUID();
        String text = zones(BundleFixture.zone(ZONE_ID, 35.30), BundleFixture.incident(id));
        Refused.by(
                BundleRefusal.WRONG_LAYER,
                withZones(text, 2, 0),
                fixture.trust,
                "data/zones.geojson, feature 2",
                id.toString(),
                "layer incidents");
    }

    @Test
    void featureCountDisagreesWithTheManifest() throws Exception {
        Refused.by(
                BundleRefusal.FEATURE_COUNT_MISMATCH,
                withZones(oneZone(), 2, 0),
                fixture.trust,
                "data/zones.geojson",
                "1 features, but the manifest says 2");
    }

    @Test
    void tombstoneCountDisagreesWithTheManifest() throws Exception {
        String text = zones(
                BundleFixture.zone(ZONE_ID, 35.30),
                BundleFixture.zone(UUID.randomUUID(), 35.40).withSync(BundleFixture.sync(true)));
        assertTrue(text.contains("\"geometry\":null"), "the tombstone has a null geometry");
        Refused.by(
                BundleRefusal.TOMBSTONE_COUNT_MISMATCH,
                withZones(text, 2, 0),
                fixture.trust,
                "data/zones.geojson",
                "1 tombstones, but the manifest says 0");
    }

    @Test
    void aPlainGeoJsonFeatureWithoutThePaxmapMember() throws Exception {
        String text = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[35.5,33.2]}}]}";
        Refused.by(
                BundleRefusal.NOT_A_BUNDLE_FEATURE,
                withZones(text, 1, 0),
                fixture.trust,
                "data/zones.geojson, feature 1",
                "paxmap");
    }
}
