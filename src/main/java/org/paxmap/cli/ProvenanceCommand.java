package org.paxmap.cli;

import static org.paxmap.text.OutsideText.visible;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.paxmap.interop.ForeignSourceText;
import org.paxmap.model.Feature;
import org.paxmap.store.ForeignSource;
import org.paxmap.store.PictureStore;
import org.paxmap.store.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paxmap provenance}: where a feature came from — the foreign file an import brought it from, the bundles and
 * signers of its versions, or made here.
 */
@Command(
        name = "provenance",
        description = {
            "Where a feature came from: the foreign file it was imported from (format, file, source id),",
            "and each version a bundle brought (bundle, signer, import time)."
        })
final class ProvenanceCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "the feature id")
    UUID id;

    @Mixin
    BundleCommand.PictureOption picture;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (PictureStore store = PictureStore.open(picture.picture)) {
            Optional<Feature> feature = store.find(id);
            List<Provenance> history = store.provenance(id);
            if (feature.isEmpty() && history.isEmpty()) {
                throw new CommandFailure("no feature " + id + " in " + picture.picture);
            }
            if (feature.isPresent()) {
                Feature f = feature.get();
                out.println(
                        BundleReport.feature(f) + ": origin " + visible(f.sync().origin()) + ", version "
                                + visible(f.sync().versions()) + ", last modified "
                                + f.sync().modifiedAt() + " by "
                                + visible(f.sync().modifiedBy()) + (f.sync().deleted() ? " (deleted)" : ""));
            }
            Optional<ForeignSource> source = store.foreignSource(id);
            if (source.isPresent()) {
                out.println("source: " + visible(ForeignSourceText.describe(source.get())) + ", imported "
                        + source.get().importedAt());
            }
            if (history.isEmpty()) {
                boolean here = feature.get().sync().origin().equals(store.nodeId());
                out.println(
                        here
                                ? "created here (node " + store.nodeId() + "); no bundle brought it"
                                : "no bundle brought it: it entered this picture from a file");
            }
            for (Provenance p : history) {
                out.println("  version " + visible(p.versions()) + ": bundle " + visible(p.bundleId()) + " signed by "
                        + visible(p.signerNode()) + " (key " + visible(p.signerKeyId()) + "), imported "
                        + p.importedAt() + ", " + p.outcome() + (p.note().isEmpty() ? "" : " — " + visible(p.note())));
            }
        }
        return 0;
    }
}
