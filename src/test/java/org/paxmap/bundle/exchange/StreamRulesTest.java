package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.paxmap.bundle.format.BundleException;
import org.paxmap.bundle.format.BundleRefusal;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.trust.TrustList;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HostileBundle;

/**
 * A stream is a stream: bundles re-signed with the trusted sender's real key that break the sender's stream to this
 * node are refused for their precise reason with the picture unchanged row for row — a second, different bundle with
 * a sequence number already used (equivocation), a bundle whose "previous manifest" is not the one imported here
 * (equivocation), an imported bundle under a new id (replay), a bundle from a partner that is suspended — and an
 * acknowledgement of a bundle this picture never sent is ignored with a warning and does not move the export cursor.
 */
@Tag("slow")
class StreamRulesTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    ExchangePair nodes;
    ExchangeNode fra;
    ExchangeNode ita;
    /** FRA's first bundle to ITA, imported by ITA. */
    Path first;

    @BeforeEach
    void itaImportedFrasFirstBundle() throws Exception {
        nodes = ExchangePair.create(dir);
        fra = nodes.fra();
        ita = nodes.ita();
        fra.store.saveAll(List.of(fra.incident("Device at Naqoura", ReleaseLabel.exercise("FRA"))));
        first = fra.send(ita, nodes.stick(), Manifest.SyncMode.INCREMENTAL);
        ita.receive(first);
    }

    @AfterEach
    void close() {
        nodes.close();
    }

    /** {@code genuine} with its manifest changed by {@code change}, re-signed with FRA-HQ's real key. */
    private Path resigned(Path genuine, UnaryOperator<Manifest> change, String name) throws Exception {
        return HostileBundle.of(genuine)
                .resign(change, fra.identity.kid(), fra.key)
                .write(dir.resolve(name));
    }

    /** Imports {@code file} into ITA, expects {@code kind}, and checks that ITA's picture is unchanged. */
    private ExchangeException refused(Path file, ExchangeRefusal kind, String... mentions) throws Exception {
        String before = StoreChecksum.of(ita.store.file());
        ExchangeException e = assertThrows(ExchangeException.class, () -> ita.receive(file));
        assertEquals(kind, e.kind(), e.getMessage());
        assertThat(e.getMessage())
                .startsWith(file.toString())
                .contains(mentions)
                .contains("nothing was imported");
        assertEquals(before, StoreChecksum.of(ita.store.file()), "the picture is unchanged");
        return e;
    }

    @Test
    void aSecondDifferentBundleWithTheSameSequenceNumberIsEquivocation() throws Exception {
        HostileBundle b = HostileBundle.of(first);
        String incidents = b.text("data/incidents.geojson").replace("Device at Naqoura", "Nothing at Naqoura");
        b.replaceSigned(
                "data/incidents.geojson", incidents.getBytes(StandardCharsets.UTF_8), fra.identity.kid(), fra.key);
        b.resign(m -> HostileBundle.bundleId(m, UUID.randomUUID()), fra.identity.kid(), fra.key);
        Path other = b.write(dir.resolve("other-1.paxb"));
        refused(other, ExchangeRefusal.EQUIVOCATION, "FRA-HQ made two different bundles 1", "sequence number 1");
        assertEquals(
                "Device at Naqoura",
                ita.store.fullExport().features().stream()
                        .filter(f -> f.sync().origin().equals("FRA-HQ"))
                        .findFirst()
                        .orElseThrow()
                        .name());
    }

    @Test
    void aBundleThatFollowsAnotherBundleThanTheOneImportedHereIsEquivocation() throws Exception {
        fra.store.saveAll(List.of(fra.incident("Second device", ReleaseLabel.exercise("FRA"))));
        Path second = fra.send(ita, nodes.stick(), Manifest.SyncMode.INCREMENTAL);
        Path forked = resigned(
                second,
                m -> HostileBundle.stream(m, Map.of("ITA-BN", new Manifest.StreamPosition(2, "ab".repeat(32)))),
                "forked-2.paxb");
        refused(forked, ExchangeRefusal.EQUIVOCATION, "follows a bundle 1 other than the one imported here");
        ita.receive(second); // the genuine bundle 2 still imports
    }

    @Test
    void anImportedBundleUnderANewIdIsAReplay() throws Exception {
        Path again = resigned(first, m -> HostileBundle.bundleId(m, UUID.randomUUID()), "again.paxb");
        refused(again, ExchangeRefusal.REPLAY, "replay: this is bundle 1 from FRA-HQ");
    }

    @Test
    void anAcknowledgementOfABundleNeverSentIsIgnoredWithAWarning() throws Exception {
        Path back = ita.send(fra, nodes.stick(), Manifest.SyncMode.INCREMENTAL); // acknowledges FRA's bundle 1
        Manifest.Acknowledgement genuine =
                HostileBundle.of(back).manifest().sync().acknowledgements().get("FRA-HQ");
        Path bogus = HostileBundle.of(back)
                .resign(
                        m -> HostileBundle.sync(
                                m,
                                new Manifest.Sync(
                                        m.sync().mode(),
                                        Map.of("FRA-HQ", new Manifest.Acknowledgement(1, UUID.randomUUID())))),
                        ita.identity.kid(),
                        ita.key)
                .write(dir.resolve("bogus-ack.paxb"));
        long cursor = fra.store.acknowledgedPosition("ITA-BN");
        ImportResult result = fra.receive(bogus);
        assertThat(result.preview().warnings())
                .anyMatch(w -> w.contains("ITA-BN acknowledges our bundle 1")
                        && w.contains("which this picture never sent to it; the acknowledgement is ignored"));
        assertEquals(cursor, result.acknowledgedPosition(), "the export cursor did not move");
        assertEquals(cursor, fra.store.acknowledgedPosition("ITA-BN"));
        assertEquals(1, genuine.sequence());
    }

    @Test
    void aBundleFromASuspendedPartnerIsRefusedAsSuch() throws Exception {
        fra.store.saveAll(List.of(fra.incident("Second device", ReleaseLabel.exercise("FRA"))));
        Path second = fra.send(ita, nodes.stick(), Manifest.SyncMode.INCREMENTAL);
        new TrustList(ita.store).suspend("FRA-HQ");
        String before = StoreChecksum.of(ita.store.file());
        Executable importing = () -> ita.receive(second);
        BundleException e = assertThrows(BundleException.class, importing);
        assertEquals(BundleRefusal.SIGNER_SUSPENDED, e.kind(), e.getMessage());
        assertThat(e.getMessage())
                .contains("the bundle is from a suspended partner: FRA-HQ")
                .doesNotContain("not in the trust list");
        assertEquals(before, StoreChecksum.of(ita.store.file()));
    }
}
