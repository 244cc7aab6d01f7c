package org.paxmap.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.VersionVector;

class FeatureJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Feature> everyLayer() {
        return Stream.of(
                TestFeatures.incident(),
                TestFeatures.route(),
                TestFeatures.zone(null, null),
                TestFeatures.circleZone(),
                TestFeatures.corridorZone());
    }

    @ParameterizedTest
    @MethodSource("everyLayer")
    void aWrittenFeatureReadsBackEqual(Feature feature) throws Exception {
        ObjectNode json = FeatureJson.toGeoJson(feature);
        // through text, as a file would carry it
        JsonNode reread = MAPPER.readTree(MAPPER.writeValueAsString(json));
        Feature back = FeatureJson.fromGeoJson(reread, "test, feature 0");
        String hash = FeatureJson.contentSha256(feature);
        assertEquals(feature.withSync(withHash(feature.sync(), hash)), back);
        assertEquals(hash, FeatureJson.contentSha256(back));
    }

    @Test
    void anIncidentHasTheBundleShape() {
        ObjectNode json = FeatureJson.toGeoJson(TestFeatures.incident());
        assertEquals("Feature", json.get("type").asText());
        assertEquals("0b7c6f1e-2f43-4a8e-9d0c-6f1f2b3c4d5e", json.get("id").asText());
        assertEquals("Point", json.at("/geometry/type").asText());
        assertEquals(35.5123456, json.at("/geometry/coordinates/0").doubleValue());
        JsonNode p = json.get("properties");
        assertEquals("incidents", p.get("layer").asText());
        assertEquals("peace_operations", p.get("event_type").asText());
        assertEquals("ied_uxo_find", p.get("type").asText());
        assertEquals("high", p.get("severity").asText());
        assertEquals("2024-05-01T10:30:00Z", p.get("occurred_at").asText());
        assertEquals("B", p.get("source_reliability").asText());
        assertEquals(2, p.get("info_credibility").asInt());
        assertEquals(1, p.get("casualties_best").asInt());
        JsonNode meta = json.get("paxmap");
        assertEquals("node-fra-1", meta.get("origin").asText());
        assertEquals(3, meta.at("/vv/node-fra-1").asInt());
        assertEquals(
                FeatureJson.contentSha256(TestFeatures.incident()),
                meta.get("contentSha256").asText());
        assertEquals("2024-05-02T08:15:30Z", meta.get("modifiedAt").asText());
        assertEquals("cpt.martin", meta.get("modifiedBy").asText());
        assertFalse(meta.get("deleted").booleanValue());
        assertEquals("NATO RESTRICTED", meta.at("/label/classification").asText());
        assertEquals("ITA", meta.at("/label/releasableTo/2").asText());
    }

    @Test
    void aTombstoneHasNoGeometryAndReadsBackDeleted() throws Exception {
        Incident incident = TestFeatures.incident();
        SyncMeta s = incident.sync();
        Feature tombstone = incident.withSync(
                new SyncMeta(s.origin(), s.versions().increment("node-fra-1"), "abc", s.modifiedAt(), "x", true));
        ObjectNode json = FeatureJson.toGeoJson(tombstone);
        assertTrue(json.get("geometry").isNull());
        assertTrue(json.at("/paxmap/deleted").booleanValue());
        assertEquals("{\"layer\":\"incidents\"}", json.get("properties").toString(), "only its layer");
        Feature back = FeatureJson.fromGeoJson(json, "test");
        assertTrue(back.sync().deleted());
        assertEquals("(deleted)", back.name(), "no content: the bundle does not carry it");
        assertTrue(back.geometry().isEmpty());
        assertEquals(4, back.sync().versions().get("node-fra-1"));
        assertEquals("abc", back.sync().contentSha256());
    }

    @Test
    void theHashIgnoresSyncMetadata() {
        Incident incident = TestFeatures.incident();
        SyncMeta other = new SyncMeta(
                "node-ita-2", VersionVector.of(Map.of("node-ita-2", 9L)), "ff", Instant.EPOCH, "someone", true);
        assertEquals(FeatureJson.contentSha256(incident), FeatureJson.contentSha256(incident.withSync(other)));
    }

    @Test
    void theHashIgnoresSubQuantumCoordinateNoise() {
        Incident incident = TestFeatures.incident();
        Incident noisy = incident.withLocation(Wgs84.point(35.5123456 + 3e-9, 33.2745678 - 4e-9));
        assertEquals(FeatureJson.contentSha256(incident), FeatureJson.contentSha256(noisy));
    }

    @Test
    void theHashChangesWithAnyFieldGeometryOrLabel() {
        Incident incident = TestFeatures.incident();
        String hash = FeatureJson.contentSha256(incident);
        Incident moved = incident.withLocation(Wgs84.point(35.5123457, 33.2745678));
        assertNotEquals(hash, FeatureJson.contentSha256(moved));
        Incident retitled = new Incident(
                incident.id(),
                incident.location(),
                incident.precisionMetres(),
                incident.occurredAt(),
                incident.timePrecision(),
                incident.type(),
                incident.severity(),
                "Another title",
                incident.description(),
                incident.casualties(),
                incident.source(),
                incident.grade(),
                incident.label(),
                incident.sync());
        assertNotEquals(hash, FeatureJson.contentSha256(retitled));
        Incident relabelled = new Incident(
                incident.id(),
                incident.location(),
                incident.precisionMetres(),
                incident.occurredAt(),
                incident.timePrecision(),
                incident.type(),
                incident.severity(),
                incident.title(),
                incident.description(),
                incident.casualties(),
                incident.source(),
                incident.grade(),
                ReleaseLabel.exercise("FRA"),
                incident.sync());
        assertNotEquals(hash, FeatureJson.contentSha256(relabelled));
    }

    @Test
    void theHashDoesNotDependOnKeyOrderOfTheInput() throws Exception {
        ObjectNode json = FeatureJson.toGeoJson(TestFeatures.circleZone());
        ObjectNode reversed = MAPPER.createObjectNode();
        // rebuild every object with members in reverse order
        reversed.setAll(reverse(json));
        Feature a = FeatureJson.fromGeoJson(json, "a");
        Feature b = FeatureJson.fromGeoJson(reversed, "b");
        assertEquals(FeatureJson.contentSha256(a), FeatureJson.contentSha256(b));
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalContent() throws Exception {
        ThreatZone zone = TestFeatures.zone(null, null);
        ObjectNode content = MAPPER.createObjectNode();
        content.set("properties", FeatureJson.properties(zone));
        content.set("label", FeatureJson.label(zone.label()));
        content.set("geometry", GeometryJson.encode(zone.geometry()));
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(CanonicalJson.bytes(content));
        assertEquals(java.util.HexFormat.of().formatHex(digest), FeatureJson.contentSha256(zone));
        String canonical = CanonicalJson.string(content);
        assertTrue(canonical.startsWith("{\"geometry\":{\"coordinates\":[[[[35.3,33.1],[35.35,33.1]"), canonical);
    }

    @Test
    void aWrongEnumIsRefusedNamingTheField() {
        ObjectNode json = FeatureJson.toGeoJson(TestFeatures.incident());
        ((ObjectNode) json.get("properties")).put("severity", "apocalyptic");
        GeoJsonException e = org.junit.jupiter.api.Assertions.assertThrows(
                GeoJsonException.class, () -> FeatureJson.fromGeoJson(json, "x.geojson, feature 0"));
        assertTrue(
                e.getMessage().startsWith("x.geojson, feature 0, field properties.severity: unknown severity"),
                e.getMessage());
    }

    private static ObjectNode reverse(JsonNode node) {
        ObjectNode out = MAPPER.createObjectNode();
        java.util.List<Map.Entry<String, JsonNode>> members = new java.util.ArrayList<>();
        node.fields().forEachRemaining(members::add);
        java.util.Collections.reverse(members);
        for (Map.Entry<String, JsonNode> m : members) {
            out.set(m.getKey(), m.getValue().isObject() ? reverse(m.getValue()) : m.getValue());
        }
        return out;
    }

    private static SyncMeta withHash(SyncMeta s, String hash) {
        return new SyncMeta(s.origin(), s.versions(), hash, s.modifiedAt(), s.modifiedBy(), s.deleted());
    }
}
