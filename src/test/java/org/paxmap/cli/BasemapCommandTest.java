package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map maker rebuilds the base map from the command line, and a typo gets one clear line, not a stack trace. */
class BasemapCommandTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "basemap");

    @TempDir
    Path dir;

    @Test
    void basemapBuildWritesAnMbtilesAndReportsTileCounts() throws Exception {
        Path out = dir.resolve("map.mbtiles");
        CliRun r = CliRun.run(
                "basemap", "build",
                "--atlas-110m", FIXTURE.resolve("atlas.topo.json").toString(),
                "--lakes", FIXTURE.resolve("lakes.geo.json").toString(),
                "--places", FIXTURE.resolve("places.json").toString(),
                "--world-zooms", "0-1",
                "--detail-zooms", "9-10",
                "--detail-box", "35.1,33.1,35.4,33.4",
                "--threads", "2",
                "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out).exists();
        assertThat(r.out()).contains("wrote " + out + ": 13 tiles").containsPattern("z10\\s+4 tiles");
    }

    @Test
    void aBadZoomRangeOrMissingFileIsOneLineNamingTheProblem() throws Exception {
        Path out = dir.resolve("map.mbtiles");
        CliRun badZoom =
                CliRun.run("basemap", "build", "--atlas-110m", "x.json", "--world-zooms", "0-x", "-o", out.toString());
        assertThat(badZoom.exit()).isEqualTo(1);
        assertThat(badZoom.err().trim()).isEqualTo("paxmap: --world-zooms: expected MIN-MAX (e.g. 0-6), got '0-x'");

        CliRun missing = CliRun.run(
                "basemap",
                "build",
                "--atlas-110m",
                dir.resolve("nope.json").toString(),
                "--world-zooms",
                "0-0",
                "--detail-zooms",
                "1-0",
                "-o",
                out.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err())
                .contains("nope.json")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(Files.exists(out)).isFalse();
    }
}
