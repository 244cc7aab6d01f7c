package org.paxmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paxmap.interop.ImportPipeline;
import org.paxmap.model.Layer;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.SharedData;

/**
 * Real partner files through Paxmap and out again: the 101 GNIS placemarks of libkml's sample, an ATAK route, circle
 * and free-form shape, and a GPX route, imported into a picture, exported in every format and re-imported into a fresh
 * picture — the same counts per layer as the export wrote. (SharedData skips the test, with the reason, without
 * ../shared.)
 */
class RealDataExportTest {
    private static final List<String> SOURCES = List.of(
            "kml/libkml_gnis-ak-first-101.kml",
            "cot/atak-civ-takcot_Route.cot",
            "cot/atak-civ-takcot_Drawing_Shapes_Circle.cot",
            "cot/atak-civ-takcot_Drawing_Shapes_Free_Form.cot",
            "gpx/gpxpy_route.gpx");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void realFilesExportAndComeBackWithTheSameCounts(ExportFormat format) throws Exception {
        Path picture = dir.resolve("ops.gpkg");
        List<Path> files =
                SOURCES.stream().map(s -> SharedData.realdata().resolve(s)).toList();
        Path out = dir.resolve("out." + format.extension());
        ExportReport report;
        try (PictureStore store = PictureStore.create(picture, "ITA-1")) {
            ImportPipeline.apply(store, files, ExportRoundTripTest.OPTIONS);
            assertThat(store.summary().total()).isEqualTo(105);
            report = FeatureExport.toFile(store, FeatureQuery.all(), format, ExportPicture.filter(store, null), out);
        }
        assertThat(report.writtenCount()
                        + report.notCarried().values().stream().mapToInt(i -> i).sum())
                .isEqualTo(105);
        try (PictureStore fresh = PictureStore.create(dir.resolve("back.gpkg"), "DEU-1")) {
            ImportPipeline.apply(fresh, List.of(out), ExportRoundTripTest.OPTIONS);
            Map<Layer, Integer> counts = new EnumMap<>(Layer.class);
            fresh.query(FeatureQuery.all()).forEach(f -> counts.merge(f.layer(), 1, Integer::sum));
            assertThat(counts).isEqualTo(report.written());
        }
    }
}
