package org.paxmap.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.BriefingExport;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.store.PictureStore;
import org.paxmap.tiles.MapFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap render}: a view of the picture or one slide of a briefing drawn as a briefing product — PNG or PDF,
 * with banners marked for the audience — by the same renderer as the window's exports, with no display needed.
 */
@Command(
        name = "render",
        description = "Draw a view (--bbox) or a briefing's slide as a marked briefing product: PNG or PDF.")
final class RenderCommand implements Callable<Integer> {
    /** What to draw: a box, or a slide of a briefing. */
    static final class What {
        @Option(
                names = "--bbox",
                paramLabel = "W,S,E,N",
                converter = QueryOptions.BboxConverter.class,
                description = "lon/lat box to show: west,south,east,north, e.g. 35.1,33.0,35.65,33.4")
        Envelope bbox;

        @ArgGroup(exclusive = false)
        BriefingSlide slide;
    }

    /** A slide of a briefing. */
    static final class BriefingSlide {
        @Option(names = "--briefing", required = true, paramLabel = "NAME", description = "the briefing's name")
        String briefing;

        @Option(names = "--slide", required = true, paramLabel = "N", description = "the slide's number, from 1")
        int number;
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
    Path picture;

    @ArgGroup(multiplicity = "1")
    What what;

    @Option(
            names = "--time",
            paramLabel = "FROM/TO",
            converter = OutputOptions.PeriodConverter.class,
            description = "time window shown, e.g. 2026-09-01/2026-09-15 (the end is exclusive); default: the slide's"
                    + " own, or all times for a box")
    TimeWindow.Period time;

    @Option(names = "--title", paramLabel = "TEXT", description = "title of a box's page (default: the picture's)")
    String title;

    @Option(names = "--grid", description = "draw the MGRS grid on a box's page")
    boolean grid;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        if (output.target.mp4 != null) {
            throw new CommandFailure("--mp4 plays a briefing's slide through time: use paxmap brief export");
        }
        Path out = output.target.png != null ? output.target.png : output.target.pdf;
        try (PictureStore store = PictureStore.open(picture)) {
            BriefingExport export = new BriefingExport(store, mapsFolder(), Instant.now());
            Path written = what.bbox != null ? box(store, export, out) : slide(store, export, out);
            spec.commandLine().getOut().println("wrote " + written);
        }
        return 0;
    }

    private Path box(PictureStore store, BriefingExport export, Path out) throws Exception {
        Envelope b = what.bbox;
        String heading = title != null
                ? title
                : store.setting("title").orElse(picture.getFileName().toString());
        Slide view = Slide.of(heading, new SlideView(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), 18))
                .withGrid(grid)
                .withTime(time == null ? TimeWindow.none() : TimeWindow.fixed(time.from(), time.to()));
        String byline = store.nodeId();
        try {
            return output.target.png != null
                    ? export.png(view, output.audience, byline, output.pngPage(), out, ExportProgress.NONE)
                    : export.pdf(view, output.audience, byline, output.pdfPaper(), out, ExportProgress.NONE);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private Path slide(PictureStore store, BriefingExport export, Path out) throws Exception {
        Briefing briefing = new Briefings(store).load(what.slide.briefing);
        try {
            if (output.target.png != null) {
                PageSpec page = output.pngPage();
                return export.png(briefing, what.slide.number, output.audience, time, page, out, ExportProgress.NONE);
            }
            return export.pdf(
                    briefing, what.slide.number, output.audience, time, output.pdfPaper(), out, ExportProgress.NONE);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The maps folder the window uses. */
    static Path mapsFolder() {
        return MapFolder.folder().orElse(Path.of("maps").toAbsolutePath());
    }
}
