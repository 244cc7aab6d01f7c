package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.testing.SharedData;

/**
 * {@code paxmap import}: a dry run prints the preview and writes nothing; the import prints what it did; the same
 * files again change nothing; {@code provenance} names the file and source id a feature came from; a PDF is named as one, in one line on standard error.
 */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void previewImportReimportAndAPlainRefusal() throws Exception {
        Path realdata = SharedData.realdata();
        Path picture = dir.resolve("ops.gpkg");
        CliRun.ok("init", picture.toString(), "--node", "FRA-HQ");
        String kml = realdata.resolve("kml/libkml_kmlsamples.kml").toString();
        String pkg =
                realdata.resolve("takpkg/atak-civ_CoT_Types_Data_Package.zip").toString();

        CliRun dry = CliRun.ok("import", picture.toString(), kml, pkg, "--dry-run");
        assertThat(dry.out())
                .contains(
                        "Would import libkml_kmlsamples.kml (KML), atak-civ_CoT_Types_Data_Package.zip (TAK data package)")
                .contains("incidents: 8 added, 0 updated, 0 unchanged")
                .contains("1 × CoT b-m-r route → patrol route along its waypoint links")
                .contains("1 × CoT u-d-c-c circle → circle zone")
                .contains("1 × data package attachment (.jpg): a file attached for people to open, not map data")
                .contains("Features without a label get: UNMARKED")
                .contains("Dry run: nothing written");
        assertThat(CliRun.ok("info", picture.toString()).out()).containsPattern("incidents\\s+POINT\\s+0 features");

        CliRun done = CliRun.ok("import", picture.toString(), kml, pkg);
        assertThat(done.out()).startsWith("Imported ").contains("zones:    13 added");
        CliRun again = CliRun.ok("import", picture.toString(), kml, pkg);
        assertThat(again.out()).contains("incidents: 0 added, 0 updated, 8 unchanged");
        String placemark = org.paxmap.interop.ForeignId.of(
                        org.paxmap.interop.ImportFormat.KML, "any", "floating-placemark")
                .uuid()
                .toString();
        assertThat(CliRun.ok("provenance", placemark, "--picture", picture.toString())
                        .out())
                .contains("'Floating placemark'")
                .contains("source: KML 'libkml_kmlsamples.kml', placemark id floating-placemark, imported 20");

        Path pdf = dir.resolve("orders.kml");
        Files.write(pdf, "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun refused = CliRun.run("import", picture.toString(), pdf.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip())
                .startsWith("paxmap: orders.kml: this is a PDF document, not a format Paxmap imports")
                .doesNotContain("\n");
    }
}
