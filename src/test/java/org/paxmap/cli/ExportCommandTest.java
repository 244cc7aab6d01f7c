package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.PlotFeatures;

/**
 * {@code paxmap export}: with an audience, what was withheld is reported by reason and is not in the file; without
 * one, the labels carried are listed; an unknown format, an unknown audience and an unwritable output each end with
 * exit code 1 and one line naming what is wrong, and write nothing; {@code export-geojson} stays as an alias.
 */
class ExportCommandTest {
    @TempDir
    Path dir;

    private Path picture;

    @BeforeEach
    void picture() throws Exception {
        picture = dir.resolve("ops.gpkg");
        try (PictureStore store = PictureStore.create(picture, "FRA-HQ")) {
            store.saveAll(List.of(
                    PlotFeatures.incident(
                            "FRA-HQ",
                            "Patrol sighting",
                            new ReleaseLabel("NATO", "NATO UNCLASSIFIED", List.of("NATO"), List.of(), "FRA")),
                    PlotFeatures.incident(
                            "FRA-HQ",
                            "Only for Paris and Berlin",
                            new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "DEU"), List.of(), "FRA"))));
        }
    }

    @Test
    void anAudienceExportReportsWhatWasWithheldAndWhy() throws Exception {
        Path out = dir.resolve("ita.kml");
        Run r = run("export", picture.toString(), "--format", "kml", "--audience", "ITA", out.toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out)
                .contains("exported 1 incident to " + out + " (kml, for ITA)")
                .contains("withheld from ITA: 1 feature")
                .contains("1 × ")
                .contains("labels carried: NATO: NATO UNCLASSIFIED // REL TO NATO");
        assertThat(Files.readString(out)).contains("Patrol sighting").doesNotContain("Paris and Berlin");
    }

    @Test
    void withoutAnAudienceTheLabelsCarriedAreListed() throws Exception {
        Path out = dir.resolve("all.gpx");
        Run r = run("export", picture.toString(), "--format", "GPX", out.toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out)
                .contains("(gpx, no audience)")
                .contains("labels carried: NATO: NATO RESTRICTED // REL TO FRA, DEU; NATO: NATO UNCLASSIFIED"
                        + " // REL TO NATO");
    }

    @Test
    void anUnknownFormatIsOneLineAndExitOne() {
        Path out = dir.resolve("x.shp");
        Run r = run("export", picture.toString(), "--format", "shp", out.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err.strip())
                .isEqualTo("paxmap: unknown format 'shp'; known: kml, kmz, gpx, cot, takpkg, acled, gpkg, geojson");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownAudienceIsOneLineAndExitOne() {
        Path out = dir.resolve("x.kml");
        Run r = run("export", picture.toString(), "--format", "kml", "--audience", "Narnia", out.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err.strip()).startsWith("paxmap: unknown audience: no partner, nation or group 'Narnia'");
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritableOutputIsOneLineAndExitOne() {
        Path out = dir.resolve("missing").resolve("x.kml");
        Run r = run("export", picture.toString(), "--format", "kml", out.toString());
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err.strip())
                .isEqualTo("paxmap: Cannot write " + out + ": the folder " + out.getParent() + " does not exist");
    }

    @Test
    void exportGeoJsonStaysAnAliasAndWritesToStandardOutputToo() throws Exception {
        Path out = dir.resolve("all.geojson");
        Run r = run("export-geojson", picture.toString(), out.toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("exported 2 features to " + out);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("{\"type\":\"FeatureCollection\"");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PaxmapCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {}
}
