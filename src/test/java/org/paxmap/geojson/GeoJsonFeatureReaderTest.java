package org.paxmap.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paxmap.model.AdmiraltyGrade;
import org.paxmap.model.Casualties;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.IncidentType;
import org.paxmap.model.Layer;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.Severity;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatLevel;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.TimePrecision;

class GeoJsonFeatureReaderTest {
    private static final ReleaseLabel DEFAULT_LABEL = ReleaseLabel.exercise("ITA");

    private static ImportOptions options(boolean repair, boolean skipInvalid) {
        return new ImportOptions("node-ita-2", "analyst", DEFAULT_LABEL, repair, skipInvalid);
    }

    private static ImportPlan read(String json) throws GeoJsonException {
        return read(json, options(false, false));
    }

    private static ImportPlan read(String json, ImportOptions options) throws GeoJsonException {
        return GeoJsonFeatureReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.geojson", options);
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String point(String id, String properties, String coordinates) {
        return "{\"type\":\"Feature\",\"id\":" + id + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + coordinates
                + "},\"properties\":" + properties + "}";
    }

    @Test
    void aPaxmapExportReadsBackAsTheSameFeatures() throws Exception {
        Incident incident = TestFeatures.incident();
        SyncMeta s = incident.sync();
        Feature tombstone = TestFeatures.route()
                .withSync(new SyncMeta(s.origin(), s.versions(), "", s.modifiedAt(), s.modifiedBy(), true));
        List<Feature> features = List.of(
                incident, TestFeatures.route(), TestFeatures.circleZone(), TestFeatures.corridorZone(), tombstone);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonFeatureWriter.write(features, out);
        ImportPlan plan = read(out.toString(StandardCharsets.UTF_8));
        assertEquals(5, plan.features().size());
        for (int i = 0; i < 4; i++) {
            Feature f = features.get(i);
            SyncMeta m = f.sync();
            SyncMeta hashed = new SyncMeta(
                    m.origin(), m.versions(), FeatureJson.contentSha256(f), m.modifiedAt(), m.modifiedBy(), false);
            assertEquals(f.withSync(hashed), plan.features().get(i));
        }
        Feature back = plan.features().get(4);
        assertEquals(tombstone.id(), back.id());
        assertTrue(back.sync().deleted());
        assertEquals(Layer.ROUTES, back.layer());
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void theWriterWritesRfc7946WithAtMostSevenDecimals() throws Exception {
        Incident incident = TestFeatures.incident().withLocation(org.paxmap.geo.Wgs84.point(35.123456789, -0.00000001));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonFeatureWriter.write(List.of(incident), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"type\":\"FeatureCollection\",\"features\":["), text);
        assertTrue(text.contains("\"coordinates\":[35.1234568,0]"), text);
        assertTrue(!text.contains("crs"), text);
    }

    @Test
    void anAcledLikePointBecomesAGradedIncident() throws Exception {
        String props =
                """
                {"title": "IED strike on convoy", "event_date": "2024-03-02",
                 "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
                 "fatalities": 3, "notes": "Two vehicles hit", "source": "Local media", "grade": "b2",
                 "severity": "high", "classification": "NATO RESTRICTED", "policy": "NATO",
                 "releasable_to": "DEU, FRA", "originator": "DEU"}""";
        ImportPlan plan = read(collection(point("\"acled-123\"", props, "[35.2, 33.3]")));
        Incident i = (Incident) plan.features().get(0);
        assertEquals("IED strike on convoy", i.title());
        assertEquals(Instant.parse("2024-03-02T00:00:00Z"), i.occurredAt());
        assertEquals(TimePrecision.DAY, i.timePrecision());
        assertEquals(IncidentType.REMOTE_EXPLOSIVE_LANDMINE_IED, i.type());
        assertEquals(Casualties.exactly(3), i.casualties());
        assertEquals("Two vehicles hit", i.description());
        assertEquals(AdmiraltyGrade.parse("B2"), i.grade());
        assertEquals(Severity.HIGH, i.severity());
        assertEquals(new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("DEU", "FRA"), List.of(), "DEU"), i.label());
        assertEquals("node-ita-2", i.sync().origin());
        assertEquals("analyst", i.sync().modifiedBy());
        assertTrue(
                plan.warnings()
                        .get(0)
                        .contains(
                                "feature 1 (id \"acled-123\"), field id: not a UUID; kept as" + " source_id acled-123"),
                plan.warnings().toString());
    }

