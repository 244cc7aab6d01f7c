package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.StoreChecksum;
import org.paxmap.testing.HostileBundle;
import org.paxmap.testing.PlotFeatures;

/**
 * Forged counters: a bundle from a trusted partner (re-signed with its real key) that claims a version counter of this
 * node above what this node ever issued for the feature is refused as a whole, with a message naming the feature and
 * the counter, and the picture is unchanged row for row. The same bundle with the genuine counter is not refused.
 */
@Tag("slow")
class ForgedCounterTest {
    private static final String ZONES = "data/zones.geojson";

    /** ITA-BN's minefield at version {ITA-BN=2}. */
    ThreatZone minefield;
    /** FRA's genuine bundle to ITA carrying its rename of ITA's minefield, version {FRA-HQ=1, ITA-BN=2}. */
    Path genuine;

    /** FRA-HQ and ITA-BN, partners, in a temporary folder of this test. */
    ExchangePair nodes;

    @BeforeEach
    void fraHoldsItasMinefieldAtVersionTwoAndRenamesIt(@TempDir Path dir) throws Exception {
        nodes = ExchangePair.create(dir);
        ExchangeNode ita = nodes.ita();
        ExchangeNode fra = nodes.fra();
        ThreatZone created = (ThreatZone) ita.store
                .saveAll(List.of(ita.zone("Minefield North", ReleaseLabel.exercise("ITA"))))
                .get(0);
        minefield = (ThreatZone) ita.store
                .saveAll(List.of(PlotFeatures.named(created, "Minefield North")))
                .get(0);
        assertEquals(2, minefield.sync().versions().get("ITA-BN"));
        fra.receive(ita.send(fra, nodes.stick(), Manifest.SyncMode.INCREMENTAL));
        ThreatZone held = (ThreatZone) fra.find(minefield.id());
        fra.store.saveAll(List.of(PlotFeatures.named(held, "CLEARED")));
        genuine = fra.send(ita, nodes.stick(), Manifest.SyncMode.INCREMENTAL);
    }

    @AfterEach
    void close() {
        nodes.close();
    }

    /** The genuine bundle with the zones file's text changed by {@code from → to}, re-signed by FRA-HQ's real key. */
    private Path forged(String from, String to) throws Exception {
        HostileBundle b = HostileBundle.of(genuine);
        String text = b.text(ZONES);
        String altered = text.replace(from, to);
        assertNotEquals(text, altered, text);
        return b.replaceSigned(
                        ZONES,
                        altered.getBytes(StandardCharsets.UTF_8),
                        nodes.fra().identity.kid(),
                        nodes.fra().key)
                .write(nodes.stick().resolve("forged.paxb"));
    }

    @Test
    void aCounterOfOursAboveWhatWeIssuedRefusesTheBundle() throws Exception {
        Path file = forged("\"ITA-BN\":2}", "\"ITA-BN\":3}");
        String before = StoreChecksum.of(nodes.ita().store.file());
        BundleImport importer = new BundleImport(nodes.ita().store);
        ImportPreview preview = importer.preview(file);
        assertEquals(1, preview.count(SyncClass.REFUSED), preview.plan().toString());
        ExchangeException e = assertThrows(ExchangeException.class, () -> importer.apply(preview));
        assertEquals(ExchangeRefusal.SYNC_REFUSED, e.kind());
        assertThat(e.getMessage())
                .startsWith(file.toString())
                .contains("feature 'Minefield North' (" + minefield.id() + ") claims ITA-BN version 3, but ITA-BN"
                        + " has issued only 2")
                .contains("Nothing was imported");
        assertEquals(before, StoreChecksum.of(nodes.ita().store.file()), "the picture is unchanged");
        assertEquals("Minefield North", nodes.ita().find(minefield.id()).name());
    }

    @Test
    void aCounterOfOursOnAFeatureWeNeverHeldRefusesTheBundle() throws Exception {
        // FRA's own new zone claiming that ITA-BN edited it: ITA never held it, so ITA issued nothing for it
        ThreatZone own = (ThreatZone) nodes.fra()
                .store
                .saveAll(List.of(nodes.fra().zone("Checkpoint zone", ReleaseLabel.exercise("FRA"))))
                .get(0);
        genuine = nodes.fra().send(nodes.ita(), nodes.stick(), Manifest.SyncMode.INCREMENTAL);
        Path file = forged("\"FRA-HQ\":1}", "\"FRA-HQ\":1,\"ITA-BN\":1}");
        String before = StoreChecksum.of(nodes.ita().store.file());
        BundleImport importer = new BundleImport(nodes.ita().store);
        ExchangeException e = assertThrows(ExchangeException.class, () -> importer.apply(importer.preview(file)));
        assertThat(e.getMessage())
                .contains("feature 'Checkpoint zone' (" + own.id() + ") claims ITA-BN version 1, but ITA-BN has"
                        + " issued none");
        assertEquals(before, StoreChecksum.of(nodes.ita().store.file()), "the picture is unchanged");
        assertThat(nodes.ita().store.find(own.id())).isEmpty();
    }

    @Test
    void theGenuineCounterIsNotAForgery() throws Exception {
        ImportPreview preview = new BundleImport(nodes.ita().store).preview(genuine);
        assertEquals(1, preview.plan().features().size());
        var f = preview.plan().features().get(0);
        assertNotEquals(SyncClass.REFUSED, f.kind(), f.reason());
    }
}
