package org.paxmap.bundle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatZone;
import org.paxmap.store.ApplyResult;
import org.paxmap.store.IncomingBundle;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/** Two pictures with different node ids exchanging features through the sync engine, without a bundle file. */
class SyncExchangeTest {
    @TempDir
    Path dir;

    PictureStore a;
    PictureStore b;

    @BeforeEach
    void open() throws Exception {
        a = PictureStore.create(dir.resolve("a.gpkg"), "FRA-HQ");
        b = PictureStore.create(dir.resolve("b.gpkg"), "ITA-BN");
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void aRoundTripLeavesBothPicturesWithTheSameFeaturesAndVectors() throws Exception {
        Incident ied = (Incident) a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Device at Naqoura")))
                .get(0);
        ThreatZone zone = (ThreatZone)
                a.saveAll(List.of(SyncNodes.zone("FRA-HQ", "Minefield Alpha"))).get(0);
        a.saveAll(List.of(SyncNodes.titled(ied, "Device at Naqoura, cleared")));

        ApplyResult first = SyncNodes.send(a, b);
        assertEquals(2, first.written());
        assertEquals(
                "Device at Naqoura, cleared", b.find(ied.id()).orElseThrow().name());
        assertEquals(2, b.find(ied.id()).orElseThrow().sync().versions().get("FRA-HQ"), "vector kept as given");
        assertEquals("FRA-HQ", b.provenance(ied.id()).get(0).signerNode());

        b.saveAll(List.of(SyncNodes.named((ThreatZone) b.find(zone.id()).orElseThrow(), "Minefield Bravo")));
        ApplyResult back = SyncNodes.send(b, a);
        assertEquals(1, back.written(), "B sends back only what changed since A's bundle, not A's own versions");

        assertEquals("Minefield Bravo", a.find(zone.id()).orElseThrow().name());
        assertEquals(SyncNodes.state(a), SyncNodes.state(b), "both pictures hold the same versions");
        assertEquals(0, SyncNodes.send(a, b).written(), "nothing new to send after the exchange");
        assertTrue(a.conflicts().isEmpty() && b.conflicts().isEmpty());
        assertEquals(2, b.streamPosition("FRA-HQ").orElseThrow().lastSeq(), "B imported A's bundles 1 and 2");
    }

    @Test
    void aReplayedBundleChangesNothingAndIsReportedAsAlreadyImported() throws Exception {
        a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Patrol stopped")));
        IncomingBundle bundle = SyncNodes.bundle("FRA-HQ", 1);
        List<Feature> features = a.fullExport().features();
        SyncEngine engine = new SyncEngine(b);
        assertFalse(engine.apply(engine.preview(bundle, features, Set.of())).alreadyImported());
        String before = SyncNodes.checksum(b.file());

        SyncPlan again = engine.preview(bundle, features, Set.of());
        assertTrue(again.alreadyImported());
        assertEquals(1, again.counts().get(SyncClass.UNCHANGED));
        ApplyResult replay = engine.apply(again);
        assertTrue(replay.alreadyImported());
        assertEquals(0, replay.written());
        assertEquals(before, SyncNodes.checksum(b.file()), "a replay writes nothing");

        // The same versions in another bundle are idempotent too: classified unchanged, no row written.
        ApplyResult other = engine.apply(engine.preview(SyncNodes.bundle("FRA-HQ", 2), features, Set.of()));
        assertEquals(0, other.written());
    }

    @Test
    void anOldVersionAfterNewerEditsIsStaleAndRollsNothingBack() throws Exception {
        Incident v1 = (Incident)
                a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Shots heard"))).get(0);
        List<Feature> oldBundle = a.fullExport().features();
        a.saveAll(List.of(SyncNodes.titled(v1, "Shots heard near Tyre")));
        SyncNodes.send(a, b);

        SyncPlan plan = SyncNodes.preview(b, SyncNodes.bundle("FRA-HQ", 9), oldBundle);
        assertEquals(
                SyncClass.STALE,
                plan.features().get(0).kind(),
                plan.features().get(0).reason());
        assertTrue(plan.features().get(0).reason().contains(v1.id().toString()), "the reason names the feature");
        new SyncEngine(b).apply(plan);
        assertEquals("Shots heard near Tyre", b.find(v1.id()).orElseThrow().name());
        assertEquals(2, b.find(v1.id()).orElseThrow().sync().versions().get("FRA-HQ"));
    }

    @Test
    void aNewFeatureStoredSinceThePreviewRefusesTheApplyWhoeverWroteIt() throws Exception {
        Incident ied = (Incident) a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Device at Naqoura")))
                .get(0);
        List<Feature> bundle = a.fullExport().features();

        // written by this store after the preview
        SyncPlan plan = SyncNodes.preview(b, SyncNodes.bundle("FRA-HQ", 1), bundle);
        assertEquals(SyncClass.NEW, plan.features().get(0).kind());
        b.saveAll(List.of(ied));
        String before = SyncNodes.checksum(dir.resolve("b.gpkg"));
        StoreException own = assertThrows(StoreException.class, () -> new SyncEngine(b).apply(plan));
        assertTrue(own.getMessage().contains("changed since the preview"), own.getMessage());
        assertEquals(before, SyncNodes.checksum(dir.resolve("b.gpkg")));

        // written through another connection to the same file after the preview
        PictureStore c = PictureStore.create(dir.resolve("c.gpkg"), "ITA-BN");
        try {
            SyncPlan atC = SyncNodes.preview(c, SyncNodes.bundle("FRA-HQ", 1), bundle);
            try (PictureStore other = PictureStore.open(dir.resolve("c.gpkg"))) {
                other.saveAll(List.of(ied));
            }
            String atCBefore = SyncNodes.checksum(dir.resolve("c.gpkg"));
            StoreException foreign = assertThrows(StoreException.class, () -> new SyncEngine(c).apply(atC));
            assertTrue(foreign.getMessage().contains("changed since the preview"), foreign.getMessage());
            assertEquals(atCBefore, SyncNodes.checksum(dir.resolve("c.gpkg")));
        } finally {
            c.close();
        }
    }

    @Test
    void anApplyRightAfterItsPreviewRecordsTheProvenanceOfEveryNewFeature() throws Exception {
        List<Feature> saved = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) { // a bulk load: set-wise provenance
            saved.add(SyncNodes.incident("FRA-HQ", "Incident " + i));
        }
        saved = a.saveAll(saved);
        IncomingBundle bundle = SyncNodes.bundle("FRA-HQ", 1);
        SyncEngine engine = new SyncEngine(b);
        assertEquals(
                600,
                engine.apply(engine.preview(bundle, a.fullExport().features(), Set.of()))
                        .written());
        for (Feature f : List.of(saved.get(0), saved.get(299), saved.get(599))) {
            var provenance = b.provenance(f.id());
            assertEquals(1, provenance.size());
            assertEquals(f.sync().versions(), provenance.get(0).versions());
            assertEquals(bundle.bundleId(), provenance.get(0).bundleId());
            assertEquals("NEW", provenance.get(0).outcome());
            assertEquals("", provenance.get(0).note());
        }
    }

