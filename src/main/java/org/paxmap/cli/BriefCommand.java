package org.paxmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.BriefingExport;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.brief.present.Playback;
import org.paxmap.model.Layer;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap brief}: the briefings kept in a picture — list, show, create, set the audience, and export (PDF of
 * every slide, PNG of one, playback video of one). An unknown picture, briefing or audience is one line on standard
 * error and exit code 1, the picture unchanged.
 */
@Command(
        name = "brief",
        description = "The briefings kept in a picture: ordered slides shown to an audience.",
        subcommands = {
            BriefCommand.ListBriefings.class,
            BriefCommand.Show.class,
            BriefCommand.Create.class,
            BriefCommand.SetAudience.class,
            BriefCommand.AddSlide.class,
            BriefCommand.Export.class
        })
final class BriefCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "a subcommand is required: list, show, create, audience, add-slide or export");
    }

    /** A subcommand over one picture, opened for the call and closed after it. */
    abstract static class OnPicture implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        /** Does the work, printing to {@code out}. */
        abstract void run(Briefings briefings, PrintWriter out) throws Exception;

        @Override
        public Integer call() throws Exception {
            try (PictureStore store = PictureStore.open(picture)) {
                run(new Briefings(store), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    /** A subcommand about one named briefing. */
    abstract static class OnBriefing extends OnPicture {
        @Option(names = "--briefing", required = true, paramLabel = "NAME", description = "the briefing's name")
        String briefing;
    }

    static String audience(String code) {
        return code == null ? "(local use only)" : code;
    }

    @Command(name = "list", description = "List the briefings: name, audience, number of slides.")
    static final class ListBriefings extends OnPicture {
        @Override
        void run(Briefings briefings, PrintWriter out) throws Exception {
            List<Briefings.Summary> all = briefings.list();
            if (all.isEmpty()) {
                out.println("no briefings");
            }
            for (Briefings.Summary b : all) {
                out.println(b.name() + "\t" + audience(b.audience()) + "\t" + b.slides()
                        + (b.slides() == 1 ? " slide" : " slides"));
            }
        }
    }

    @Command(name = "show", description = "Show a briefing's slides in order: title, view, time window, hold.")
    static final class Show extends OnBriefing {
        @Override
        void run(Briefings briefings, PrintWriter out) throws Exception {
            Briefing b = briefings.load(briefing);
            out.println("briefing: " + b.name());
            out.println("audience: " + audience(b.audience()));
            out.println("author:   " + b.author() + (b.unit().isEmpty() ? "" : ", " + b.unit()));
            out.println("slides:   " + b.slides().size());
            for (int i = 0; i < b.slides().size(); i++) {
                Slide s = b.slides().get(i);
                out.println((i + 1) + ". " + (s.title().isEmpty() ? "(untitled)" : s.title()));
                out.println("   view:   " + s.view().describe());
                out.println("   time:   " + s.time().describe());
                out.println("   hold:   " + (s.holdSeconds() == 0 ? "until advanced" : s.holdSeconds() + " s"));
                out.println("   layers: "
                        + String.join(
                                ", ",
                                s.layers().stream()
                                        .sorted()
                                        .map(Layer::tableName)
                                        .toList())
                        + (s.grid() ? "; MGRS grid" : "")
                        + (s.baseMap() == null ? "" : "; base map " + s.baseMap()));
            }
        }
    }

    @Command(name = "create", description = "Create an empty briefing.")
    static final class Create extends OnBriefing {
        @Option(
                names = "--audience",
                paramLabel = "CODE",
                description = "a partner node id, a nation or organisation code (ITA, UN) or a group (NATO, EU);"
                        + " without it, the briefing is for local use only")
        String audience;

        @Option(names = "--author", paramLabel = "NAME", description = "who makes it (default: the user name)")
        String author = System.getProperty("user.name", "");

        @Option(names = "--unit", paramLabel = "UNIT", description = "the unit it is for")
        String unit = "";

        @Override
        void run(Briefings briefings, PrintWriter out) throws Exception {
            Briefing b = briefings.create(briefing, audience, author, unit);
            out.println("created briefing '" + b.name() + "' for " + audience(b.audience()));
        }
    }

    @Command(name = "audience", description = "Set a briefing's audience, or make it for local use only.")
    static final class SetAudience extends OnBriefing {
        @ArgGroup(multiplicity = "1")
        Choice choice;

        static final class Choice {
            @Option(
                    names = "--audience",
                    paramLabel = "CODE",
                    description = "a partner node id, a nation or organisation code, or a group")
            String audience;

            @Option(names = "--none", description = "no audience: local use only, nothing marked releasable")
            boolean none;
        }

        @Override
        void run(Briefings briefings, PrintWriter out) throws Exception {
            Briefing b = briefings.load(briefing);
            briefings.setAudience(b.id(), choice.none ? null : choice.audience);
            out.println("briefing '" + b.name() + "' is now for "
                    + audience(briefings.load(b.id()).audience()));
        }
    }

    @Command(
            name = "add-slide",
            description = "Add a slide at the end of a briefing: the box it shows, its title, time window and grid.")
    static final class AddSlide extends OnBriefing {
        @Option(
                names = "--bbox",
                required = true,
                paramLabel = "W,S,E,N",
                converter = QueryOptions.BboxConverter.class,
                description = "lon/lat box the slide shows: west,south,east,north")
        Envelope bbox;

        @Option(names = "--title", paramLabel = "TEXT", description = "the slide's title")
        String title = "";

        @Option(names = "--notes", paramLabel = "TEXT", description = "speaker notes")
        String notes = "";

        @Option(
                names = "--time",
                paramLabel = "FROM/TO",
                converter = OutputOptions.PeriodConverter.class,
                description = "a fixed time window, e.g. 2026-09-01/2026-09-15 (end exclusive)")
        TimeWindow.Period time;

        @Option(
                names = "--last-days",
                paramLabel = "N",
                description = "the last N days up to the picture's newest incident (updates itself)")
        Integer lastDays;

        @Option(names = "--hold", paramLabel = "SECONDS", description = "hold time in playback (default 0)")
        int hold;

        @Option(names = "--grid", description = "draw the MGRS grid")
        boolean grid;

        @Option(names = "--base-map", paramLabel = "FILE", description = "a tile set's file name in maps/")
        String baseMap;

        @Override
        void run(Briefings briefings, PrintWriter out) throws Exception {
            if (time != null && lastDays != null) {
                throw new CommandFailure("give --time or --last-days, not both");
            }
            Briefing b = briefings.load(briefing);
            TimeWindow window = time != null
                    ? TimeWindow.fixed(time.from(), time.to())
                    : lastDays != null ? TimeWindow.lastDays(lastDays) : TimeWindow.none();
            Slide slide;
            try {
                slide = Slide.of(
                                title,
                                new SlideView(
                                        bbox.getMinX(),
                                        bbox.getMinY(),
                                        bbox.getMaxX(),
                                        bbox.getMaxY(),
                                        SlideView.MAX_ZOOM))
                        .withNotes(notes)
                        .withHoldSeconds(hold)
                        .withGrid(grid)
                        .withBaseMap(baseMap)
                        .withTime(window);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
            briefings.addSlide(b.id(), b.slides().size(), slide);
            out.println("added slide " + (b.slides().size() + 1) + " to briefing '" + b.name() + "'");
        }
    }

    @Command(
            name = "export",
            description = "Export a briefing for its audience (or --audience): --pdf (a page a slide), --png of one"
                    + " --slide, or --mp4 of one --slide played through its time window.")
    static final class Export extends OnBriefing {
        @Option(names = "--slide", paramLabel = "N", description = "the slide (from 1): required for --png and --mp4")
        Integer slide;

        @Option(
                names = "--steps",
                paramLabel = "N",
                description = "playback: how many steps (frames) across the slide's time window (default 60)")
        int steps = 60;

        @Option(
                names = "--window-days",
                paramLabel = "N",
                description = "playback: show a sliding window of N days at each step (default: cumulative)")
        Integer windowDays;

        @Option(names = "--fps", paramLabel = "N", description = "playback: frames a second (default 4)")
        double fps = 4;

        @Mixin
        OutputOptions output;

        @Override
        void run(Briefings briefings, PrintWriter out) {
            throw new UnsupportedOperationException("export needs the store itself");
        }

        @Override
        public Integer call() throws Exception {
            try (PictureStore store = PictureStore.open(picture)) {
                Briefing b = new Briefings(store).load(briefing);
                BriefingExport export = new BriefingExport(store, RenderCommand.mapsFolder(), Instant.now());
                Path written = write(store, b, export);
                spec.commandLine().getOut().println("wrote " + written);
            }
            return 0;
        }

        private Path write(PictureStore store, Briefing b, BriefingExport export) throws Exception {
            OutputOptions.Target t = output.target;
            try {
                if (t.pdf != null) {
                    return export.pdf(
                            b,
                            slide == null ? 0 : slide,
                            output.audience,
                            null,
                            output.pdfPaper(),
                            t.pdf,
                            ExportProgress.NONE);
                }
                if (slide == null) {
                    throw new CommandFailure((t.png != null ? "--png" : "--mp4") + " needs --slide N");
                }
                if (t.png != null) {
                    return export.png(b, slide, output.audience, null, output.pngPage(), t.png, ExportProgress.NONE);
                }
                PageSpec page = output.pngPage();
                if (page.paper() != null) {
                    throw new CommandFailure("a video is drawn in pixels: give --size, not --paper");
                }
                return export.playback(
                        b,
                        slide,
                        output.audience,
                        playback(store, b),
                        page.pixelWidth(),
                        page.pixelHeight(),
                        fps,
                        t.mp4,
                        ExportProgress.NONE);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage());
            }
        }

        // The slide's own window, the open ends closed by the picture's oldest and newest incidents, in equal steps.
        private Playback playback(PictureStore store, Briefing b) throws Exception {
            if (slide < 1 || slide > b.slides().size()) {
                throw new CommandFailure("briefing '" + b.name() + "' has "
                        + b.slides().size() + " slides, so there is no slide " + slide);
            }
            java.util.Optional<Instant> oldest = store.briefings().oldestIncident();
            java.util.Optional<Instant> newest = store.briefings().newestIncident();
            if (oldest.isEmpty() || newest.isEmpty()) {
                throw new CommandFailure("the picture has no incidents to play through");
            }
            TimeWindow.Period w = b.slides().get(slide - 1).time().resolve(newest.get());
            Instant from = w.from() != null ? w.from() : oldest.get().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
            Instant to = w.to() != null ? w.to() : newest.get().plus(Duration.ofMinutes(1));
            return Playback.ofSteps(from, to, steps, windowDays == null ? null : Duration.ofDays(windowDays));
        }
    }
}
