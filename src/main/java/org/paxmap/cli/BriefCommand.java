package org.paxmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.model.Layer;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap brief}: the briefings kept in a picture — list, show, create, and set the audience. (Export of a
 * briefing is a later subcommand.) An unknown picture, briefing or audience is one line on standard error and exit
 * code 1, the picture unchanged.
 */
@Command(
        name = "brief",
        description = "The briefings kept in a picture: ordered slides shown to an audience.",
        subcommands = {
            BriefCommand.ListBriefings.class,
            BriefCommand.Show.class,
            BriefCommand.Create.class,
            BriefCommand.SetAudience.class
        })
final class BriefCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: list, show, create or audience");
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
}
