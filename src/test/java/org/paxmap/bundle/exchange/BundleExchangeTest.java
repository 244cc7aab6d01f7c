package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.bundle.sync.SyncClass;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.ThreatZone;

/** Two real nodes exchanging real signed bundles through a folder standing for a USB stick. */
@Tag("slow")
class BundleExchangeTest {
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
    }

    @AfterEach
    void close() {
        fra.close();
        ita.close();
    }

    @Test
    void aRoundTripThroughBundlesLeavesBothNodesWithTheSameFeaturesAndVersions() throws Exception {
        ReleaseLabel open = ReleaseLabel.exercise("FRA");
        Incident ied = (Incident) fra.store
                .saveAll(List.of(fra.incident("Device at Naqoura", open)))
                .get(0);
        ThreatZone zone = (ThreatZone)
                fra.store.saveAll(List.of(fra.zone("Minefield Alpha", open))).get(0);

        Path first = fra.send(ita, stick, Manifest.SyncMode.INCREMENTAL);
        BundleImport importer = new BundleImport(ita.store);
        ImportPreview preview = importer.preview(first);
        assertEquals(2, preview.count(SyncClass.NEW));
        assertEquals("FRA-HQ", preview.signer().nodeId());
        assertThat(preview.warnings()).isEmpty();
        assertThat(ita.store.find(ied.id())).as("a preview writes nothing").isEmpty();
        importer.apply(preview);
        assertEquals(fra.find(ied.id()), ita.find(ied.id()));

        ThreatZone renamed = org.paxmap.testing.PlotFeatures.named((ThreatZone) ita.find(zone.id()), "Minefield Bravo");
        ita.store.saveAll(List.of(renamed));
        fra.store.proposals().setEditRight("ITA-BN", true); // one team: ITA-BN's edits of FRA-HQ's features apply
        ImportResult back = fra.receive(ita.send(fra, stick, Manifest.SyncMode.INCREMENTAL));
        assertEquals(1, back.preview().count(SyncClass.UPDATE));
        assertThat(back.acknowledgedPosition())
                .as("ITA acknowledged FRA's first bundle")
                .isPositive();

        for (var id : List.of(ied.id(), zone.id())) {
            assertEquals(ita.find(id), fra.find(id));
            assertEquals(ita.find(id).sync().versions(), fra.find(id).sync().versions());
        }
        assertEquals("Minefield Bravo", fra.find(zone.id()).name());

        ImportResult replay = ita.receive(first);
        assertThat(replay.applied().alreadyImported()).isTrue();
        assertEquals(0, replay.applied().written());
    }

    @Test
    void aFeatureNotReleasableToThePartnerStaysHomeAndTheReportSaysWhy() throws Exception {
        ReleaseLabel relFraDeu = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "DEU"), List.of(), "FRA");
        ReleaseLabel relIta = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "ITA"), List.of(), "FRA");
        Incident secret = (Incident) fra.store
                .saveAll(List.of(fra.incident("FRA/DEU only", relFraDeu)))
                .get(0);
        Incident shared = (Incident)
                fra.store.saveAll(List.of(fra.incident("For ITA too", relIta))).get(0);

        ExportPlan plan = new BundleExport(fra.store).plan("ITA-BN", Manifest.SyncMode.FULL);
        assertThat(plan.included()).extracting(f -> f.id()).containsExactly(shared.id());
        assertThat(plan.withheld()).hasSize(1);
        assertThat(plan.withheld().get(0).feature().id()).isEqualTo(secret.id());
        assertThat(plan.withheld().get(0).describe()).contains("FRA/DEU only").contains("REL TO FRA, DEU");

        ita.receive(fra.send(ita, stick, Manifest.SyncMode.FULL));
        assertThat(ita.store.find(secret.id())).isEmpty();
        assertThat(ita.store.find(shared.id())).isPresent();
    }

    @Test
    void theUserChoosesWhichReleasePolicyTheBundleCarries() throws Exception {
        ReleaseLabel exercise = ReleaseLabel.exercise("FRA");
        ReleaseLabel nato = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "ITA"), List.of(), "FRA");
        fra.store.saveAll(List.of(
                fra.incident("Exercise one", exercise),
                fra.incident("Exercise two", exercise),
                fra.incident("NATO only", nato)));
        BundleExport export = new BundleExport(fra.store);

        ExportPlan automatic = export.plan("ITA-BN", Manifest.SyncMode.FULL);
        assertEquals("EXERCISE", automatic.label().policy(), "by default the policy with the most features");
        assertThat(automatic.releasableByPolicy()).containsEntry("EXERCISE", 2).containsEntry("NATO", 1);

        ExportPlan chosen = export.plan("ITA-BN", Manifest.SyncMode.FULL, "NATO");
        assertEquals("NATO", chosen.label().policy());
        assertThat(chosen.included()).extracting(f -> f.name()).containsExactly("NATO only");
        assertThat(chosen.withheldByReason())
                .containsExactly(java.util.Map.entry(
                        "policy EXERCISE travels in a bundle of its own; this bundle carries NATO", 2L));

        ExchangeException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                ExchangeException.class, () -> export.plan("ITA-BN", Manifest.SyncMode.FULL, "OTAN"));
        assertEquals(ExchangeRefusal.UNKNOWN_POLICY, unknown.kind());
        assertThat(unknown.getMessage()).contains("No release policy OTAN").contains("EXERCISE, NATO, UN");
    }
}