    @Test
    void aBarePointGetsTheDocumentedDefaultsAndATimeWarning() throws Exception {
        ImportPlan plan = read("{\"type\":\"Point\",\"coordinates\":[35.5,33.2]}");
        Incident i = (Incident) plan.features().get(0);
        assertEquals("Imported point 1", i.title());
        assertEquals(Severity.LOW, i.severity());
        assertEquals(IncidentType.OTHER, i.type());
        assertEquals(AdmiraltyGrade.UNGRADED, i.grade());
        assertEquals(DEFAULT_LABEL, i.label());
        assertEquals(TimePrecision.WEEK, i.timePrecision());
        assertTrue(i.occurredAt().isBefore(Instant.now()));
        assertTrue(
                plan.warnings().get(0).contains("1 feature(s) have no time"),
                plan.warnings().toString());
    }

    @Test
    void aUuidIdIsKept() throws Exception {
        String id = "5f0c6a9e-8d7b-4c1a-9e2f-3b4c5d6e7f80";
        ImportPlan plan = read(point("\"" + id + "\"", "{\"time\":\"2024-01-01T10:00:00+02:00\"}", "[1,2]"));
        Incident i = (Incident) plan.features().get(0);
        assertEquals(UUID.fromString(id), i.id());
        assertEquals(Instant.parse("2024-01-01T08:00:00Z"), i.occurredAt());
        assertEquals(TimePrecision.EXACT, i.timePrecision());
    }

