package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Feature;

/** GDAL's {@code ogrinfo} (installed by apt in CI) opens a picture as a GeoPackage with a spatial index. */
class GdalReadsThePictureTest {
    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @TempDir
    Path dir;

    @Test
    void ogrinfoSeesThreeLayersTheirGeometryTypesCountsAndSpatialIndex() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(OGRINFO), "GDAL ogrinfo is not installed at " + OGRINFO);
        Path file = dir.resolve("gdal.gpkg");
        try (PictureStore store = PictureStore.create(file, StoreSamples.NODE)) {
            List<Feature> features = new ArrayList<>(StoreSamples.manyIncidents(25, 7));
            features.add(StoreSamples.route("BLUE 1", StoreSamples.T0, StoreSamples.T0.plusSeconds(3600)));
            features.add(StoreSamples.route("BLUE 2", StoreSamples.T0, StoreSamples.T0.plusSeconds(7200)));
            features.add(StoreSamples.zone("Minefield", null, StoreSamples.T0, null));
            store.saveAll(features);
            store.delete(features.get(0).id()); // a tombstone with a NULL geom is still a feature row
        }
        String info = run(OGRINFO.toString(), "-al", "-so", file.toString());
        assertNoComplaints(info);
        assertLayer(info, "incidents", "Point", 25);
        assertLayer(info, "routes", "Line String", 2);
        assertLayer(info, "zones", "Multi Polygon", 1);
        assertTrue(info.contains("Layer name: paxmap_changelog"), "the change log is an attributes table");
        assertTrue(!info.contains("paxmap_search"), "FTS5 tables are not listed as layers");
        assertTrue(info.contains("occurred_at: DateTime"), "DATETIME columns are typed: " + info);
        assertTrue(info.contains("source_reliability: String"), info);
        assertTrue(info.contains("info_credibility: Integer"), info);

        String index = run(
                OGRINFO.toString(),
                file.toString(),
                "-dialect",
                "SQLite",
                "-sql",
                "SELECT HasSpatialIndex('incidents', 'geom')");
        assertNoComplaints(index);
        assertTrue(index.contains("HasSpatialIndex (Integer) = 1"), "GDAL recognises the R*Tree: " + index);
    }

    private static void assertLayer(String info, String layer, String type, int count) {
        Matcher m = Pattern.compile("Layer name: " + layer + "\\R(?:.*\\R)*?Geometry: (.*)\\RFeature Count: (\\d+)")
                .matcher(info);
        assertTrue(m.find(), "layer " + layer + " listed: " + info);
        assertEquals(type, m.group(1).trim(), layer + " geometry type");
        assertEquals(count, Integer.parseInt(m.group(2)), layer + " feature count");
    }

    private static void assertNoComplaints(String output) {
        for (String line : output.split("\\R")) {
            assertTrue(!line.startsWith("ERROR") && !line.startsWith("Warning"), "ogrinfo complained: " + line);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ogrinfo finished");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "ogrinfo exit code; output: " + text);
        return text;
    }
}
