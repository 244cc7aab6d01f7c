package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.store.PictureStore;

/**
 * KMZ and TAK data packages made hostile — zip slip, a compression bomb, an external entity, a package folder whose
 * manifest points outside it — are refused with one line naming file and entry, and the picture keeps every row.
 */
class HostileArchivesTest {
    @TempDir
    Path dir;

    private Path picture;

    @BeforeEach
    void picture() throws Exception {
        picture = dir.resolve("p.gpkg");
        PictureStore.create(picture, "TST-1").close();
    }

    @Test
    void zipSlipIsRefused() throws Exception {
        Path kmz = zip("slip.kmz", "doc.kml", "<kml/>", "../../evil.kml", "<kml/>");
        refused(kmz, "slip.kmz, entry '../../evil.kml': the name climbs out of the archive");
    }

    @Test
    void aCompressionBombIsRefusedBeforeItIsInflated() throws Exception {
        Path kmz = zip("bomb.kmz", "doc.kml", "<kml>" + " ".repeat(20_000_000) + "</kml>");
        refused(kmz, "(a compression bomb)");
    }

    @Test
    void anExternalEntityInsideAPackageIsRefused() throws Exception {
        String manifest = "<MissionPackageManifest version='2'><Contents>"
                + "<Content ignore='false' zipEntry='a/a.cot'/></Contents></MissionPackageManifest>";
        String cot = "<?xml version='1.0'?><!DOCTYPE e [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<event uid='a' type='a-h-G' time='2024-01-01T00:00:00Z'><point lat='1' lon='1'/>"
                + "<detail><remarks>&x;</remarks></detail></event>";
        Path pkg = zip("xxe.zip", "MANIFEST/manifest.xml", manifest, "a/a.cot", cot);
        refused(pkg, "xxe.zip, entry 'a/a.cot'");
        refused(pkg, "document type declaration");
    }

    @Test
    void aPackageFolderWhoseManifestPointsOutsideItIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pkg/MANIFEST"));
        Files.writeString(
                folder.resolve("manifest.xml"),
                "<MissionPackageManifest version='2'><Contents>"
                        + "<Content zipEntry='../../outside.cot'/></Contents></MissionPackageManifest>");
        refused(dir.resolve("pkg"), "the path leaves the package folder");
    }

    private void refused(Path file, String reason) throws Exception {
        String before = PictureChecksum.of(picture);
        try (PictureStore store = PictureStore.open(picture)) {
            assertThatThrownBy(() -> ImportPipeline.apply(store, List.of(file), RealDataImportTest.OPTIONS))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining(reason);
        }
        assertThat(PictureChecksum.of(picture)).isEqualTo(before);
    }

    private Path zip(String name, String... entries) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