    @Test
    void aTombstoneThenTheOldCreateStaysDeleted() throws Exception {
        Incident created = (Incident) a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Checkpoint refusal")))
                .get(0);
        List<Feature> createBundle = a.fullExport().features();
        a.delete(created.id());
        SyncNodes.send(a, b);
        assertTrue(b.find(created.id()).orElseThrow().sync().deleted(), "the tombstone arrives first");

        SyncPlan plan = SyncNodes.preview(b, SyncNodes.bundle("FRA-HQ", 5), createBundle);
        assertEquals(SyncClass.STALE, plan.features().get(0).kind());
        new SyncEngine(b).apply(plan);
        assertTrue(b.find(created.id()).orElseThrow().sync().deleted(), "the old create does not resurrect it");
    }

    @Test
    void aDominatingTombstoneDeletes() throws Exception {
        Incident created = (Incident)
                a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Roadblock"))).get(0);
        SyncNodes.send(a, b);
        a.delete(created.id());
        SyncPlan plan = SyncNodes.preview(
                b, SyncNodes.bundle("FRA-HQ", 2), a.changesFor("ITA-BN").features());
        assertEquals(SyncClass.UPDATE, plan.features().get(0).kind());
        assertTrue(
                plan.features().get(0).reason().contains("deletes"),
                plan.features().get(0).reason());
        new SyncEngine(b).apply(plan);
        assertTrue(b.find(created.id()).orElseThrow().sync().deleted());
    }

