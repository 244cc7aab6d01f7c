package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.geojson.GeoJsonFeatureReader;
import org.paxmap.geojson.ImportPlan;
import org.paxmap.testing.SharedData;

/**
 * The GeoJSON reader's two false reasons, mended (issue 11): an antimeridian-cut MultiPolygon is no "segment spans
 * more than 180°", and a MultiPoint with a structural defect is refused for the defect, not as unsupported.
 */
class GeoJsonMendsTest {
    @Test
    void aMultiPolygonCutAtTheAntimeridianGetsNoLongWayRoundWarning() throws Exception {
        Path fiji = SharedData.realdata().resolve("geojson-valid/world.geo.json_FJI.geojson");
        ImportPlan plan;
        try (var in = java.nio.file.Files.newInputStream(fiji)) {
            plan = GeoJsonFeatureReader.read(in, "FJI", RealDataImportTest.OPTIONS);
        }
        assertThat(plan.features()).hasSize(1);
        assertThat(plan.features().get(0).geometry().getEnvelopeInternal().getWidth())
                .as("parts at both +180 and -180")
                .isGreaterThan(300);
        assertThat(plan.warnings()).noneMatch(w -> w.contains("180°"));
    }

    @Test
    void aLineThatReallyGoesTheLongWayStillWarns() throws Exception {
        ImportPlan plan = read("{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[179.5,10],[-179.5,10.5]]}}");
        assertThat(plan.warnings()).anyMatch(w -> w.contains("a segment spans more than 180° of longitude"));
    }

    @Test
    void structureIsCheckedBeforeSupport() {
        assertThatThrownBy(() -> read("{\"type\":\"MultiPoint\"}"))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageContaining("member 'coordinates' is missing")
                .hasMessageNotContaining("not supported");
        assertThatThrownBy(() -> read("{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3]]}"))
                .hasMessageContaining("coordinates[1]: a position needs longitude and latitude");
        assertThatThrownBy(() -> read("{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}"))
                .hasMessageContaining("MultiPoint is not supported");
    }

    private static ImportPlan read(String json) throws GeoJsonException {
        List<org.paxmap.model.Feature> out = new ArrayList<>();
        ImportPlan plan = GeoJsonFeatureReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "t.geojson",
                RealDataImportTest.OPTIONS,
                out::add);
        return new ImportPlan(out, plan.refusals(), plan.warnings());
    }
}
