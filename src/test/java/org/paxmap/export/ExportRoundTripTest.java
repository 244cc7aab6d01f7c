package org.paxmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.interop.GeoJsonImport;
import org.paxmap.interop.ImportPipeline;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * Every export read back by Paxmap's own import into a fresh picture: the same number of features per layer as the
 * export wrote, at the same places (each geometry within 1e-6° of its original, Hausdorff distance); the ACLED export
 * re-imports to the same incidents (type, day, position, fatalities).
 */
class ExportRoundTripTest {
    static final ImportOptions OPTIONS =
            new ImportOptions("ITA-1", "tester", GeoJsonImport.unmarkedLabel("ITA-1"), false, false);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void reimportingAnExportGivesTheSameFeaturesAtTheSamePlaces(ExportFormat format) throws Exception {
        Path picture = dir.resolve("ops.gpkg");
        ExportPicture.create(picture);
        Path out = dir.resolve("out." + format.extension());
        ExportReport report;
        List<Feature> originals;
        try (PictureStore store = PictureStore.open(picture)) {
            report = FeatureExport.toFile(store, FeatureQuery.all(), format, ExportPicture.filter(store, null), out);
            originals = store.query(FeatureQuery.all());
        }
        Path copy = dir.resolve("copy.gpkg");
        try (PictureStore fresh = PictureStore.create(copy, "ITA-1")) {
            ImportPipeline.apply(fresh, List.of(out), OPTIONS);
            List<Feature> back = fresh.query(FeatureQuery.all());
            Map<Layer, Integer> counts = new EnumMap<>(Layer.class);
            back.forEach(f -> counts.merge(f.layer(), 1, Integer::sum));
            assertThat(counts).isEqualTo(report.written());
            for (Layer layer : report.written().keySet()) {
                List<Geometry> a = geometries(originals, layer);
                List<Geometry> b = geometries(back, layer);
                for (int i = 0; i < a.size(); i++) {
                    assertThat(DiscreteHausdorffDistance.distance(a.get(i), b.get(i)))
                            .as("%s %s #%d", format, layer, i)
                            .isLessThan(1e-6);
                }
            }
        }
    }

    @Test
    void anAcledExportReimportsToTheSameIncidents() throws Exception {
        Path picture = dir.resolve("ops.gpkg");
        ExportPicture.create(picture);
        Path out = dir.resolve("out.csv");
        List<Incident> originals;
        try (PictureStore store = PictureStore.open(picture)) {
            FeatureExport.toFile(store, FeatureQuery.all(), ExportFormat.ACLED, ExportPicture.filter(store, null), out);
            originals = store.incidents(FeatureQuery.all());
        }
        try (PictureStore fresh = PictureStore.create(dir.resolve("copy.gpkg"), "ITA-1")) {
            ImportPipeline.apply(fresh, List.of(out), OPTIONS);
            assertThat(summaries(fresh.incidents(FeatureQuery.all()))).isEqualTo(summaries(originals));
        }
    }

    private static List<String> summaries(List<Incident> incidents) {
        return incidents.stream()
                .map(i -> i.type() + " " + i.occurredAt().toString().substring(0, 10) + " "
                        + i.location().getX() + "," + i.location().getY() + " dead "
                        + i.casualties().best())
                .sorted()
                .toList();
    }

    private static List<Geometry> geometries(List<Feature> features, Layer layer) {
        return features.stream()
                .filter(f -> f.layer() == layer)
                .map(Feature::geometry)
                .sorted(Comparator.comparingDouble(
                                (Geometry g) -> g.getCentroid().getX())
                        .thenComparingDouble(g -> g.getCentroid().getY()))
                .toList();
    }
}