    @Test
    void concurrentEditsOfOneFieldShowTheSameProvisionalWinnerOnBothNodes() throws Exception {
        Incident ied = (Incident)
                a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Device"))).get(0);
        SyncNodes.send(a, b);
        a.saveAll(List.of(SyncNodes.titled(ied, "Device, French reading")));
        b.saveAll(List.of(SyncNodes.titled((Incident) b.find(ied.id()).orElseThrow(), "Device, Italian reading")));

        SyncPlan atB = SyncNodes.preview(
                b, SyncNodes.bundle("FRA-HQ", 2), a.changesFor("ITA-BN").features());
        assertEquals(
                SyncClass.CONFLICT,
                atB.features().get(0).kind(),
                atB.features().get(0).reason());
        assertTrue(atB.features().get(0).reason().contains("same field"));
        SyncNodes.send(a, b);
        SyncNodes.send(b, a);

        assertTrue(a.inConflict(ied.id()) && b.inConflict(ied.id()), "the feature is flagged on both nodes");
        Feature winnerA = a.find(ied.id()).orElseThrow();
        Feature winnerB = b.find(ied.id()).orElseThrow();
        assertEquals(winnerA.sync().versions(), winnerB.sync().versions(), "same provisional winner");
        assertEquals(winnerA.name(), winnerB.name());
        assertEquals(
                a.conflicts(ied.id()).get(0).aside().sync().versions(),
                b.conflicts(ied.id()).get(0).aside().sync().versions(),
                "the same loser is kept aside on both");
        assertNotEquals(
                winnerA.sync().versions(),
                a.conflicts(ied.id()).get(0).aside().sync().versions());
    }

    @Test
    void aResolutionClearsTheConflictOnBothNodesAfterOneMoreExchange() throws Exception {
        Incident ied = (Incident)
                a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Device"))).get(0);
        SyncNodes.send(a, b);
        a.saveAll(List.of(SyncNodes.titled(ied, "Device A")));
        b.saveAll(List.of(SyncNodes.titled((Incident) b.find(ied.id()).orElseThrow(), "Device B")));
        SyncNodes.send(a, b);
        SyncNodes.send(b, a);
        assertTrue(a.inConflict(ied.id()) && b.inConflict(ied.id()));

        Feature resolved = new SyncEngine(a).resolve(ied.id(), Resolution.theirs());
        assertEquals("Device B", resolved.name(), "theirs, seen from A, is B's version");
        assertFalse(a.inConflict(ied.id()));
        assertEquals(3, resolved.sync().versions().get("FRA-HQ"), "max(2, 1) + 1 at the resolving node");
        assertEquals(1, resolved.sync().versions().get("ITA-BN"), "B's one edit");

        SyncPlan atB = SyncNodes.preview(
                b, SyncNodes.bundle("FRA-HQ", 3), a.changesFor("ITA-BN").features());
        assertEquals(SyncClass.UPDATE, atB.features().get(0).kind(), "the resolution dominates both versions");
        SyncNodes.send(a, b);
        assertFalse(b.inConflict(ied.id()), "the partner's conflict is cleared by the dominating version");
        assertEquals(SyncNodes.state(a), SyncNodes.state(b));
    }

