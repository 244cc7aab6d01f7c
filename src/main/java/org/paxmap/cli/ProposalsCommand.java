package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paxmap.bundle.sync.ProposalRule;
import org.paxmap.bundle.sync.SyncEngine;
import org.paxmap.bundle.sync.SyncRefusedException;
import org.paxmap.model.Feature;
import org.paxmap.store.PictureStore;
import org.paxmap.store.Proposal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap proposals}: partners' edits and deletions of features they may not change directly — list them,
 * accept or reject one. Text from the bundle (names, node ids) is printed through {@link
 * org.paxmap.text.OutsideText#visible}.
 */
@Command(
        name = "proposals",
        description = "Partners' edits and deletions of our features (and of third parties' features, and any deletion"
                + " of a threat zone), recorded by imports and never applied until a person accepts them.",
        subcommands = {ProposalsCommand.ListProposals.class})
final class ProposalsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a subcommand is required: list, accept or reject");
    }

    @Command(name = "list", description = "The open proposals: number, feature, in words, the bundle and when.")
    static final class ListProposals implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture")
        Path picture;

        @Option(names = "--all", description = "also the proposals already accepted or rejected")
        boolean all;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (PictureStore store = PictureStore.open(picture)) {
                List<Proposal> proposals =
                        all ? store.proposals().all() : store.proposals().open();
                if (proposals.isEmpty()) {
                    out.println(all ? "no proposals" : "no open proposals");
                }
                for (Proposal p : proposals) {
                    Feature held = store.find(p.proposed().id()).orElse(p.proposed());
                    out.println(p.id() + "\t" + p.status().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                            + BundleReport.feature(held) + "\t"
                            + visible(ProposalRule.words(p.proposed(), held, store.nodeId(), p.proposer()))
                            + "\tversion "
                            + visible(p.proposed().sync().versions().toString()) + "\tbundle " + visible(p.bundleId())
                            + "\treceived " + p.receivedAt());
                }
            }
            return 0;
        }
    }

    @Command(
            name = "accept",
            description = "Accept a proposal: its content (or deletion) becomes a new version of ours, which the next"
                    + " bundle to every partner carries.")
    int accept(
            @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture") Path picture,
            @Parameters(index = "1", paramLabel = "ID", description = "the proposal's number") long id)
            throws Exception {
        return decide(picture, id, true);
    }

    @Command(
            name = "reject",
            description = "Reject a proposal: our version stays and is written again as a newer version, which the"
                    + " next bundle to the proposer carries, so both pictures agree.")
    int reject(
            @Parameters(index = "0", paramLabel = "PICTURE", description = "the picture") Path picture,
            @Parameters(index = "1", paramLabel = "ID", description = "the proposal's number") long id)
            throws Exception {
        return decide(picture, id, false);
    }

    private int decide(Path picture, long id, boolean accept) throws Exception {
        try (PictureStore store = PictureStore.open(picture)) {
            Feature written;
            try {
                written = new SyncEngine(store).decide(id, accept);
            } catch (SyncRefusedException e) {
                throw new CommandFailure(e.getMessage());
            }
            String proposer = visible(store.proposals().byId(id).orElseThrow().proposer());
            spec.commandLine()
                    .getOut()
                    .println((accept ? "accepted" : "rejected") + " proposal " + id + " of " + proposer + ": "
                            + BundleReport.feature(written) + " is now version "
                            + written.sync().versions()
                            + (written.sync().deleted() ? " (deleted)" : "") + "; the next bundle to " + proposer
                            + " carries it");
        }
        return 0;
    }
}
