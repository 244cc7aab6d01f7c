package org.paxmap.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Layer;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.SharedData;

/**
 * ATAK's data package unzipped into a folder imports as the zip does, and to the same features: importing the zip
 * after the folder changes nothing (the CoT uids are the identity, wherever the events came from).
 */
class TakPackageFolderTest {
    @TempDir
    Path dir;

    @Test
    void theUnzippedFolderImportsAsTheZipDoesAndTheZipAfterItChangesNothing() throws Exception {
        Path zip = SharedData.realdata().resolve("takpkg/atak-civ_CoT_Types_Data_Package.zip");
        Path folder = Files.createDirectories(dir.resolve("CoT Types"));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path target = folder.resolve(e.getName()).normalize();
                assertThat(target.startsWith(folder)).as(e.getName()).isTrue();
                if (!e.isDirectory()) {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        Path picture = dir.resolve("p.gpkg");
        try (PictureStore store = PictureStore.create(picture, "TST-1")) {
            ImportPreview fromFolder = ImportPipeline.apply(store, List.of(folder), RealDataImportTest.OPTIONS);
            assertThat(fromFolder.added().get(Layer.INCIDENTS)).isEqualTo(4);
            assertThat(fromFolder.added().get(Layer.ROUTES)).isEqualTo(1);
            assertThat(fromFolder.added().get(Layer.ZONES)).isEqualTo(4);
            ImportPreview fromZip = ImportPipeline.apply(store, List.of(zip), RealDataImportTest.OPTIONS);
            assertThat(fromZip.changes()).isZero();
            assertThat(fromZip.unchanged()).isEqualTo(fromFolder.added());
        }
    }
}
