package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.Wgs84;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.OutputTools;
import org.paxmap.testing.SharedData;

/**
 * GDAL as an independent reader: {@code ogr2ogr} converts a shared KML and GPX file to GeoJSON (one file per GDAL
 * layer; GPX tracks exploded to lines; the footprints GDAL makes of ground overlays left out, as Paxmap skips overlay
 * images), and Paxmap's import of those GeoJSON files gives the same features — the same
 * geometries in the same layers — as Paxmap's import of the original. Skipped when GDAL is not installed.
 */
@Tag("slow")
class GdalAgreesOnKmlAndGpxTest {
    @TempDir
    Path dir;

    private static final ImportOptions GDAL_SIDE =
            new ImportOptions("TST-1", "tester", GeoJsonImport.unmarkedLabel("TST-1"), false, true);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kml/libkml_kmlsamples.kml, 19",
        "kml/libkml_gnis-ak-first-101.kml, 101",
        "gpx/gpxpy_Mojstrovka.gpx, 1",
        "gpx/gpxpy_route.gpx, 1",
        "gpx/gpxpy_unicode_with_bom.gpx, 1"
    })
    void ogr2ogrToGeoJsonThenPaxmapGivesTheSameFeaturesAsPaxmapDirectly(String name, int features) throws Exception {
        assumeTrue(OutputTools.onPath("ogr2ogr") && OutputTools.onPath("ogrinfo"), "skipped: GDAL is not installed");
        Path source = SharedData.realdata().resolve(name);
        List<Path> converted = convert(source);
        Map<Layer, List<String>> direct = importAndList(List.of(source), RealDataImportTest.OPTIONS, "direct.gpkg");
        Map<Layer, List<String>> viaGdal = importAndList(converted, GDAL_SIDE, "via-gdal.gpkg");
        assertThat(direct.values().stream().mapToInt(List::size).sum()).isEqualTo(features);
        assertThat(viaGdal).isEqualTo(direct);
    }

    private List<Path> convert(Path source) throws Exception {
        List<Path> out = new ArrayList<>();
        for (String line :
                OutputTools.run("ogrinfo", "-ro", "-q", source.toString()).split("\n")) {
            if (!line.matches("\\d+: .*")) {
                continue;
            }
            String layer = line.substring(line.indexOf(": ") + 2).replaceAll(" \\([A-Za-z ]+\\)$", "");
            if (layer.equals("route_points") || layer.equals("track_points")) {
                continue; // the points of routes and tracks, already in those
            }
            if (layer.equals("Ground Overlays")) {
                continue; // GDAL's LIBKML gives an overlay image's box as a polygon; Paxmap skips overlays
            }
            Path target = dir.resolve("layer" + out.size() + ".geojson");
            OutputTools.run(
                    "ogr2ogr", "-f", "GeoJSON", "-explodecollections", target.toString(), source.toString(), layer);
            if (Files.readString(target).contains("\"geometry\"")) {
                out.add(target);
            }
        }
        return out;
    }

    /** Per layer, each feature's geometry as WKT rounded to 1e-7°, normalised and sorted. */
    private Map<Layer, List<String>> importAndList(List<Path> files, ImportOptions options, String picture)
            throws Exception {
        try (PictureStore store = PictureStore.create(dir.resolve(picture), "TST-1")) {
            ImportPipeline.apply(store, files, options);
            Map<Layer, List<String>> out = new TreeMap<>();
            for (Layer layer : Layer.values()) {
                List<String> shapes = new ArrayList<>();
                for (Feature f : store.query(FeatureQuery.all().withLayers(java.util.Set.of(layer)))) {
                    shapes.add(shape(f));
                }
                shapes.sort(null);
                out.put(layer, shapes);
            }
            return out;
        }
    }

    private static String shape(Feature f) {
        Geometry g = f.geometry();
        if (f instanceof ThreatZone && g.getNumGeometries() == 1) {
            g = (Polygon) g.getGeometryN(0);
        }
        Geometry rounded = Wgs84.FACTORY.createGeometry(g);
        rounded.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.x = Math.round(c.x * 1e7) / 1e7;
            c.y = Math.round(c.y * 1e7) / 1e7;
        });
        rounded.geometryChanged();
        return rounded.norm().toText();
    }
}
