package org.paxmap.bundle.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.ZoneShape;

/**
 * The limits of what a feature may hold (ARCHITECTURE.md, Bundles: content limits), enforced while the layer file is
 * parsed: each hostile variant of a correctly listed and signed zone or incident file is refused with one message
 * naming the bundle file, the entry, the feature id and the field; values at the limits are accepted.
 */
@Tag("slow")
class FeatureLimitsRefusalTest {
    private static final UUID ZONE_ID = UUID.fromString("2d9e8f3f-4f65-4caf-9f2e-8f3f4d5e6f70");
    private static final UUID INCIDENT_ID = UUID.fromString("7a1c9e2b-1d2f-4e3a-8b4c-5d6e7f8a9b0c");
    private static final String CRS = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},";

    @TempDir
    Path dir;

    final BundleFixture fixture = new BundleFixture();

    private Path signed(Layer layer, String text, long tombstones) throws Exception {
        Map<Layer, byte[]> files = new LinkedHashMap<>();
        files.put(layer, text.getBytes(StandardCharsets.UTF_8));
        return RawZip.of(fixture.entries(fixture.manifest(files, Map.of(layer, new long[] {1, tombstones})), files))
                .write(dir.resolve("limits.paxb"));
    }

    private static String text(Feature f) throws Exception {
        return new String(BundleFixture.geojson(List.of(f)), StandardCharsets.UTF_8);
    }

    private static String zone() throws Exception {
        return text(BundleFixture.zone(ZONE_ID, 35.30));
    }

    private static String incident() throws Exception {
        return text(BundleFixture.incident(INCIDENT_ID));
    }

    /** Replaces the one occurrence of {@code from}, failing the test if there is none. */
    private static UnaryOperator<String> replace(String from, String to) {
        return t -> {
            assertTrue(t.contains(from), "the file holds " + from);
            return t.replace(from, to);
        };
    }

    /** A ring of {@code n} positions (closed) around 35.3, 33.1 as GeoJSON text. */
    private static String ring(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n - 1; i++) {
            double a = 2 * Math.PI * i / (n - 1);
            sb.append(String.format(
                            java.util.Locale.ROOT, "[%.7f,%.7f]", 35.3 + 0.05 * Math.cos(a), 33.1 + 0.05 * Math.sin(a)))
                    .append(',');
        }
        return sb.append("[35.35,33.1]]").toString();
    }

    /** {@code n} letters that do not compress much (a long run of one letter would be refused as a zip bomb). */
    private static String noise(int n) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(16);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    static Stream<Arguments> hostileZones() {
        String drawn = "\"shape\":\"drawn\"";
        String ring = "[[35.3,33.1],[35.35,33.1],[35.35,33.15],[35.3,33.15],[35.3,33.1]]";
        return Stream.of(
                Arguments.of(
                        "a circle's centre at [1e308, 95]",
                        replace(drawn, "\"shape\":\"circle\",\"shape_centre\":[1e308,95],\"shape_radius_m\":500"),
                        "field properties.shape_centre",
                        "longitude 1.0E308 is out of range"),
                Arguments.of(
                        "a circle's centre at latitude 91",
                        replace(drawn, "\"shape\":\"circle\",\"shape_centre\":[35.3,91],\"shape_radius_m\":500"),
                        "field properties.shape_centre",
                        "latitude 91.0 is out of range"),
                Arguments.of(
                        "valid from the year 1,000,000,000",
                        replace("2026-08-01T00:00:00Z", "+1000000000-01-01T00:00:00Z"),
                        "field properties.valid_from",
                        "outside the times a picture holds (1900-01-01T00:00:00Z to 2200-01-01T00:00:00Z)"),
                Arguments.of(
                        "valid from 1899",
                        replace("2026-08-01T00:00:00Z", "1899-12-31T23:59:59Z"),
                        "field properties.valid_from",
                        "outside the times"),
                Arguments.of(
                        "modified in 2300",
                        replace("2026-09-02T08:15:30Z", "2300-01-01T00:00:00Z"),
                        "field paxmap.modifiedAt",
                        "outside the times"),
                Arguments.of(
                        "a name of 1,000,000 characters",
                        replace("Minefield M-12", noise(1_000_000)),
                        "field properties.name",
                        "is 1,000,000 characters long; at most 500 are allowed"),
                Arguments.of(
                        "a name of 501 characters",
                        replace("Minefield M-12", "M".repeat(501)),
                        "field properties.name",
                        "is 501 characters long"),
                Arguments.of(
                        "a lone surrogate in the name",
                        replace("Minefield M-12", "Minefield \\ud800 M-12"),
                        "field properties.name",
                        "unpaired surrogate U+D800"),
                Arguments.of(
                        "a lone surrogate in a caveat",
                        replace("\"caveats\":[]", "\"caveats\":[\"\\udc00\"]"),
                        "field paxmap.label.caveats[0]",
                        "unpaired surrogate U+DC00"),
                Arguments.of(
                        "a 4-D position",
                        replace("[[[[35.3,33.1]", "[[[[35.3,33.1,120,7]"),
                        "field geometry.coordinates[0][0][0]",
                        "a position of 4 numbers"),
                Arguments.of(
                        "an altitude, which Paxmap never writes",
                        replace("[[[[35.3,33.1]", "[[[[35.3,33.1,120]"),
                        "field geometry.coordinates[0][0][0]",
                        "a position of 3 numbers"),
                Arguments.of(
                        "a projected crs on the geometry",
                        replace("{\"type\":\"MultiPolygon\",", "{\"type\":\"MultiPolygon\"," + CRS),
                        "field geometry.crs",
                        "coordinate reference system"),
                Arguments.of(
                        "a crs on the feature",
                        replace("{\"type\":\"Feature\",", "{\"type\":\"Feature\"," + CRS),
                        "field crs",
                        "coordinate reference system"),
                Arguments.of(
                        "a property Paxmap does not write",
                        replace(drawn, drawn + ",\"colour\":\"red\""),
                        "field properties.colour",
                        "not a member of a Paxmap feature"),
                Arguments.of(
                        "a sync member Paxmap does not write",
                        replace("\"deleted\":false", "\"deleted\":false,\"trust\":\"me\""),
                        "field paxmap.trust",
                        "not a member of a Paxmap feature"),
                Arguments.of(
                        "100,001 positions in one geometry",
                        replace(ring, ring(100_001)),
                        "field geometry.coordinates[0][0]",
                        "more than 100,000 positions in one geometry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileZones")
    void aHostileZoneIsRefusedNamingTheFileTheFeatureAndTheField(
            String what, UnaryOperator<String> change, String field, String reason) throws Exception {
        Refused.by(
                BundleRefusal.FEATURE_INVALID,
                signed(Layer.ZONES, change.apply(zone()), 0),
                fixture.trust,
                "data/zones.geojson",
                "feature 1 (id \"" + ZONE_ID + "\")",
                field,
                reason);
    }

    @Test
    void aTombstoneThatCarriesAGeometryIsRefused() throws Exception {
        String text = zone().replace("\"deleted\":false", "\"deleted\":true");
        Refused.by(
                BundleRefusal.FEATURE_INVALID,
                signed(Layer.ZONES, text, 1),
                fixture.trust,
                "data/zones.geojson",
                ZONE_ID.toString(),
                "field geometry",
                "a tombstone (deleted: true) carries no geometry");
    }

    @Test
    void aTombstoneThatCarriesAnUnknownPropertyIsRefused() throws Exception {
        String tombstone = text(BundleFixture.zone(ZONE_ID, 35.30).withSync(BundleFixture.sync(true)));
        assertTrue(tombstone.contains("\"geometry\":null"));
        String text = tombstone.replace("{\"layer\":\"zones\"}", "{\"layer\":\"zones\",\"payload\":\"…\"}");
        Refused.by(
                BundleRefusal.FEATURE_INVALID,
                signed(Layer.ZONES, text, 1),
                fixture.trust,
                ZONE_ID.toString(),
                "field properties.payload",
                "a tombstone (deleted: true) carries only its layer");
    }

    @Test
    void anIncidentInTheYearOneBillionIsRefusedAtParseTimeNotInTheApply() throws Exception {
        String text = incident().replace("2026-09-01T10:30:00Z", "+1000000000-09-01T10:30:00Z");
        BundleException e = Refused.by(
                BundleRefusal.FEATURE_INVALID,
                signed(Layer.INCIDENTS, text, 0),
                fixture.trust,
                "data/incidents.geojson",
                INCIDENT_ID.toString(),
                "field properties.occurred_at",
                "outside the times");
        assertTrue(!e.getMessage().contains("DateTimeException"), e.getMessage());
    }

    @Test
    void aDescriptionOver20000CharactersIsRefused() throws Exception {
        String text = incident().replace("Pressure plate reported by patrol BLUE 3", "d".repeat(20_001));
        Refused.by(
                BundleRefusal.FEATURE_INVALID,
                signed(Layer.INCIDENTS, text, 0),
                fixture.trust,
                "field properties.description",
                "is 20,001 characters long; at most 20,000 are allowed");
    }

    @Test
    void valuesAtTheLimitsAreAccepted() throws Exception {
        String zone = zone().replace("Minefield M-12", "M".repeat(500))
                .replace("2026-08-01T00:00:00Z", "1900-01-01T00:00:00Z")
                .replace("\"shape\":\"drawn\"", "\"shape\":\"circle\",\"shape_centre\":[180,-90],\"shape_radius_m\":5")
                .replace("[[35.3,33.1],[35.35,33.1],[35.35,33.15],[35.3,33.15],[35.3,33.1]]", ring(100_000));
        ThreatZone z = (ThreatZone) new BundleReader(fixture.trust)
                .read(signed(Layer.ZONES, zone, 0))
                .allFeatures()
                .get(0);
        assertEquals(500, z.name().length());
        assertEquals(100_000, z.geometry().getNumPoints());
        assertEquals(180, ((ZoneShape.Circle) z.shape()).centre().getX());
        String incident = incident()
                .replace("Pressure plate reported by patrol BLUE 3", "d".repeat(20_000))
                .replace("2026-09-01T10:30:00Z", "2200-01-01T00:00:00Z");
        new BundleReader(fixture.trust).read(signed(Layer.INCIDENTS, incident, 0));
    }

    /** {@code n} random small numbers, comma-separated (they compress too little to be refused as a zip bomb). */
    private static String numbers(int n) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        StringBuilder sb = new StringBuilder(n * 4);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(random.nextInt(1000));
        }
        return sb.toString();
    }

    @Test
    void aFeatureOfMoreValuesThanAnyFeatureNeedsIsRefusedBeforeItIsReadWhole() throws Exception {
        // 900,000 numbers in a member Paxmap does not write: refused by the reader's budget (800,000 values a
        // feature) while the tree is built, naming the member, not after a tree of ~45 MB as an unknown member
        String text =
                zone().replace("\"shape\":\"drawn\"", "\"shape\":\"drawn\",\"colour\":[" + numbers(900_000) + "]");
        BundleException e = Refused.by(
                BundleRefusal.FEATURE_INVALID,
                signed(Layer.ZONES, text, 0),
                fixture.trust,
                "data/zones.geojson",
                "feature 1",
                "field properties.colour",
                "holds more than 800,000 JSON values in one feature");
        assertTrue(!e.getMessage().contains("not a member"), e.getMessage());
    }

    @Test
    void aFeatureOfMoreTextThanAnyFeatureNeedsIsRefusedBeforeItIsReadWhole() throws Exception {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            members.append(",\"note")
                    .append(i)
                    .append("\":\"")
                    .append(noise(1_000_000))
                    .append('"');
        }
        String text = zone().replace("\"shape\":\"drawn\"", "\"shape\":\"drawn\"" + members);
        Refused.by(
                BundleRefusal.FEATURE_INVALID,
                signed(Layer.ZONES, text, 0),
                fixture.trust,
                "data/zones.geojson",
                "feature 1",
                "field properties.note4",
                "holds more than 4,194,304 characters of text in one feature");
    }

    @Test
    void theBundleAsAWholeHoldsAtMostItsLimitOfPositions() throws Exception {
        Map<Layer, byte[]> files = new LinkedHashMap<>();
        files.put(
                Layer.ZONES,
                BundleFixture.geojson(List.of(
                        BundleFixture.zone(UUID.randomUUID(), 35.30),
                        BundleFixture.zone(UUID.randomUUID(), 35.40),
                        BundleFixture.zone(ZONE_ID, 35.50))));
        Path file = RawZip.of(fixture.entries(fixture.manifest(files, Map.of(Layer.ZONES, new long[] {3, 0})), files))
                .write(dir.resolve("many.paxb"));
        BundleLimits d = BundleLimits.DEFAULTS;
        BundleLimits ten = new BundleLimits(
                d.maxFileBytes(),
                d.maxEntries(),
                d.maxEntryBytes(),
                d.maxTotalBytes(),
                d.maxMetadataBytes(),
                d.maxCompressionRatio(),
                d.ratioFloorBytes(),
                d.maxJsonDepth(),
                d.maxNumberLength(),
                d.maxStringLength(),
                d.maxNameLength(),
                10);
        Refused.by(
                BundleRefusal.TOO_MANY_POSITIONS,
                file,
                fixture.trust,
                ten,
                "data/zones.geojson, feature 3 (id " + ZONE_ID + "), field geometry",
                "more than 10 positions together");
        new BundleReader(fixture.trust).read(file);
    }
}
