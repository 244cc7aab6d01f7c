package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.paxmap.cli.CliRun.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.exchange.BundleImport;
import org.paxmap.bundle.exchange.ExchangeException;
import org.paxmap.bundle.exchange.ExchangeRefusal;
import org.paxmap.bundle.format.BundleRequest;
import org.paxmap.bundle.format.BundleWriter;
import org.paxmap.bundle.format.LayerFile;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.format.SenderIdentity;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.PlotFeatures;

/**
 * Import honours the channel: FRA-HQ signs (with its real key) a bundle labelled NATO SECRET // REL TO FRA, ITA —
 * releasable to ITA by its label — but the channel between the two carries at most NATO RESTRICTED, so ITA-BN refuses
 * it through {@link BundleImport} and through {@code bundle import}, with one line naming the channel, and its picture
 * is unchanged row for row. The same bundle at NATO RESTRICTED imports.
 */
class ChannelImportTest {
    /** A bundle from FRA-HQ to ITA-BN carrying one incident labelled {@code classification} under NATO. */
    private static Path natoBundle(CliNodes nodes, String classification, String folder) throws Exception {
        ReleaseLabel label = new ReleaseLabel("NATO", classification, List.of("FRA", "ITA"), List.of(), "FRA");
        try (PictureStore fra = PictureStore.open(nodes.fra())) {
            NodeIdentity me = LocalIdentity.require(fra);
            SenderIdentity sender = new SenderIdentity(
                    me.nodeId(),
                    me.name(),
                    me.organisation(),
                    me.kid(),
                    CliNodes.key(nodes.fra()),
                    me.key().toPublicKey());
            BundleRequest request = new BundleRequest(
                    List.of("ITA-BN"),
                    Map.of("ITA-BN", new Manifest.StreamPosition(1, null)),
                    new Manifest.Sync(Manifest.SyncMode.FULL, Map.of()),
                    label);
            LayerFile incidents = LayerFile.of(
                    Layer.INCIDENTS, fra.saveAll(List.of(PlotFeatures.incident("FRA-HQ", "Agent report", label))));
            return new BundleWriter(sender)
                    .writeInto(
                            java.nio.file.Files.createDirectories(nodes.stick().resolve(folder)),
                            request,
                            List.of(incidents))
                    .file();
        }
    }

    @Test
    void aBundleLabelledAboveTheChannelToItsSenderIsRefused(@TempDir Path dir) throws Exception {
        CliNodes nodes = CliNodes.create(dir, false);
        Path secret = natoBundle(nodes, "NATO SECRET", "secret");
        String before = StoreChecksum.of(nodes.ita());

        try (PictureStore ita = PictureStore.open(nodes.ita())) {
            ExchangeException e = assertThrows(ExchangeException.class, () -> new BundleImport(ita).preview(secret));
            assertEquals(ExchangeRefusal.OVER_RELEASE, e.kind());
            assertThat(e.getMessage())
                    .contains("NATO SECRET is above NATO RESTRICTED, the most the channel to partner FRA-HQ may carry")
                    .contains("nothing was imported");
        }
        CliRun cli = run(
                "bundle", "import", secret.toString(), "--picture", nodes.ita().toString());
        assertEquals(1, cli.exit(), cli.out());
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err())
                .contains(secret.getFileName().toString())
                .contains("NATO SECRET is above NATO RESTRICTED, the most the channel to partner FRA-HQ may carry");
        assertEquals(before, StoreChecksum.of(nodes.ita()), "the picture is unchanged");

        Path restricted = natoBundle(nodes, "NATO RESTRICTED", "restricted");
        CliRun fine = run(
                "bundle",
                "import",
                restricted.toString(),
                "--picture",
                nodes.ita().toString());
        assertEquals(0, fine.exit(), fine.out() + fine.err());
        assertThat(fine.out()).contains("1 features written");
    }
}
