package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.BriefingExport;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.render.output.PaperSize;
import org.paxmap.store.PictureStore;

/**
 * {@code paxmap render} of a box of the exercise picture: the same pixels as {@code BriefingExport}, which the
 * window's export calls, for the same view (all but the produced time); and bad input refused in words.
 */
@Tag("slow")
class RenderCommandTest {
    static final String BBOX = "35.1,33.05,35.65,33.4";

    @TempDir
    Path dir;

    Path ops;
    Path out;

    @BeforeEach
    void picture() throws Exception {
        ops = ExportGolden.exercisePicture(dir);
        out = Files.createDirectory(dir.resolve("out"));
    }

    // What RenderCommand draws for --bbox: the picture's title, zoom 18 at most, no grid, all times, the node as
    // byline.
    private Path direct(String audience, PageSpec spec, Path file) throws Exception {
        try (PictureStore store = PictureStore.open(ops)) {
            Slide view = Slide.of("Sector West", new SlideView(35.1, 33.05, 35.65, 33.4, 18))
                    .withGrid(false)
                    .withTime(TimeWindow.none());
            return new BriefingExport(store, ExportGolden.MAPS, Instant.now())
                    .png(view, audience, store.nodeId(), spec, file, ExportProgress.NONE);
        }
    }

    @Test
    void aRenderedBoxIsPixelForPixelTheExportOfTheSameViewButForTheProducedTime() throws Exception {
        Path cli = out.resolve("cli.png");
        CliRun run = CliRun.ok(
                "render",
                ops.toString(),
                "--bbox",
                BBOX,
                "--audience",
                "ITA",
                "--png",
                cli.toString(),
                "--size",
                "1000x620");
        assertThat(run.out()).isEqualTo("wrote " + cli + "\n");
        assertThat(run.err()).isEmpty();

        PageSpec spec = PageSpec.pixels(1000, 620);
        Path golden = direct("ITA", spec, out.resolve("golden.png"));
        Rectangle mask = ExportGolden.producedMask(spec, 1);
        assertThat(ExportGolden.differingOutside(cli, golden, mask)).isZero();
        // the comparison can fail: the same view for local use differs outside the mask (banner, legend, features)
        Path local = direct(null, spec, out.resolve("local.png"));
        assertThat(ExportGolden.differingOutside(cli, local, mask)).isGreaterThan(1000);
    }

    @Test
    void aRenderedBoxOnPaperAtADpiIsTheExportOfTheSameViewOnThatPaper() throws Exception {
        Path cli = out.resolve("a4.png");
        CliRun.ok("render", ops.toString(), "--bbox", BBOX, "--png", cli.toString(), "--paper", "A4", "--dpi", "100");
        PageSpec spec = PageSpec.paper(PaperSize.A4_LANDSCAPE, 100);
        Path golden = direct(null, spec, out.resolve("golden.png"));
        double pixelsPerUnit =
                PaperSize.A4_LANDSCAPE.pixelWidth(100) / spec.layout().width();
        assertThat(ExportGolden.differingOutside(cli, golden, ExportGolden.producedMask(spec, pixelsPerUnit)))
                .isZero();
    }

    @Test
    void aRenderedPdfHasTheTextOfTheDirectExport() throws Exception {
        Path cli = out.resolve("cli.pdf");
        CliRun.ok("render", ops.toString(), "--bbox", BBOX, "--audience", "FRA", "--pdf", cli.toString());
        Path golden;
        try (PictureStore store = PictureStore.open(ops)) {
            Slide view = Slide.of("Sector West", new SlideView(35.1, 33.05, 35.65, 33.4, 18))
                    .withTime(TimeWindow.none());
            golden = new BriefingExport(store, ExportGolden.MAPS, Instant.now())
                    .pdf(
                            view,
                            "FRA",
                            store.nodeId(),
                            PaperSize.A4_LANDSCAPE,
                            out.resolve("golden.pdf"),
                            ExportProgress.NONE);
        }
        String text = ExportGolden.textButProduced(cli);
        assertThat(text).contains("UNCLASSIFIED // REL TO FRA", "Sector West", "LEGEND");
        assertThat(text).isEqualTo(ExportGolden.textButProduced(golden));
    }

    @Test
    void badInputIsRefusedInOneLineAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(ops);
        String png = out.resolve("v.png").toString();

        ExportGolden.wrongUsage(
                CliRun.run("render", ops.toString(), "--bbox", "35.65,33.05,35.1,33.4", "--png", png),
                "is not a lon/lat box");
        ExportGolden.wrongUsage(
                CliRun.run("render", ops.toString(), "--bbox", "35.1,33.05", "--png", png),
                "bbox must be four numbers");
        ExportGolden.refusedInOneLine(
                CliRun.run("render", ops.toString(), "--bbox", BBOX, "--audience", "XYZ", "--png", png), "XYZ");
        ExportGolden.refusedInOneLine(
                CliRun.run("render", ops.toString(), "--briefing", "Nope", "--slide", "1", "--png", png),
                "no briefing 'Nope'");
        ExportGolden.refusedInOneLine(
                CliRun.run(
                        "render", ops.toString(), "--bbox", BBOX, "--png", png, "--size", "800x600", "--paper", "A4"),
                "give either --size or --paper, not both");
        ExportGolden.refusedInOneLine(
                CliRun.run("render", ops.toString(), "--bbox", BBOX, "--pdf", png, "--size", "800x600"),
                "a PDF is printed on paper");
        Path notAFolder = Files.writeString(out.resolve("notes.txt"), "not a folder");
        Path inside = notAFolder.resolve("v.png");
        ExportGolden.refusedInOneLine(
                CliRun.run("render", ops.toString(), "--bbox", BBOX, "--png", inside.toString()),
                "Could not write " + inside + ": Not a directory");

        assertThat(ExportGolden.files(out)).containsExactly("notes.txt");
        assertThat(Files.readAllBytes(ops)).as("the picture is only read").isEqualTo(before);
    }
}
