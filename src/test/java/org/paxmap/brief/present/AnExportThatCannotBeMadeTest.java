package org.paxmap.brief.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.brief.BriefException;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.render.output.ExportException;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.render.output.PaperSize;
import org.paxmap.store.PictureStore;

/**
 * Exports that cannot be made — a slide's base map unreadable or gone, an audience the policies do not know, a folder
 * that is a file — are refused before a byte is written: one message naming the slide, the file or the code, no file
 * and no temporary file in the target folder, and the picture as it was. (A disk that fills up while writing cannot be
 * reached through {@link BriefingExport}, which makes its writers with the real file channel: the writers' own {@code
 * FailedExportTest} fails the channel for each of them.)
 */
class AnExportThatCannotBeMadeTest {
    @TempDir
    Path dir;

    Path maps;
    Path out;
    Path picture;
    PictureStore store;
    BriefingExport export;
    Briefings briefings;

    @BeforeEach
    void picture() throws Exception {
        maps = Files.createDirectory(dir.resolve("maps"));
        out = Files.createDirectory(dir.resolve("out"));
        Files.createDirectory(dir.resolve("picture"));
        picture = dir.resolve("picture/ops.gpkg");
        store = ThreeLabels.picture(picture, ThreeLabels.Which.ALL);
        export = new BriefingExport(store, maps, ThreeLabels.PRODUCED);
        briefings = new Briefings(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    // A briefing whose second slide names base map fileName; its first slide uses the bundled one (not in maps/ here).
    private Briefing briefingOver(String fileName) throws Exception {
        Files.copy(ThreeLabels.MAPS.resolve("basemap.mbtiles"), maps.resolve("basemap.mbtiles"));
        Briefing b = briefings.create("Morning", "ITA", "Capt. Moreau", "1 BDE");
        briefings.addSlide(b.id(), 0, ThreeLabels.slide());
        briefings.addSlide(
                b.id(), 1, Slide.of("Coastal road", ThreeLabels.slide().view()).withBaseMap(fileName));
        return briefings.load(b.id());
    }

    private void assertNothingWrittenAndPictureUnchanged(byte[] before) throws Exception {
        assertThat(Pages.files(out)).as("no file and no temporary file").isEmpty();
        assertThat(Files.readAllBytes(picture)).as("the picture is only read").isEqualTo(before);
        assertThat(briefings.list()).hasSize(1);
    }

    private void refusedEveryWay(Briefing briefing, String... words) throws Exception {
        byte[] before = Files.readAllBytes(picture);
        List<ThrowingExport> exports = List.of(
                () -> export.pdf(briefing, null, PaperSize.A4_LANDSCAPE, out.resolve("b.pdf"), ExportProgress.NONE),
                () -> export.png(
                        briefing, 2, null, null, PageSpec.pixels(800, 500), out.resolve("s.png"), ExportProgress.NONE),
                () -> export.playback(
                        briefing,
                        2,
                        null,
                        Playback.ofSteps(
                                ThreeLabels.T0.minus(Duration.ofDays(2)), ThreeLabels.T0.plusSeconds(60), 3, null),
                        320,
                        180,
                        4,
                        out.resolve("p.mp4"),
                        ExportProgress.NONE));
        for (ThrowingExport e : exports) {
            assertThatThrownBy(e::run)
                    .isInstanceOf(BriefException.class)
                    .hasMessageContainingAll(words)
                    .satisfies(t -> assertThat(t.getMessage()).doesNotContain("\n"));
            assertNothingWrittenAndPictureUnchanged(before);
        }
    }

    @FunctionalInterface
    private interface ThrowingExport {
        Path run() throws Exception;
    }

    @Test
    void aSlideOverAnUnreadableTileSetIsRefusedNamingTheSlideAndTheFile() throws Exception {
        Files.write(maps.resolve("coast.mbtiles"), "SQLite format 3\0 but not really, truncated".getBytes());
        Briefing briefing = briefingOver("coast.mbtiles");
        refusedEveryWay(briefing, "slide 2 'Coastal road' of briefing 'Morning'", "coast.mbtiles", "cannot be drawn");
    }

    @Test
    void aSlideWhoseBaseMapIsGoneIsRefusedNamingTheSlideTheFileAndTheFolder() throws Exception {
        Briefing briefing = briefingOver("coast.mbtiles");
        refusedEveryWay(briefing, "slide 2 'Coastal road' of briefing 'Morning'", "coast.mbtiles", maps.toString());
    }

    @Test
    void anAudienceThePoliciesDoNotKnowIsRefusedNamingTheCode() throws Exception {
        Briefing briefing = briefingOver(null);
        byte[] before = Files.readAllBytes(picture);
        assertThatThrownBy(() -> export.pdf(
                        briefing, "ATLANTIS", PaperSize.A4_LANDSCAPE, out.resolve("b.pdf"), ExportProgress.NONE))
                .isInstanceOf(BriefException.class)
                .hasMessageContaining("ATLANTIS");
        assertThatThrownBy(() -> export.png(
                        ThreeLabels.slide(),
                        "ATLANTIS",
                        "1 BDE",
                        PageSpec.pixels(800, 500),
                        out.resolve("v.png"),
                        ExportProgress.NONE))
                .isInstanceOf(BriefException.class)
                .hasMessageContaining("ATLANTIS");
        assertNothingWrittenAndPictureUnchanged(before);
    }

    @Test
    void aFolderThatIsAFileIsNamedAndThePictureIsUnchanged() throws Exception {
        Briefing briefing = briefingOver(null);
        byte[] before = Files.readAllBytes(picture);
        Path notAFolder = Files.writeString(out.resolve("notes.txt"), "not a folder");
        Path target = notAFolder.resolve("b.pdf");
        assertThatThrownBy(() -> export.pdf(briefing, null, PaperSize.A4_LANDSCAPE, target, ExportProgress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessage("Could not write " + target + ": Not a directory");
        assertThat(Pages.files(out)).containsExactly("notes.txt");
        assertThat(Files.readAllBytes(picture)).isEqualTo(before);
    }

    @Test
    void theSameBriefingExportsOnceItsBaseMapIsBack() throws Exception {
        Briefing briefing = briefingOver("coast.mbtiles");
        assertThatThrownBy(() ->
                        export.pdf(briefing, null, PaperSize.A4_LANDSCAPE, out.resolve("b.pdf"), ExportProgress.NONE))
                .isInstanceOf(BriefException.class);
        Files.copy(maps.resolve("basemap.mbtiles"), maps.resolve("coast.mbtiles"));
        Path pdf = export.pdf(briefing, null, PaperSize.A4_LANDSCAPE, out.resolve("b.pdf"), ExportProgress.NONE);
        assertThat(Pages.files(out)).containsExactly("b.pdf");
        assertThat(Pages.text(pdf)).contains("Coastal road", "UNCLASSIFIED // REL TO ITA");
    }
}