    @Test
    void aLayerPropertyOverridesTheGeometryTypeAndMustFit() throws Exception {
        String polygon = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[35,33],[35.1,33],[35.1,33.1],[35,33]]]},\"properties\":{\"name\":\"No-go\","
                + "\"threat_level\":\"critical\",\"category\":\"no_go\",\"valid_from\":\"2024-01-01\"}}";
        ThreatZone z = (ThreatZone) read(polygon).features().get(0);
        assertEquals("No-go", z.name());
        assertEquals(ThreatLevel.CRITICAL, z.threatLevel());
        GeoJsonException e =
                assertThrows(GeoJsonException.class, () -> read(point("7", "{\"layer\":\"zones\"}", "[35, 33]")));
        assertEquals(
                "in.geojson: feature 1 (id 7), field geometry: layer zones needs a Polygon or MultiPolygon, not a Point",
                e.getMessage());
    }

    @Test
    void aRouteGetsItsPlannedTimes() throws Exception {
        String line = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + "[[35,33],[35.1,33.1]]},\"properties\":{\"name\":\"RED 1\",\"unit\":\"FRA-1\",\"status\":\"active\","
                + "\"planned_start\":\"2024-02-01T06:00:00Z\",\"planned_end\":\"2024-02-01T09:00:00Z\"}}";
        PatrolRoute r = (PatrolRoute) read(line).features().get(0);
        assertEquals("RED 1", r.name());
        assertEquals(Instant.parse("2024-02-01T09:00:00Z"), r.plannedEnd());
    }

    @Test
    void badTimesAndCodesAreRefusedNamingFeatureAndField() {
        GeoJsonException severity = assertThrows(
                GeoJsonException.class,
                () -> read(collection(
                        point("\"a\"", "{}", "[1,1]"), point("\"b\"", "{\"severity\":\"apocalyptic\"}", "[1,1]"))));
        assertTrue(
                severity.getMessage()
                        .startsWith("in.geojson: feature 2 (id \"b\"), field properties.severity: unknown severity"
                                + " 'apocalyptic' (known: low, moderate, high, critical)"),
                severity.getMessage());
        GeoJsonException time =
                assertThrows(GeoJsonException.class, () -> read(point("1", "{\"date\":\"yesterday\"}", "[1,1]")));
        assertTrue(time.getMessage().contains("field properties.date: 'yesterday' is not a date"), time.getMessage());
    }

    @Test
    void skipInvalidImportsTheRestAndListsTheRefusals() throws Exception {
        ImportPlan plan = read(
                collection(point("1", "{}", "[1,1]"), point("2", "{}", "[1,95]"), point("3", "{}", "[2,2]")),
                options(false, true));
        assertEquals(2, plan.features().size());
        assertEquals(
                List.of("in.geojson: feature 2 (id 2), field geometry.coordinates: latitude 95.0 is out of range"
                        + " (-90..90)"),
                plan.refusals());
    }

    @Test
    void anInvalidPolygonIsRefusedOrRepairedOnRequest() throws Exception {
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[35.5,33.2],[35.6,33.3],[35.6,33.2],[35.5,33.3],"
                + "[35.5,33.2]]]}";
        GeoJsonException e = assertThrows(GeoJsonException.class, () -> read(bowTie));
        assertEquals(
                "in.geojson: feature 1 (a bare geometry), field geometry: Self-intersection at (35.55, 33.25)",
                e.getMessage());
        ImportPlan plan = read(bowTie, options(true, false));
        assertTrue(plan.features().get(0).geometry().isValid());
        assertTrue(
                plan.warnings().get(0).contains("repaired with GeometryFixer (Self-intersection"),
                plan.warnings().toString());
    }

    @Test
    void structuralFaultsAreRefusedWithTheirPlace() {
        assertEquals(
                "in.geojson: malformed JSON at line 2, column 7: Duplicate field 'type'",
                assertThrows(GeoJsonException.class, () -> read("{\"type\":\"Point\",\n\"type\":\"Point\"}"))
                        .getMessage());
        assertTrue(assertThrows(GeoJsonException.class, () -> read("{\"type\":\"Point\",\"coordinates\":[1,"))
                .getMessage()
                .startsWith("in.geojson: malformed JSON at line 1"));
        assertEquals(
                "in.geojson: feature 1 (a bare geometry), field geometry.coordinates[0]: polygon ring is not closed",
                assertThrows(
                                GeoJsonException.class,
                                () -> read("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
                        .getMessage());
        assertEquals(
                "in.geojson: feature 1 (a bare geometry), field geometry.coordinates: longitude Infinity is not a"
                        + " finite number",
                assertThrows(GeoJsonException.class, () -> read("{\"type\":\"Point\",\"coordinates\":[1e999,0]}"))
                        .getMessage());
        assertEquals(
                "in.geojson: unexpected content after the root object",
                assertThrows(GeoJsonException.class, () -> read("{\"type\":\"FeatureCollection\",\"features\":[]} {}"))
                        .getMessage());
        assertEquals(
                "in.geojson: the root must be a JSON object, not an array",
                assertThrows(RootNotObjectException.class, () -> read("[]")).getMessage(),
                "a root that is not an object is said with its own type, for callers that expect one kind of root");
    }

    @Test
    void anAltitudeIsDroppedWithAWarning() throws Exception {
        ImportPlan plan = read("{\"type\":\"Point\",\"coordinates\":[35.5,33.2,120.5]}");
        assertTrue(
                Double.isNaN(plan.features().get(0).geometry().getCoordinate().getZ()));
        assertTrue(
                plan.warnings().get(0).endsWith("field geometry: altitude dropped (Paxmap stores 2D positions)"),
                plan.warnings().toString());
    }

    @Test
    void aFileWithThousandsOfWarningsListsTheFirstHundredAndCountsTheRest() throws Exception {
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            features.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[35.5,33.2,")
                    .append(i)
                    .append("]},\"properties\":{\"title\":\"t\",\"occurred_at\":\"2026-09-01T00:00:00Z\"}}");
        }
        ImportPlan plan = read("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
        assertEquals(1_000, plan.features().size());
        assertEquals(GeoJsonFeatureReader.LISTED_WARNINGS + 1, plan.warnings().size());
        assertEquals(
                "in.geojson: 900 more warnings like the above",
                plan.warnings().get(plan.warnings().size() - 1));
    }

    @Test
    void aLargeCollectionReadsInFileOrderAndARefusalNamesItsFeature() throws Exception {
        // more than one batch of features decoded ahead on all cores, Paxmap and plain mixed
        List<String> features = new java.util.ArrayList<>();
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            if (i % 97 == 5) {
                features.add(point("\"" + id + "\"", "{\"title\":\"plain " + i + "\"}", "[35.5,33.2]"));
            } else {
                com.fasterxml.jackson.databind.node.ObjectNode json = FeatureJson.toGeoJson(TestFeatures.incident());
                json.put("id", id.toString());
                features.add(json.toString());
            }
        }
        ImportPlan plan = read(collection(features.toArray(String[]::new)));
        assertEquals(ids, plan.features().stream().map(Feature::id).toList());

        com.fasterxml.jackson.databind.node.ObjectNode bad = FeatureJson.toGeoJson(TestFeatures.incident());
        ((com.fasterxml.jackson.databind.node.ArrayNode) bad.get("geometry").get("coordinates")).set(0, 200.0);
        features.set(400, bad.toString());
        features.set(600, bad.toString());
        GeoJsonException e =
                assertThrows(GeoJsonException.class, () -> read(collection(features.toArray(String[]::new))));
        assertTrue(e.getMessage().startsWith("in.geojson: feature 401 "), e.getMessage());
        assertTrue(e.getMessage().contains("field geometry"), e.getMessage());

        ImportPlan skipped = read(collection(features.toArray(String[]::new)), options(false, true));
        assertEquals(698, skipped.features().size());
        assertEquals(2, skipped.refusals().size());
        assertTrue(
                skipped.refusals().get(0).contains("feature 401 "),
                skipped.refusals().get(0));
        assertTrue(
                skipped.refusals().get(1).contains("feature 601 "),
                skipped.refusals().get(1));
    }
}