    @Test
    void editsToDisjointFieldsMergeAutomaticallyWithANoteAndConverge() throws Exception {
        Incident ied = (Incident)
                a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Device"))).get(0);
        SyncNodes.send(a, b);
        a.saveAll(List.of(SyncNodes.titled(ied, "Device near the bridge")));
        b.saveAll(List.of(SyncNodes.withSeverity((Incident) b.find(ied.id()).orElseThrow(), Severity.CRITICAL)));

        SyncPlan atB = SyncNodes.preview(
                b, SyncNodes.bundle("FRA-HQ", 2), a.changesFor("ITA-BN").features());
        PlannedFeature merged = atB.features().get(0);
        assertEquals(SyncClass.MERGED, merged.kind(), merged.reason());
        assertTrue(merged.reason().contains("title") && merged.reason().contains("severity"), merged.reason());
        SyncNodes.send(a, b);
        SyncNodes.send(b, a);

        for (PictureStore s : List.of(a, b)) {
            Incident m = (Incident) s.find(ied.id()).orElseThrow();
            assertEquals("Device near the bridge", m.title(), s.nodeId());
            assertEquals(Severity.CRITICAL, m.severity(), s.nodeId());
            assertFalse(s.inConflict(ied.id()), s.nodeId());
        }
        assertEquals(SyncNodes.state(a), SyncNodes.state(b), "both merged to the same version");
        assertTrue(
                b.provenance(ied.id()).stream().anyMatch(p -> p.note().contains("merged automatically")),
                "the note is kept with the provenance");
    }

    @Test
    void aThreatZoneDeletedOnOneSideAndEditedOnTheOtherStaysVisibleAndFlagged() throws Exception {
        ThreatZone zone = (ThreatZone)
                a.saveAll(List.of(SyncNodes.zone("FRA-HQ", "Minefield Alpha"))).get(0);
        SyncNodes.send(a, b);
        Instant edited = Instant.now().plusSeconds(60);
        b.useClock(Clock.fixed(edited, ZoneOffset.UTC));
        b.saveAll(List.of(SyncNodes.named((ThreatZone) b.find(zone.id()).orElseThrow(), "Minefield Alpha+")));
        a.useClock(
                Clock.fixed(edited.plusSeconds(1), ZoneOffset.UTC)); // the delete is later: by time alone it would win
        a.delete(zone.id());
        SyncNodes.send(a, b);
        SyncNodes.send(b, a);
        for (PictureStore s : List.of(a, b)) {
            Feature shown = s.find(zone.id()).orElseThrow();
            assertFalse(shown.sync().deleted(), "the zone stays visible on " + s.nodeId());
        }
        assertEquals("Minefield Alpha+", a.find(zone.id()).orElseThrow().name());
        assertTrue(a.inConflict(zone.id()), "and is flagged on " + a.nodeId());
        // a threat zone's deletion is always a proposal, even from its origin: B keeps its edit and is asked
        assertEquals("Minefield Alpha+", b.find(zone.id()).orElseThrow().name());
        assertEquals(1, b.proposals().open().size(), "the deletion waits for a person on " + b.nodeId());
        assertTrue(b.proposals().open().get(0).deletion());
    }

    @Test
    void aPartnerMayNotCreateFeaturesInAnotherOriginsName() throws Exception {
        Incident foreign = (Incident)
                a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Forged"))).get(0);
        SyncPlan plan = SyncNodes.preview(b, SyncNodes.bundle("DEU-X", 1), List.of(foreign));
        PlannedFeature f = plan.features().get(0);
        assertEquals(SyncClass.REFUSED, f.kind());
        assertTrue(f.reason().contains(foreign.id().toString()) && f.reason().contains("another node's name"));
        assertTrue(plan.refused());
        assertEquals(List.of(f), plan.refusals());
        String before = SyncNodes.checksum(b.file());
        SyncRefusedException e = assertThrows(SyncRefusedException.class, () -> new SyncEngine(b).apply(plan));
        assertTrue(e.getMessage().contains("Forged"), e.getMessage());
        assertEquals(before, SyncNodes.checksum(b.file()));
        assertEquals(
                SyncClass.NEW,
                new SyncEngine(b)
                        .preview(SyncNodes.bundle("DEU-X", 1), List.of(foreign), Set.of("FRA-HQ"))
                        .features()
                        .get(0)
                        .kind(),
                "unless the caller accepts that origin from this signer");
    }

