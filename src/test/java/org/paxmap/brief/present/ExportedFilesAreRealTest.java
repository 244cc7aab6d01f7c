package org.paxmap.brief.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.render.output.PaperSize;
import org.paxmap.render.output.PdfContents;
import org.paxmap.samples.ExerciseScenario;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.testing.OutputTools;

/**
 * The files a briefing of the exercise picture over the bundled base map is exported to, opened by other programs:
 * PDFBox and poppler read the 10-page A4 PDF (text, vector paths, tiles as images, no page one picture) and poppler's
 * rendering of each page matches our PNG of the slide; jcodec and ffprobe decode the playback MP4 and its frames
 * change as time moves.
 */
@Tag("slow")
class ExportedFilesAreRealTest {
    static final int SLIDES = 10;

    @TempDir
    static Path dir;

    static PictureStore store;
    static Briefing briefing;
    static BriefingExport export;

    @BeforeAll
    static void exerciseBriefing() throws Exception {
        store = SamplePicture.openOrCreate(dir.resolve("data"));
        Briefings briefings = new Briefings(store);
        Briefing b = briefings.create("Exercise brief", "ITA", "Capt. Moreau", "1 BDE");
        // the whole area, then closer views, each centred on an incident of the exercise so it has features
        var area = ExerciseScenario.AREA;
        List<Feature> incidents = store.query(FeatureQuery.all().withLayers(java.util.Set.of(Layer.INCIDENTS)));
        for (int i = 0; i < SLIDES; i++) {
            var at = incidents.get(incidents.size() * i / SLIDES).geometry().getCoordinate();
            double w = i == 0 ? area.getWidth() : area.getWidth() / (2 + i % 3);
            double h = i == 0 ? area.getHeight() : area.getHeight() / (2 + i % 3);
            double west = i == 0 ? area.getMinX() : at.x - w / 2;
            double south = i == 0 ? area.getMinY() : at.y - h / 2;
            Slide slide = Slide.of(
                            String.format(Locale.ROOT, "Sector %02d situation", i + 1),
                            new SlideView(west, south, west + w, south + h, 11))
                    .withGrid(i % 2 == 0)
                    .withTime(i % 3 == 0 ? TimeWindow.none() : TimeWindow.lastDays(7 * i));
            briefings.addSlide(b.id(), i, slide);
        }
        briefing = briefings.load(b.id());
        export = new BriefingExport(store, ThreeLabels.MAPS, ThreeLabels.PRODUCED);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void tenA4SlidesOverTheBaseMapAreARealPdfUnder15MegabytesWithTextAndVectorPaths() throws Exception {
        long start = System.nanoTime();
        Path pdf = export.pdf(briefing, null, PaperSize.A4_LANDSCAPE, dir.resolve("brief.pdf"), ExportProgress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes = Files.size(pdf);
        System.out.printf(
                Locale.ROOT,
                "BriefingExport: %d A4 slides of the exercise picture over the bundled base map: %.2f MB in %d ms%n",
                SLIDES,
                bytes / 1e6,
                millis);
        assertThat(bytes).as("10 A4 slides under 15 MB").isLessThan(15_000_000);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(SLIDES);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Exercise brief");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < SLIDES; i++) {
                PDPage page = document.getPage(i);
                assertThat((double) page.getMediaBox().getWidth())
                        .isCloseTo(PaperSize.A4_LANDSCAPE.widthPoints(), within());
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(document);
                assertThat(text)
                        .as("page %d's text", i + 1)
                        .contains(String.format(Locale.ROOT, "Sector %02d situation", i + 1))
                        .contains("UNCLASSIFIED // REL TO ITA")
                        .contains((i + 1) + " / " + SLIDES)
                        .contains("LEGEND");
                PdfContents contents = PdfContents.of(page);
                assertThat(contents.curves)
                        .as("incident discs as Bézier curves")
                        .isGreaterThanOrEqualTo(8);
                assertThat(contents.lines)
                        .as("frame, scale bar, north arrow, zone edges")
                        .isGreaterThan(10);
                assertThat(contents.fills).isGreaterThan(5);
                assertThat(contents.strokes).isGreaterThan(2);
                // the base map stops at zoom 11, so a close slide draws a few tiles enlarged: still tiles, not a page
                assertThat(contents.imageAreas)
                        .as("base-map tiles drawn as images")
                        .hasSizeGreaterThanOrEqualTo(2);
                assertThat(contents.imageSizes)
                        .as("each image a 256-pixel tile, never a picture of the page")
                        .allSatisfy(size -> assertThat(size).containsExactly(256, 256));
            }
        }
    }

