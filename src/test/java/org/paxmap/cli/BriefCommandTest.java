package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.store.PictureStore;

/**
 * {@code paxmap brief} on a real picture: create, list, show and set the audience; unknown pictures, briefings and
 * audiences are one line on standard error, exit code 1, and change nothing.
 */
class BriefCommandTest {
    @TempDir
    Path dir;

    @Test
    void aStaffOfficerCreatesBriefingsListsThemShowsOneAndChangesItsAudience() throws Exception {
        Path ops = dir.resolve("ops.gpkg");
        CliRun.ok("init", ops.toString(), "--node", "FRA-HQ");
        assertThat(CliRun.ok("brief", "list", ops.toString()).out()).isEqualTo("no briefings\n");

        CliRun created = CliRun.ok(
                "brief",
                "create",
                ops.toString(),
                "--briefing",
                "Morning brief",
                "--audience",
                "ita",
                "--unit",
                "1 BDE");
        assertThat(created.out()).isEqualTo("created briefing 'Morning brief' for ITA\n");
        CliRun.ok("brief", "create", ops.toString(), "--briefing", "Staff only");
        try (PictureStore store = PictureStore.open(ops)) {
            Briefings briefings = new Briefings(store);
            Briefing morning = briefings.load("Morning brief");
            SlideView south = new SlideView(35.1, 33.05, 35.6, 33.35, 10.5);
            briefings.addSlide(morning.id(), 0, Slide.of("Overview", south));
            briefings.addSlide(
                    morning.id(),
                    1,
                    Slide.of("Route BLUE", south)
                            .withHoldSeconds(20)
                            .withGrid(true)
                            .withTime(TimeWindow.lastDays(7)));
            briefings.addSlide(
                    morning.id(),
                    2,
                    Slide.of("", south)
                            .withTime(TimeWindow.fixed(
                                    Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-08T00:00:00Z"))));
        }

        assertThat(CliRun.ok("brief", "list", ops.toString()).out())
                .isEqualTo("Morning brief\tITA\t3 slides\nStaff only\t(local use only)\t0 slides\n");
        String show = CliRun.ok("brief", "show", ops.toString(), "--briefing", "morning BRIEF")
                .out();
        assertThat(show)
                .startsWith("briefing: Morning brief\naudience: ITA\n")
                .contains("slides:   3\n1. Overview\n   view:   35.1000,33.0500 to 35.6000,33.3500 at zoom 10.50\n"
                        + "   time:   all times\n   hold:   until advanced\n   layers: incidents, routes, zones\n")
                .contains("2. Route BLUE\n")
                .contains("   time:   last 7 days up to the newest incident\n   hold:   20 s\n")
                .contains("; MGRS grid\n")
                .contains("3. (untitled)\n   view:")
                .contains("   time:   2026-11-01T00:00:00Z to 2026-11-08T00:00:00Z\n");
        assertThat(show.indexOf("1. Overview")).isLessThan(show.indexOf("2. Route BLUE"));

        assertThat(CliRun.ok("brief", "audience", ops.toString(), "--briefing", "Staff only", "--audience", "NATO")
                        .out())
                .isEqualTo("briefing 'Staff only' is now for NATO\n");
        assertThat(CliRun.ok("brief", "audience", ops.toString(), "--briefing", "Morning brief", "--none")
                        .out())
                .isEqualTo("briefing 'Morning brief' is now for (local use only)\n");
        assertThat(CliRun.ok("brief", "list", ops.toString()).out())
                .isEqualTo("Morning brief\t(local use only)\t3 slides\nStaff only\tNATO\t0 slides\n");
    }

    @Test
    void unknownPicturesBriefingsAndAudiencesAreOneLineAndChangeNothing() throws Exception {
        Path ops = dir.resolve("ops.gpkg");
        CliRun.ok("init", ops.toString(), "--node", "FRA-HQ");
        CliRun.ok("brief", "create", ops.toString(), "--briefing", "Morning brief");

        CliRun missing = CliRun.run("brief", "list", dir.resolve("nowhere.gpkg").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err())
                .startsWith("paxmap: ")
                .contains("nowhere.gpkg")
                .hasLineCount(1);
        assertThat(Files.exists(dir.resolve("nowhere.gpkg"))).isFalse();

        CliRun noBriefing = CliRun.run("brief", "show", ops.toString(), "--briefing", "Noon brief");
        assertThat(noBriefing.exit()).isEqualTo(1);
        assertThat(noBriefing.err())
                .isEqualTo("paxmap: no briefing 'Noon brief' in ops.gpkg; its briefings: Morning brief\n");

        CliRun noAudience =
                CliRun.run("brief", "audience", ops.toString(), "--briefing", "Morning brief", "--audience", "XYZ");
        assertThat(noAudience.exit()).isEqualTo(1);
        assertThat(noAudience.err())
                .startsWith("paxmap: no partner, nation or group 'XYZ' in the release policies of ops.gpkg; known:")
                .hasLineCount(1);
        CliRun badCreate = CliRun.run("brief", "create", ops.toString(), "--briefing", "Other", "--audience", "XYZ");
        assertThat(badCreate.exit()).isEqualTo(1);

        CliRun taken = CliRun.run("brief", "create", ops.toString(), "--briefing", "MORNING brief");
        assertThat(taken.exit()).isEqualTo(1);
        assertThat(taken.err())
                .contains("a briefing called 'Morning brief' already exists")
                .hasLineCount(1);

        CliRun both = CliRun.run(
                "brief", "audience", ops.toString(), "--briefing", "Morning brief", "--audience", "ITA", "--none");
        assertThat(both.exit()).as("--audience and --none exclude each other").isEqualTo(2);

        assertThat(CliRun.ok("brief", "list", ops.toString()).out())
                .as("nothing changed")
                .isEqualTo("Morning brief\t(local use only)\t0 slides\n");
    }
}
