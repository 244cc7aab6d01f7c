package org.paxmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.OutputTools;

/**
 * GDAL as the independent reader of the KML, GPX and GeoPackage exports: {@code ogrinfo} finds the right layers with
 * the right feature counts and fields, and the release label in each. Skipped, with the reason, without GDAL.
 */
class GdalReadsExportsTest {
    @TempDir
    Path dir;

    private Path picture;

    @BeforeEach
    void picture() throws Exception {
        assumeTrue(OutputTools.onPath("ogrinfo"), "skipped: GDAL's ogrinfo is not installed");
        picture = dir.resolve("ops.gpkg");
        ExportPicture.create(picture);
    }

    @Test
    void kmlHasAFolderLayerPerPaxmapLayerWithTheFieldsAndLabel() throws Exception {
        Path kml = export(ExportFormat.KML);
        Map<String, Layer> layers = summary(kml);
        assertThat(layers.keySet()).containsExactly("Incidents", "Patrol routes", "Threat zones");
        assertThat(layers.get("Incidents").count).isEqualTo(2);
        assertThat(layers.get("Patrol routes").count).isEqualTo(1);
        assertThat(layers.get("Threat zones").count).isEqualTo(2);
        String all = OutputTools.run("ogrinfo", "-ro", "-al", kml.toString());
        if (all.contains("LIBKML")) { // libkml reads ExtendedData as fields; GDAL's own KML driver does not
            assertThat(layers.get("Incidents").fields).contains("release_label", "severity", "occurred_at");
            assertThat(all).contains("release_label (String) = NATO: NATO RESTRICTED // REL TO FRA, DEU");
        }
        assertThat(all).contains("IED near checkpoint 7").contains("2026-09-01");
    }

    @Test
    void gpxHasWaypointsAndRoutesWithTheLabelInTheDescription() throws Exception {
        Path gpx = export(ExportFormat.GPX);
        Map<String, Layer> layers = summary(gpx);
        assertThat(layers.get("waypoints").count).isEqualTo(2);
        assertThat(layers.get("routes").count).isEqualTo(1);
        assertThat(layers.get("route_points").count).isEqualTo(3);
        assertThat(layers.get("waypoints").fields).contains("name", "desc", "time", "type");
        String all = OutputTools.run("ogrinfo", "-ro", "-al", gpx.toString());
        assertThat(all)
                .contains("desc (String) = release_label: NATO: NATO UNCLASSIFIED // REL TO NATO")
                .contains("time (DateTime) = 2026/09/01 08:00:00");
    }

    @Test
    void geoPackageHasThreeTypedLayersAndNoneOfPaxmapsTables() throws Exception {
        Path gpkg = export(ExportFormat.GPKG);
        Map<String, Layer> layers = summary(gpkg);
        assertThat(layers.keySet()).containsExactlyInAnyOrder("incidents", "routes", "zones");
        assertThat(layers.get("incidents").count).isEqualTo(2);
        assertThat(layers.get("routes").count).isEqualTo(1);
        assertThat(layers.get("zones").count).isEqualTo(2);
        assertThat(layers.get("incidents").fields)
                .contains("name", "description", "severity", "occurred_at", "casualties", "release_label");
        String all = OutputTools.run("ogrinfo", "-ro", "-al", gpkg.toString());
        assertThat(all)
                .contains("casualties (Integer64) = 2")
                .contains("occurred_at (DateTime) = 2026/09/01 08:00:00")
                .contains("release_label (String) = NATO: NATO UNCLASSIFIED // REL TO NATO");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
                ResultSet rs = db.createStatement()
                        .executeQuery(
                                "SELECT name FROM sqlite_master WHERE name LIKE 'paxmap%' OR name LIKE 'rtree%'")) {
            List<String> own = new ArrayList<>();
            while (rs.next()) {
                own.add(rs.getString(1));
            }
            assertThat(own).isEmpty();
        }
    }

    private Path export(ExportFormat format) throws Exception {
        Path out = dir.resolve("out." + format.extension());
        try (PictureStore store = PictureStore.open(picture)) {
            FeatureExport.toFile(store, FeatureQuery.all(), format, ExportPicture.filter(store, null), out);
        }
        return out;
    }

    /** A layer as {@code ogrinfo -so} describes it. */
    private static final class Layer {
        long count = -1;
        final List<String> fields = new ArrayList<>();
    }

    private static Map<String, Layer> summary(Path file) throws Exception {
        String text = OutputTools.run("ogrinfo", "-ro", "-so", "-al", file.toString());
        Map<String, Layer> layers = new LinkedHashMap<>();
        Layer current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("Layer name: ")) {
                current = new Layer();
                layers.put(line.substring("Layer name: ".length()).strip(), current);
            } else if (current != null && line.startsWith("Feature Count: ")) {
                current.count = Long.parseLong(
                        line.substring("Feature Count: ".length()).strip());
            } else if (current != null && line.matches("^[A-Za-z_][A-Za-z0-9_ ]*: [A-Za-z0-9]+ \\(.*")) {
                current.fields.add(line.substring(0, line.indexOf(':')));
            }
        }
        return layers;
    }
}
