package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.present.BriefingExport;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.render.output.PaperSize;
import org.paxmap.store.PictureStore;

/**
 * {@code paxmap brief add-slide} and {@code brief export} on the exercise picture, as a staff officer scripts a
 * morning brief for Italy: the PNG and PDF are those {@code BriefingExport} writes for the window (all but the
 * produced time), the playback plays, and bad input is refused in words without touching the picture.
 */
@Tag("slow")
class BriefExportCommandTest {
    @TempDir
    Path dir;

    Path ops;
    Path out;

    @BeforeEach
    void morningBrief() throws Exception {
        ops = ExportGolden.exercisePicture(dir);
        out = Files.createDirectory(dir.resolve("out"));
        CliRun.ok("brief", "create", ops.toString(), "--briefing", "Morning", "--audience", "ITA");
        addSlide("35.1,33.05,35.65,33.4", "Overview", "--last-days", "14", "--grid");
        addSlide("35.15,33.05,35.35,33.2", "Naqoura", "--time", "2026-09-01/2026-10-01");
    }

    private <T> T withExport(ExportCall<T> call) throws Exception {
        try (PictureStore store = PictureStore.open(ops)) {
            Briefing morning = new Briefings(store).load("Morning");
            return call.run(new BriefingExport(store, ExportGolden.MAPS, Instant.now()), morning);
        }
    }

    // paxmap brief add-slide PICTURE --briefing Morning --bbox BOX --title TITLE, then args
    private void addSlide(String bbox, String title, String... args) {
        List<String> all = new ArrayList<>(List.of(
                "brief", "add-slide", ops.toString(), "--briefing", "Morning", "--bbox", bbox, "--title", title));
        all.addAll(List.of(args));
        CliRun.ok(all.toArray(String[]::new));
    }

    // paxmap brief export PICTURE --briefing Morning, then args
    private CliRun morning(String... args) {
        return CliRun.run(morningArgs(args));
    }

    private CliRun morningOk(String... args) {
        return CliRun.ok(morningArgs(args));
    }

    private String[] morningArgs(String... args) {
        List<String> all = new ArrayList<>(List.of("brief", "export", ops.toString(), "--briefing", "Morning"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @FunctionalInterface
    private interface ExportCall<T> {
        T run(BriefingExport export, Briefing briefing) throws Exception;
    }

    @Test
    void anExportedSlideIsPixelForPixelWhatTheWindowsExportWritesButForTheProducedTime() throws Exception {
        for (int slide = 1; slide <= 2; slide++) {
            Path cli = out.resolve("cli-" + slide + ".png");
            CliRun run = morningOk("--slide", Integer.toString(slide), "--png", cli.toString(), "--size", "1000x620");
            assertThat(run.out()).isEqualTo("wrote " + cli + "\n");
            int n = slide;
            PageSpec spec = PageSpec.pixels(1000, 620);
            Path golden = withExport(
                    (export, b) -> export.png(b, n, null, null, spec, out.resolve("golden.png"), ExportProgress.NONE));
            assertThat(ExportGolden.differingOutside(cli, golden, ExportGolden.producedMask(spec, 1)))
                    .as("slide %d", slide)
                    .isZero();
            Path forFrance = withExport(
                    (export, b) -> export.png(b, n, "FRA", null, spec, out.resolve("fra.png"), ExportProgress.NONE));
            assertThat(ExportGolden.differingOutside(cli, forFrance, ExportGolden.producedMask(spec, 1)))
                    .as("the comparison can fail: the banner says REL TO FRA")
                    .isGreaterThan(100);
        }
    }

    @Test
    void theExportedPdfHasThePagesAndTextOfTheWindowsExport() throws Exception {
        Path cli = out.resolve("morning.pdf");
        morningOk("--pdf", cli.toString());
        Path golden = withExport((export, b) ->
                export.pdf(b, null, PaperSize.A4_LANDSCAPE, out.resolve("golden.pdf"), ExportProgress.NONE));
        String text = ExportGolden.textButProduced(cli);
        assertThat(text).contains("Overview", "Naqoura", "UNCLASSIFIED // REL TO ITA", "1 / 2", "2 / 2");
        assertThat(text).isEqualTo(ExportGolden.textButProduced(golden));
    }

    @Test
    void aPlaybackIsAnMp4OfTheStepsAsked() throws Exception {
        Path cli = out.resolve("play.mp4");
        morningOk("--slide", "2", "--mp4", cli.toString(), "--size", "320x180", "--steps", "5", "--fps", "5");
        try (var channel = NIOUtils.readableChannel(cli.toFile())) {
            DemuxerTrackMeta meta =
                    MP4Demuxer.createMP4Demuxer(channel).getVideoTrack().getMeta();
            assertThat(meta.getTotalFrames()).isEqualTo(5);
            assertThat(meta.getVideoCodecMeta().getSize().getWidth()).isEqualTo(320);
            assertThat(meta.getVideoCodecMeta().getSize().getHeight()).isEqualTo(180);
        }
    }

    @Test
    void badInputIsRefusedInOneLineWritesNothingAndLeavesThePictureAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(ops);
        String png = out.resolve("s.png").toString();
        String pdf = out.resolve("b.pdf").toString();
        String mp4 = out.resolve("p.mp4").toString();

        ExportGolden.refusedInOneLine(
                CliRun.run("brief", "export", ops.toString(), "--briefing", "Evening", "--pdf", pdf),
                "no briefing 'Evening'");
        ExportGolden.refusedInOneLine(morning("--audience", "ATLANTIS", "--pdf", pdf), "ATLANTIS");
        for (String[] target : new String[][] {{"--png", png}, {"--pdf", pdf}, {"--mp4", mp4}}) {
            ExportGolden.refusedInOneLine(
                    morning("--slide", "3", target[0], target[1]),
                    "briefing 'Morning' has 2 slides, so there is no slide 3");
        }
        ExportGolden.refusedInOneLine(morning("--png", png), "--png needs --slide N");
        ExportGolden.refusedInOneLine(
                morning("--slide", "1", "--png", png, "--size", "800x600", "--paper", "A3"),
                "give either --size or --paper, not both");
        ExportGolden.refusedInOneLine(
                morning("--slide", "1", "--mp4", mp4, "--paper", "A4"), "a video is drawn in pixels");
        ExportGolden.wrongUsage(morning("--slide", "1", "--png", png, "--size", "10x10"), "outside 64 to");
        ExportGolden.wrongUsage(
                CliRun.run(
                        "brief", "add-slide", ops.toString(), "--briefing", "Morning", "--bbox", "35.6,33.4,35.1,33.0"),
                "is not a lon/lat box");
        Path notAFolder = Files.writeString(out.resolve("notes.txt"), "not a folder");
        Path inside = notAFolder.resolve("b.pdf");
        ExportGolden.refusedInOneLine(
                morning("--pdf", inside.toString()), "Could not write " + inside + ": Not a directory");

        assertThat(ExportGolden.files(out)).containsExactly("notes.txt");
        assertThat(Files.readAllBytes(ops)).as("the picture is only read").isEqualTo(before);
    }
}