    @Test
    void popplersRenderingOfEachPageMatchesThePngOfTheSameSlide() throws Exception {
        assumeTrue(OutputTools.onPath("pdftoppm"), "pdftoppm (Debian package poppler-utils) is not installed");
        Path pdf = export.pdf(briefing, null, PaperSize.A4_LANDSCAPE, dir.resolve("compare.pdf"), ExportProgress.NONE);
        int dpi = 72;
        PageSpec spec = PageSpec.paper(PaperSize.A4_LANDSCAPE, dpi);
        int width = PaperSize.A4_LANDSCAPE.pixelWidth(dpi);
        int height = PaperSize.A4_LANDSCAPE.pixelHeight(dpi);
        BufferedImage previous = null;
        for (int n = 1; n <= SLIDES; n++) {
            BufferedImage poppler = Pages.poppler(pdf, n, width, height, dir);
            Path png = export.png(briefing, n, null, null, spec, dir.resolve("slide.png"), ExportProgress.NONE);
            BufferedImage ours = Pages.read(png);
            assertThat(ours.getWidth()).isEqualTo(width);
            assertThat(ours.getHeight()).isEqualTo(height);
            double[] difference = OutputTools.meanAbsoluteDifference(poppler, ours);
            System.out.printf(
                    Locale.ROOT,
                    "slide %d: pdftoppm vs PNG at %d DPI: mean absolute difference R %.2f G %.2f B %.2f of 255%n",
                    n,
                    dpi,
                    difference[0],
                    difference[1],
                    difference[2]);
            for (double channel : difference) {
                assertThat(channel)
                        .as("page %d differs from the PNG of slide %d", n, n)
                        .isLessThan(6);
            }
            if (previous != null) {
                double own = mean(difference);
                double other = mean(OutputTools.meanAbsoluteDifference(poppler, previous));
                assertThat(other)
                        .as("and the comparison can fail: page %d is further from slide %d's PNG", n, n - 1)
                        .isGreaterThan(own + 1);
            }
            previous = ours;
        }
    }

    @Test
    void thePlaybackMp4DecodesWithEveryStepAsAFrameAndTheMapChangesAsTimeMoves() throws Exception {
        int steps = 8;
        Playback playback = Playback.ofSteps(ExerciseScenario.START, ExerciseScenario.END, steps, null);
        assertThat(playback.windows()).hasSize(steps);
        Path mp4 =
                export.playback(briefing, 1, null, playback, 480, 270, 4, dir.resolve("play.mp4"), ExportProgress.NONE);
        assertThat(mp4).isEqualTo(dir.resolve("play.mp4"));
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            DemuxerTrackMeta meta =
                    MP4Demuxer.createMP4Demuxer(channel).getVideoTrack().getMeta();
            assertThat(meta.getTotalFrames()).isEqualTo(steps);
            assertThat(meta.getVideoCodecMeta().getSize().getWidth()).isEqualTo(480);
            assertThat(meta.getVideoCodecMeta().getSize().getHeight()).isEqualTo(270);
            assertThat(meta.getTotalDuration()).isCloseTo(steps / 4.0, within());
        }
        List<BufferedImage> frames = new ArrayList<>();
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            for (int i = 0; i < steps; i++) {
                frames.add(AWTUtil.toBufferedImage(grab.getNativeFrame()));
            }
        }
        // cumulative: from the first week's few incidents to the whole exercise
        double firstToLast = mean(OutputTools.meanAbsoluteDifference(frames.get(0), frames.get(steps - 1)));
        assertThat(firstToLast)
                .as("the map fills up between the first and the last step")
                .isGreaterThan(2);
        int changed = 0;
        for (int i = 1; i < steps; i++) {
            if (mean(OutputTools.meanAbsoluteDifference(frames.get(i - 1), frames.get(i))) > 0.3) {
                changed++;
            }
        }
        assertThat(changed).as("most steps change the picture").isGreaterThanOrEqualTo(steps / 2);

        if (OutputTools.onPath("ffprobe")) {
            String probe = OutputTools.ffprobe(mp4);
            assertThat(probe).isEqualTo("h264,480,270," + steps);
        } else {
            System.out.println("ffprobe (Debian package ffmpeg) is not installed: checked by jcodec alone");
        }
    }

    @Test
    void ffprobeDecodesThePlaybackAsH264() throws Exception {
        assumeTrue(OutputTools.onPath("ffprobe"), "ffprobe (Debian package ffmpeg) is not installed");
        Playback playback = Playback.ofSteps(ExerciseScenario.START, ExerciseScenario.END, 5, Duration.ofDays(7));
        Path mp4 = export.playback(
                briefing, 2, null, playback, 320, 181, 5, dir.resolve("window.mp4"), ExportProgress.NONE);
        String probe = OutputTools.ffprobe(mp4);
        assertThat(probe).as("an odd height rounded down to even").isEqualTo("h264,320,180,5");
    }

    private static double mean(double[] channels) {
        return (channels[0] + channels[1] + channels[2]) / 3;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