    @Test
    void aContentHashThatIsNotTheFeaturesOwnIsRefused() throws Exception {
        Incident stored = (Incident)
                a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Original"))).get(0);
        Incident tampered = SyncNodes.titled(stored, "Altered in transit"); // keeps the original's hash
        PlannedFeature f = SyncNodes.preview(b, SyncNodes.bundle("FRA-HQ", 1), List.of(tampered))
                .features()
                .get(0);
        assertEquals(SyncClass.REFUSED, f.kind());
        assertTrue(f.reason().contains("content hash"), f.reason());
    }

    @Test
    void anIdHeldInAnotherLayerIsRefused() throws Exception {
        Incident incident = (Incident)
                b.saveAll(List.of(SyncNodes.incident("ITA-BN", "Here"))).get(0);
        ThreatZone sameId = (ThreatZone) a.saveAll(List.of(new ThreatZone(
                        incident.id(),
                        "Zone with a reused id",
                        SyncNodes.zone("FRA-HQ", "x").area(),
                        null,
                        org.paxmap.model.ThreatLevel.LOW,
                        org.paxmap.model.ZoneCategory.MINEFIELD,
                        SyncNodes.T0,
                        null,
                        SyncNodes.LABEL,
                        org.paxmap.model.SyncMeta.newLocal("FRA-HQ", "analyst", SyncNodes.T0))))
                .get(0);
        PlannedFeature f = SyncNodes.preview(b, SyncNodes.bundle("FRA-HQ", 1), List.of(sameId))
                .features()
                .get(0);
        assertEquals(SyncClass.REFUSED, f.kind());
        assertTrue(f.reason().contains("layer incidents"), f.reason());
    }

    @Test
    void equalVectorsWithOtherContentRaiseAnIntegrityAlert() throws Exception {
        Incident ied = (Incident)
                a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "Device"))).get(0);
        SyncNodes.send(a, b);
        Incident forged = SyncNodes.titled(ied, "Device, rewritten");
        forged = forged.withSync(new org.paxmap.model.SyncMeta(
                ied.sync().origin(),
                ied.sync().versions(),
                org.paxmap.geojson.FeatureJson.contentSha256(forged),
                ied.sync().modifiedAt(),
                ied.sync().modifiedBy(),
                false));
        SyncPlan plan = SyncNodes.preview(b, SyncNodes.bundle("FRA-HQ", 2), List.of(forged));
        assertEquals(SyncClass.INTEGRITY_ALERT, plan.features().get(0).kind());
        assertEquals(plan.features(), plan.refusals(), "an integrity alert refuses the import too");
        assertThrows(SyncRefusedException.class, () -> new SyncEngine(b).apply(plan));
        assertEquals("Device", b.find(ied.id()).orElseThrow().name());
    }

    @Test
    void thePreviewWritesNothingAndCountsEveryClass() throws Exception {
        a.saveAll(List.of(SyncNodes.incident("FRA-HQ", "One"), SyncNodes.incident("FRA-HQ", "Two")));
        String before = SyncNodes.checksum(b.file());
        SyncPlan plan = SyncNodes.preview(
                b, SyncNodes.bundle("FRA-HQ", 1), a.fullExport().features());
        assertEquals(before, SyncNodes.checksum(b.file()));
        Map<SyncClass, Integer> counts = plan.counts();
        assertEquals(2, counts.get(SyncClass.NEW));
        assertFalse(plan.refused());
        assertEquals(List.of(), plan.refusals());
        assertEquals(SyncClass.values().length, counts.size());
    }
}
