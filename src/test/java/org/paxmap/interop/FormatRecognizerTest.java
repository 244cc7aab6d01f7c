package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formats from content, not names: a file is recognised whatever it is called, and anything else is named plainly
 * in one line without its bytes.
 */
class FormatRecognizerTest {
    @TempDir
    Path dir;

    static Stream<Arguments> notImported() {
        return Stream.of(
                Arguments.of("%PDF-1.7 binary\u0000\u0001", "a PDF document"),
                Arguments.of("\u0089PNG\r\n\u001a\n\u0000\u0000", "a PNG image"),
                Arguments.of("hello world, this is a note", "plain text"),
                Arguments.of("<!DOCTYPE html><html><body>x</body></html>", "document type declaration"),
                Arguments.of("<html><body>x</body></html>", "an HTML page"),
                Arguments.of("<?xml version='1.0'?><osm version='0.6'/>", "root element <osm>"),
                Arguments.of("name,lat,lon\nA,1,2", "plain text"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("notImported")
    void anythingElseIsNamedPlainlyWithoutItsBytes(String content, String named) throws Exception {
        Path file = dir.resolve("data.kml"); // the name says KML: the content decides
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> FormatRecognizer.recognise(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("data.kml: ")
                .hasMessageContaining(named)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[\\x00-\\x1f\\x80-\\x9f]"));
    }

    @Test
    void formatsAreRecognisedWhateverTheFileIsCalled() throws Exception {
        assertThat(recognise("<?xml version='1.0'?>\n<!-- c -->\n<kml xmlns='http://www.opengis.net/kml/2.2'/>"))
                .isEqualTo(ImportFormat.KML);
        assertThat(recognise("\uFEFF<?xml version='1.0'?><gpx version='1.1'/>")).isEqualTo(ImportFormat.GPX);
        assertThat(recognise("<event version='2.0' uid='x' type='a-h-G'/>")).isEqualTo(ImportFormat.COT);
        assertThat(recognise("  {\"type\": \"FeatureCollection\", \"features\": []}"))
                .isEqualTo(ImportFormat.GEOJSON);
        assertThat(recognise(FeatureReaderContractTest.AcledFiles.HEADER + "\n"))
                .isEqualTo(ImportFormat.ACLED);
        assertThat(recognise("SQLite format 3\u0000")).isEqualTo(ImportFormat.GEOPACKAGE);
    }

    @Test
    void zipsAreToldApartByWhatTheyHold() throws Exception {
        assertThat(FormatRecognizer.recognise(zip("a.zip", "doc.kml"))).isEqualTo(ImportFormat.KMZ);
        assertThat(FormatRecognizer.recognise(zip("b.kmz", "MANIFEST/manifest.xml", "x/x.cot")))
                .isEqualTo(ImportFormat.TAK_PACKAGE);
        Path office = zip("report.kmz", "[Content_Types].xml", "word/document.xml");
        assertThatThrownBy(() -> FormatRecognizer.recognise(office)).hasMessageContaining("an Office document");
        Path folder = Files.createDirectories(dir.resolve("pkg/MANIFEST"));
        Files.writeString(folder.resolve("manifest.xml"), "<MissionPackageManifest version='2'/>");
        assertThat(FormatRecognizer.recognise(dir.resolve("pkg"))).isEqualTo(ImportFormat.TAK_PACKAGE);
    }

    private ImportFormat recognise(String content) throws Exception {
        Path file = dir.resolve("unnamed.dat");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return FormatRecognizer.recognise(file);
    }

    private Path zip(String name, String... entries) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
