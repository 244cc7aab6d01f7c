package org.paxmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paxmap.bytes.PrivateFiles;
import org.paxmap.model.Layer;
import org.paxmap.store.Cancellation;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;

/**
 * One contract, every writer: an export writes each feature the format has a place for (and counts the others), with
 * its name and release label inside the file; the file is created 0600 and appears only when complete; an export for
 * ITA leaves out the {@code REL TO FRA, DEU} incident — its title appears nowhere in the bytes (ZIP entries
 * inflated) — and says why; a failed or cancelled export leaves the previous file as it was and no temporary file.
 */
class FeatureWriterContractTest {
    @TempDir
    Path dir;

    private Path picture;

    @BeforeEach
    void picture() throws Exception {
        picture = dir.resolve("ops.gpkg");
        ExportPicture.create(picture);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesWhatItHasAPlaceForWithNamesAndLabels(ExportFormat format) throws Exception {
        Path out = dir.resolve("out." + format.extension());
        ExportReport report;
        try (PictureStore store = PictureStore.open(picture)) {
            report = FeatureExport.toFile(store, FeatureQuery.all(), format, ExportPicture.filter(store, null), out);
        }
        assertThat(report.writtenCount()
                        + report.notCarried().values().stream().mapToInt(i -> i).sum())
                .isEqualTo(5);
        assertThat(report.written().getOrDefault(Layer.INCIDENTS, 0)).isEqualTo(2);
        assertThat(report.withheld()).isEmpty();
        assertThat(report.labels()).containsExactlyInAnyOrder(ExportPicture.NATO, ExportPicture.FRA_DEU);
        String text = ExportPicture.text(out);
        assertThat(text).contains(ExportPicture.SECRET_TITLE, ExportPicture.RELEASABLE.get(0));
        if (report.written().getOrDefault(Layer.ROUTES, 0) > 0) {
            assertThat(text).contains(ExportPicture.RELEASABLE.get(1));
        }
        if (format == ExportFormat.GEOJSON) { // the label as Paxmap's feature form writes it
            assertThat(text).contains("\"releasableTo\":[\"NATO\"]").contains("\"releasableTo\":[\"FRA\",\"DEU\"]");
        } else {
            assertThat(text).contains("REL TO NATO").contains("REL TO FRA, DEU");
        }
        if (format != ExportFormat.GPKG) { // a text format: no raw control character that breaks a reader
            assertThat(text).doesNotContain("\u0007");
        }
        if (PrivateFiles.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                    .isEqualTo("rw-------");
        }
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anExportForItalyCarriesNothingReleasableOnlyToFranceAndGermany(ExportFormat format) throws Exception {
        Path out = dir.resolve("ita." + format.extension());
        ExportReport report;
        String secretId;
        try (PictureStore store = PictureStore.open(picture)) {
            secretId = store.query(FeatureQuery.all()).stream()
                    .filter(f -> f.name().equals(ExportPicture.SECRET_TITLE))
                    .findFirst()
                    .orElseThrow()
                    .id()
                    .toString();
            report = FeatureExport.toFile(store, FeatureQuery.all(), format, ExportPicture.filter(store, "ITA"), out);
        }
        assertThat(report.withheldCount()).isEqualTo(1);
        assertThat(report.withheld().keySet()).singleElement().asString().contains("FRA, DEU");
        assertThat(report.audience()).isEqualTo("ITA");
        assertThat(report.labels()).containsExactly(ExportPicture.NATO);
        String text = ExportPicture.text(out);
        assertThat(text)
                .contains(ExportPicture.RELEASABLE.get(0))
                .doesNotContain(ExportPicture.SECRET_TITLE)
                .doesNotContain("FRADEU")
                .doesNotContain(secretId)
                .doesNotContain("Not for Italian eyes");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCancelledExportLeavesThePreviousFileAndNoTemporaryOne(ExportFormat format) throws Exception {
        Path out = dir.resolve("kept." + format.extension());
        Files.writeString(out, "previous");
        try (PictureStore store = PictureStore.open(picture)) {
            var filter = ExportPicture.filter(store, null);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> FeatureExport.toFile(store, FeatureQuery.all(), format, filter, out))
                        .isInstanceOf(ExportCancelledException.class)
                        .hasMessage(
                                "Export cancelled: nothing was written to " + out + "; the file there is as it was");
            } finally {
                Thread.interrupted();
            }
        }
        assertThat(Files.readString(out)).isEqualTo("previous");
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aCancellationDuringTheExportLeavesThePreviousFileAndNoTemporaryOne(ExportFormat format) throws Exception {
        Path out = dir.resolve("kept." + format.extension());
        Files.writeString(out, "previous");
        List<Long> progress = new java.util.ArrayList<>();
        try (PictureStore store = PictureStore.open(picture)) {
            var filter = ExportPicture.filter(store, null);
            Cancellation cancellation = new Cancellation();
            assertThatThrownBy(() ->
                            FeatureExport.toFile(store, FeatureQuery.all(), format, filter, out, cancellation, done -> {
                                progress.add(done);
                                cancellation.cancel(); // as the window's Cancel, once the first page is written
                            }))
                    .isInstanceOf(ExportCancelledException.class)
                    .hasMessageStartingWith("Export cancelled: nothing was written to " + out);
        }
        assertThat(progress)
                .as("the first page (the two incidents; the scan pages each layer) went through, then it stopped")
                .containsExactly(2L);
        assertThat(Files.readString(out)).isEqualTo("previous");
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aMissingFolderIsNamedInOneLine(ExportFormat format) throws Exception {
        Path out = dir.resolve("no-such-folder").resolve("x." + format.extension());
        try (PictureStore store = PictureStore.open(picture)) {
            var filter = ExportPicture.filter(store, null);
            assertThatThrownBy(() -> FeatureExport.toFile(store, FeatureQuery.all(), format, filter, out))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("Cannot write " + out + ": the folder " + out.getParent() + " does not exist");
        }
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".paxmap-export-"))
                    .toList();
        }
    }
}
