package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field team's script: create a picture, import, inspect, query, export — and bad input gets one clear line. */
class PaxmapCommandTest {
    private static final Path EXERCISE = Path.of("samples", "exercise-south-lebanon.geojson");

    @TempDir
    Path dir;

    @Test
    void aScriptCreatesImportsQueriesAndExportsAPicture() throws Exception {
        Path picture = dir.resolve("ops.gpkg");
        Run init = run("init", picture.toString(), "--node", "FRA-HQ", "--title", "Sector West");
        assertThat(init.exit).isZero();
        assertThat(init.out).contains("created").contains("FRA-HQ");

        Run imported = run("import-geojson", picture.toString(), EXERCISE.toString());
        assertThat(imported.exit).as(imported.err).isZero();
        assertThat(imported.out).containsPattern("imported \\d+ features \\(\\d+ incidents, 12 routes, 12 zones\\)");

        Run info = run("info", picture.toString());
        assertThat(info.exit).isZero();
        assertThat(info.out)
                .contains("Sector West")
                .contains("FRA-HQ")
                .containsPattern("incidents\\s+POINT\\s+\\d+ features")
                .containsPattern("routes\\s+LINESTRING\\s+12 features")
                .containsPattern("zones\\s+MULTIPOLYGON\\s+12 features")
                .contains("extent:   35.")
                .contains("time:     2026-");

        Run all = run("query", picture.toString(), "--layer", "incidents");
        Run ied = run("query", picture.toString(), "--layer", "incidents", "--type", "ied_uxo_find");
        assertThat(ied.exit).isZero();
        long iedLines = ied.out.lines().filter(l -> l.startsWith("incident\t")).count();
        long allLines = all.out.lines().filter(l -> l.startsWith("incident\t")).count();
        assertThat(iedLines).isPositive().isLessThan(allLines);
        assertThat(ied.out.lines().filter(l -> l.startsWith("incident\t")))
                .allMatch(l -> l.split("\t")[3].equals("ied_uxo_find"));

        Run boxed = run(
                "query",
                picture.toString(),
                "--bbox",
                "35.1,33.0,35.3,33.2",
                "--from",
                "2026-09-01",
                "--to",
                "2026-09-15");
        assertThat(boxed.exit).isZero();
        assertThat(boxed.out.lines().filter(l -> l.startsWith("incident\t"))).allSatisfy(l -> {
            String[] f = l.split("\t");
            assertThat(f[2]).isBetween("2026-09-01", "2026-09-15");
            assertThat(Double.parseDouble(f[5])).isBetween(35.1, 35.3);
            assertThat(Double.parseDouble(f[6])).isBetween(33.0, 33.2);
        });

        Path zones = dir.resolve("zones.geojson");
        Run export = run("export-geojson", picture.toString(), zones.toString(), "--layer", "zones");
        assertThat(export.exit).isZero();
        assertThat(export.out).contains("exported 12 features");
        assertThat(Files.readString(zones))
                .startsWith("{")
                .contains("\"FeatureCollection\"")
                .contains("MultiPolygon");
    }

    @Test
    void refusedInputGivesOneLineExitOneAndLeavesThePictureUnchanged() throws Exception {
        Path picture = dir.resolve("ops.gpkg");
        assertThat(run("init", picture.toString(), "--node", "N1").exit).isZero();
        Path bad = dir.resolve("broken.geojson");
        Files.writeString(bad, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",");

        Run refused = run("import-geojson", picture.toString(), bad.toString());
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.err.strip().lines()).hasSize(1);
        assertThat(refused.err)
                .startsWith("paxmap: ")
                .contains("broken.geojson")
                .doesNotContain("Exception");
        assertThat(run("info", picture.toString()).out).containsPattern("incidents\\s+POINT\\s+0 features");
    }

    @Test
    void aMissingOrForeignPictureIsRefusedInOneLine() throws Exception {
        Run missing = run("info", dir.resolve("nope.gpkg").toString());
        assertThat(missing.exit).isEqualTo(1);
        assertThat(missing.err).contains("nope.gpkg").doesNotContain("\tat ");

        Path text = dir.resolve("notes.gpkg");
        Files.writeString(text, "not a database");
        Run foreign = run("info", text.toString());
        assertThat(foreign.exit).isEqualTo(1);
        assertThat(foreign.err.strip().lines()).hasSize(1);
        assertThat(foreign.err).contains("notes.gpkg");
        assertThat(Files.readString(text)).isEqualTo("not a database");
    }

    @Test
    void wrongUsageExitsTwoWithTheReason() {
        Run r = run("query", "x.gpkg", "--bbox", "1,2,3");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("bbox must be four numbers");
        Run t = run("query", "x.gpkg", "--type", "picnic");
        assertThat(t.exit).isEqualTo(2);
        assertThat(t.err).contains("unknown incident type 'picnic'");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PaxmapCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {}
}
