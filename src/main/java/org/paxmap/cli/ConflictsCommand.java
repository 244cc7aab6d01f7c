package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.paxmap.bundle.sync.Resolution;
import org.paxmap.bundle.sync.SyncEngine;
import org.paxmap.bundle.sync.SyncRefusedException;
import org.paxmap.model.Feature;
import org.paxmap.store.Conflict;
import org.paxmap.store.PictureStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paxmap conflicts}: the features an import left in conflict — list them, settle them (mine or theirs). */
@Command(
        name = "conflicts",
        description = "Conflicting versions left by bundle imports: list them, keep mine or theirs.",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class})
final class ConflictsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: list or resolve");
    }

    @Command(
            name = "list",
            description = "One line per version kept aside: feature id, layer, name, whose version is aside, the"
                    + " bundle, the reason.")
    static final class ListConflicts implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        BundleCommand.PictureOption picture;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (PictureStore store = PictureStore.open(picture.picture)) {
                List<Conflict> conflicts = store.conflicts();
                if (conflicts.isEmpty()) {
                    out.println("no conflicts");
                }
                for (Conflict c : conflicts) {
                    Feature shown = store.find(c.aside().id()).orElse(c.aside());
                    out.println(c.aside().id() + "\t" + BundleReport.layer(shown.layer()) + "\t" + visible(shown.name())
                            + "\t" + (c.asideIsLocal() ? "mine aside, theirs shown" : "theirs aside, mine shown")
                            + "\tbundle " + visible(c.bundleId()) + "\t" + visible(c.reason()));
                }
            }
            return 0;
        }
    }

    @Command(
            name = "resolve",
            description = "Settle a conflict: keep this node's version (--mine) or the partner's (--theirs). The"
                    + " result is a new version that the partner's next import takes.")
    static final class Resolve implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "the feature id (paxmap conflicts list)")
        UUID id;

        @Mixin
        BundleCommand.PictureOption picture;

        @ArgGroup(multiplicity = "1")
        Side side;

        /** Exactly one of --mine and --theirs. */
        static final class Side {
            @Option(names = "--mine", required = true, description = "keep this node's version")
            boolean mine;

            @Option(names = "--theirs", required = true, description = "keep the partner's version")
            boolean theirs;
        }

        @Override
        public Integer call() throws Exception {
            try (PictureStore store = PictureStore.open(picture.picture)) {
                Feature written;
                try {
                    written = new SyncEngine(store).resolve(id, side.mine ? Resolution.mine() : Resolution.theirs());
                } catch (SyncRefusedException e) {
                    throw new CommandFailure(e.getMessage());
                }
                spec.commandLine()
                        .getOut()
                        .println("resolved " + BundleReport.feature(written) + ": kept "
                                + (side.mine ? "mine" : "theirs") + ", new version "
                                + written.sync().versions() + (written.sync().deleted() ? " (deleted)" : ""));
            }
            return 0;
        }
    }
}
