package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.Bundle;
import org.paxmap.bundle.format.BundleRequest;
import org.paxmap.bundle.format.BundleWriter;
import org.paxmap.bundle.format.LayerFile;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.Resolution;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.bundle.sync.SyncEngine;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.Conflict;
import org.paxmap.store.StoreChecksum;

/**
 * The exchange acceptance criteria that concern what an import does to a picture, each through real signed bundle
 * files between real nodes: addressing, replay, stale bundles, tombstones, over-release, release filtering, and a
 * conflict that both nodes show alike and that one resolution clears on both.
 */
@Tag("slow")
class ExchangeAcceptanceTest {
    private static final ReleaseLabel OPEN = ReleaseLabel.exercise("FRA");

    @TempDir
    Path dir;

    ExchangeNode fra;
    ExchangeNode ita;
    Path stick;

    @BeforeEach
    void nodes() throws Exception {
        fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
        ita = new ExchangeNode(dir.resolve("ita.gpkg"), "ITA-BN", "ITA");
        ExchangeNode.pair(fra, ita);
        stick = Files.createDirectories(dir.resolve("stick"));
        ita.store.saveAll(List.of(ita.incident("ITA patrol report", ReleaseLabel.exercise("ITA"))));
    }

    @AfterEach
    void close() {
        fra.close();
        ita.close();
    }

    private String checksum(ExchangeNode node) throws Exception {
        return StoreChecksum.of(node.store.file());
    }

    private Incident fraIncident(String title) throws Exception {
        return (Incident) fra.store.saveAll(List.of(fra.incident(title, OPEN))).get(0);
    }

    private Path fraSends() throws Exception {
        return fra.send(ita, stick, Manifest.SyncMode.INCREMENTAL);
    }

    @Test
    void aGenuineBundleAddressedToAnotherNodeIsRefused() throws Exception {
        ExchangeNode deu = new ExchangeNode(dir.resolve("deu.gpkg"), "DEU-KOM", "DEU");
        try {
            ExchangeNode.pair(fra, deu);
            fraIncident("For DEU");
            Path toDeu = fra.send(deu, stick, Manifest.SyncMode.FULL);
            String before = checksum(ita);
            BundleImport importer = new BundleImport(ita.store);
            ExchangeException e = assertThrows(ExchangeException.class, () -> importer.preview(toDeu));
            assertEquals(ExchangeRefusal.NOT_ADDRESSED_TO_US, e.kind());
            assertThat(e.getMessage())
                    .contains(toDeu.getFileName().toString())
                    .contains("DEU-KOM")
                    .contains("ITA-BN");
            assertEquals(before, checksum(ita));
            assertEquals(1, deu.receive(toDeu).applied().written(), "the same file is good for its recipient");
        } finally {
            deu.close();
        }
    }

    @Test
    void aReplayChangesNothingAndIsNotAnError() throws Exception {
        Incident ied = fraIncident("Device at Naqoura");
        Path bundle = fraSends();
        ita.receive(bundle);
        ita.retitle(
                ita.store.fullExport().features().stream()
                        .filter(f -> !f.id().equals(ied.id()))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                "ITA patrol report, amended"); // a later local edit must survive the replay
        String before = checksum(ita);
        ImportResult replay = ita.receive(bundle);
        assertTrue(replay.applied().alreadyImported());
        assertEquals(0, replay.applied().written());
        assertEquals(before, checksum(ita), "a replay writes nothing at all");
    }

    @Test
    void anOldBundleAfterNewerEditsRollsNothingBack() throws Exception {
        Incident ied = fraIncident("Device at Naqoura");
        Path first = fraSends();
        Incident cleared = fra.retitle(ied.id(), "Device at Naqoura, cleared");
        Path second = fraSends();

        ita.receive(second);
        Feature newer = ita.find(ied.id());
        assertEquals("Device at Naqoura, cleared", newer.name());

        ImportResult late = ita.receive(first);
        assertEquals(1, late.preview().count(SyncClass.STALE));
        assertEquals(0, late.applied().written());
        assertThat(late.preview().warnings()).anyMatch(w -> w.contains("arrives after bundle 2"));
        assertEquals(newer, ita.find(ied.id()));
        assertEquals(cleared.sync().versions(), ita.find(ied.id()).sync().versions());
    }

    @Test
    void aTombstoneFollowedByTheOldCreateStaysDeleted() throws Exception {
        Incident ied = fraIncident("Device at Naqoura");
        Path create = fraSends();
        fra.store.delete(ied.id());
        Path delete = fraSends();

        ImportResult tombstone = ita.receive(delete);
        assertEquals(1, tombstone.preview().count(SyncClass.NEW), "the tombstone of a feature never seen is kept");
        assertTrue(ita.find(ied.id()).sync().deleted());

        ImportResult old = ita.receive(create);
        assertEquals(1, old.preview().count(SyncClass.STALE));
        Feature after = ita.find(ied.id());
        assertTrue(after.sync().deleted(), "the old create did not resurrect the feature");
        assertThat(ita.store.incidents(org.paxmap.store.FeatureQuery.all())).noneMatch(i -> i.id().equals(ied.id()));
    }

