package org.paxmap.bundle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Incident;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.VersionVector;
import org.paxmap.store.PictureStore;

/**
 * A third party's feature changes only by its origin's hand: ITA-BN holds DEU-CP's incident; a bundle from FRA-HQ
 * carrying FRA-HQ's edit of it is a proposal, even with FRA-HQ allowed to edit ITA-BN's own features, while DEU-CP's
 * own edit relayed by FRA-HQ applies.
 */
class ThirdPartyProposalTest {
    PictureStore deu;
    PictureStore ita;
    Incident report;

    @BeforeEach
    void itaHoldsDeusIncident(@TempDir Path dir) throws Exception {
        deu = PictureStore.create(dir.resolve("deu.gpkg"), "DEU-CP");
        ita = PictureStore.create(dir.resolve("ita.gpkg"), "ITA-BN");
        report = (Incident) deu.saveAll(List.of(SyncNodes.incident("DEU-CP", "Checkpoint report")))
                .get(0);
        SyncNodes.send(deu, ita);
    }

    @AfterEach
    void close() {
        deu.close();
        ita.close();
    }

    /** {@code report} retitled, with {@code versions}, hashed as a genuine version would be. */
    private Incident edited(String title, Map<String, Long> versions) {
        Incident i = SyncNodes.titled(report, title);
        return (Incident) i.withSync(new SyncMeta(
                "DEU-CP", VersionVector.of(versions), FeatureJson.contentSha256(i), SyncNodes.T0, "someone", false));
    }

    private PlannedFeature fromFra(Incident version, boolean fraMayEdit) throws Exception {
        SyncPlan plan =
                new SyncEngine(ita).preview(SyncNodes.bundle("FRA-HQ", 1), List.of(version), Set.of(), fraMayEdit);
        return plan.features().get(0);
    }

    @Test
    void anEditByANodeThatIsNotItsOriginIsAProposal() throws Exception {
        for (boolean mayEdit : List.of(false, true)) {
            PlannedFeature f = fromFra(edited("Checkpoint report, FRA", Map.of("DEU-CP", 1L, "FRA-HQ", 1L)), mayEdit);
            assertEquals(SyncClass.PROPOSAL, f.kind(), f.reason());
            assertEquals("FRA-HQ proposes to change DEU-CP's incident 'Checkpoint report' (title)", f.reason());
        }
    }

    @Test
    void theOriginsOwnEditRelayedByAPartnerApplies() throws Exception {
        PlannedFeature f = fromFra(edited("Checkpoint report, DEU", Map.of("DEU-CP", 2L)), false);
        assertEquals(SyncClass.UPDATE, f.kind(), f.reason());
    }
}