    @Test
    void aFeatureNotReleasableToTheImporterRefusesTheWholeBundle() throws Exception {
        ReleaseLabel relFraDeu = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "DEU"), List.of(), "FRA");
        ReleaseLabel relAll =
                new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("DEU", "FRA", "ITA"), List.of(), "FRA");
        Incident fine = (Incident)
                fra.store.saveAll(List.of(fra.incident("For ITA", relAll))).get(0);
        Incident secret = (Incident) fra.store
                .saveAll(List.of(fra.incident("FRA/DEU only", relFraDeu)))
                .get(0);
        // genuinely signed by FRA, but written past the export's release filter
        BundleRequest request = new BundleRequest(
                List.of("ITA-BN"),
                Map.of("ITA-BN", new Manifest.StreamPosition(1, null)),
                new Manifest.Sync(Manifest.SyncMode.FULL, Map.of()),
                relAll);
        Bundle bundle = new BundleWriter(fra.sender())
                .writeInto(stick, request, List.of(LayerFile.of(Layer.INCIDENTS, List.of(fine, secret))));

        String before = checksum(ita);
        BundleImport importer = new BundleImport(ita.store);
        ExchangeException e = assertThrows(ExchangeException.class, () -> importer.preview(bundle.file()));
        assertEquals(ExchangeRefusal.OVER_RELEASE, e.kind());
        assertThat(e.getMessage())
                .contains(bundle.file().getFileName().toString())
                .contains(secret.id().toString())
                .contains("REL TO FRA, DEU")
                .doesNotContain(fine.id().toString());
        assertEquals(before, checksum(ita));
        assertTrue(ita.store.find(fine.id()).isEmpty(), "the releasable feature did not come in either");
    }

    @Test
    void theReleaseFilterKeepsAFeatureOutOfTheBundleFileAndThePlanSaysWhy() throws Exception {
        ReleaseLabel relFraDeu = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "DEU"), List.of(), "FRA");
        ReleaseLabel relIta = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "ITA"), List.of(), "FRA");
        Incident secret = (Incident) fra.store
                .saveAll(List.of(fra.incident("FRA/DEU only", relFraDeu)))
                .get(0);
        fra.store.saveAll(List.of(fra.incident("For ITA too", relIta)));
        BundleExport export = new BundleExport(fra.store);
        ExportPlan plan = export.plan("ITA-BN", Manifest.SyncMode.FULL);
        assertEquals(1, plan.withheld().size());
        Withheld w = plan.withheld().get(0);
        assertEquals(secret.id(), w.feature().id());
        assertThat(w.describe())
                .contains("FRA/DEU only")
                .contains("REL TO FRA, DEU")
                .contains("ITA");
        ExportResult written = export.write(plan, fra.key, stick, BundleSealing.PLAIN);
        byte[] zip = Files.readAllBytes(written.file());
        Bundle read = new BundleImport(ita.store).preview(written.file()).bundle();
        for (Manifest.Content c : read.manifest().contents()) {
            String text = new String(read.fileBytes(c.path()), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(text.contains(secret.id().toString()), c.path() + " does not carry the withheld feature");
            assertFalse(text.contains("FRA/DEU only"), c.path());
        }
        assertTrue(zip.length > 0);
        assertEquals(1, read.allFeatures().size());
    }

    @Test
    void concurrentEditsConflictAlikeOnBothNodesAndOneResolutionClearsBoth() throws Exception {
        Incident ied = fraIncident("Device");
        ita.receive(fraSends());
        fra.receive(ita.send(fra, stick, Manifest.SyncMode.INCREMENTAL)); // acknowledgements flow

        fra.store.proposals().setEditRight("ITA-BN", true); // one team: a concurrent edit is a conflict, not a proposal
        fra.retitle(ied.id(), "Device A (FRA)");
        ita.retitle(ied.id(), "Device B (ITA)");
        Path fromFra = fraSends();
        Path fromIta = ita.send(fra, stick, Manifest.SyncMode.INCREMENTAL);
        ImportResult atIta = ita.receive(fromFra);
        ImportResult atFra = fra.receive(fromIta);
        assertEquals(1, atIta.preview().count(SyncClass.CONFLICT));
        assertEquals(1, atFra.preview().count(SyncClass.CONFLICT));

        assertTrue(fra.store.inConflict(ied.id()) && ita.store.inConflict(ied.id()), "both flag it");
        assertEquals(fra.find(ied.id()), ita.find(ied.id()), "both show the same provisional winner");
        assertEquals(
                fra.find(ied.id()).sync().versions(), ita.find(ied.id()).sync().versions());
        List<Conflict> fraConflicts = fra.store.conflicts();
        List<Conflict> itaConflicts = ita.store.conflicts();
        assertEquals(1, fraConflicts.size());
        assertEquals(1, itaConflicts.size());
        assertEquals(fraConflicts.get(0).winnerVersions(), itaConflicts.get(0).winnerVersions());
        assertEquals(
                fraConflicts.get(0).aside().sync().versions(),
                itaConflicts.get(0).aside().sync().versions(),
                "both keep the same loser aside");

        Feature resolved = new SyncEngine(fra.store).resolve(ied.id(), Resolution.mine());
        assertFalse(fra.store.inConflict(ied.id()));
        ImportResult resolution = ita.receive(fraSends());
        assertEquals(1, resolution.preview().count(SyncClass.UPDATE), "the resolution dominates both versions");
        assertFalse(ita.store.inConflict(ied.id()), "cleared on the partner by one more exchange");
        assertThat(ita.store.conflicts()).isEmpty();
        assertThat(fra.store.conflicts()).isEmpty();
        assertEquals(resolved.name(), ita.find(ied.id()).name());
        assertEquals(fra.find(ied.id()), ita.find(ied.id()));

        ImportResult back = fra.receive(ita.send(fra, stick, Manifest.SyncMode.INCREMENTAL));
        assertEquals(0, back.preview().count(SyncClass.CONFLICT), "nothing reopens on the way back");
        assertFalse(fra.store.inConflict(ied.id()));
    }
}
