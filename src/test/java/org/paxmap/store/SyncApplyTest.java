package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.Wgs84;
import org.paxmap.geojson.FeatureJson;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.SyncMeta;
import org.paxmap.model.ThreatZone;
import org.paxmap.model.VersionVector;

/** The store's import apply path: all or nothing, sync metadata kept, and the export cursor. */
class SyncApplyTest {
    @TempDir
    Path dir;

    private static Feature fromPartner(Feature f, String partner) {
        Feature hashed = f.withSync(new SyncMeta(
                partner, VersionVector.of(Map.of(partner, 4L)), "", StoreSamples.T0, "partner analyst", false));
        return hashed.withSync(new SyncMeta(
                partner,
                hashed.sync().versions(),
                FeatureJson.contentSha256(hashed),
                StoreSamples.T0,
                "partner analyst",
                false));
    }

    private static SyncWrite created(Feature f) {
        return new SyncWrite(f, null, f, null, false, "NEW", "");
    }

    @Test
    void aFailureLateInALargeImportLeavesEveryRowOfEveryTableAsItWas() throws Exception {
        Path file = dir.resolve("b.gpkg");
        try (PictureStore store = PictureStore.create(file, "ITA-BN")) {
            store.saveAll(List.of(StoreSamples.incident(35.2, 33.1, "Already here")));
            String before = checksum(file);
            List<SyncWrite> writes = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                writes.add(created(fromPartner(StoreSamples.incident(35.0 + i * 1e-4, 33.0, "Incident " + i), "FRA")));
            }
            ThreatZone bowtie = new ThreatZone(
                    java.util.UUID.randomUUID(),
                    "Self-crossing zone",
                    ThreatZone.asMultiPolygon(Wgs84.FACTORY.createPolygon(new Coordinate[] {
                        new Coordinate(35.0, 33.0),
                        new Coordinate(35.1, 33.1),
                        new Coordinate(35.1, 33.0),
                        new Coordinate(35.0, 33.1),
                        new Coordinate(35.0, 33.0)
                    })),
                    null,
                    org.paxmap.model.ThreatLevel.HIGH,
                    org.paxmap.model.ZoneCategory.MINEFIELD,
                    StoreSamples.T0,
                    null,
                    StoreSamples.OPEN,
                    SyncMeta.newLocal("FRA", "x", StoreSamples.T0));
            writes.add(590, created(fromPartner(bowtie, "FRA")));

            IncomingBundle bundle = new IncomingBundle("bundle-1", "FRA", "kid", 1, "cd".repeat(32));
            StoreException e = assertThrows(StoreException.class, () -> store.applyImport(bundle, writes));
            assertTrue(
                    e.getMessage().contains("Self-crossing zone")
                            && e.getMessage().contains("invalid geometry"),
                    e.getMessage());
            assertEquals(before, checksum(file), "the first 500 rows written were rolled back with everything else");
            assertTrue(store.importedBundle("bundle-1").isEmpty());

            writes.remove(590);
            ApplyResult ok = store.applyImport(bundle, writes);
            assertEquals(600, ok.written(), "the same import succeeds once the bad feature is gone");
            Feature one = store.find(writes.get(0).incoming().id()).orElseThrow();
            assertEquals(4, one.sync().versions().get("FRA"), "the incoming vector is kept, not bumped");
            assertEquals(0, one.sync().versions().get("ITA-BN"));
            assertEquals(1, store.streamPosition("FRA").orElseThrow().lastSeq());
            assertEquals(
                    1,
                    store
                            .mapFeatures(
                                    org.paxmap.model.Layer.INCIDENTS,
                                    one.geometry().getEnvelopeInternal())
                            .stream()
                            .filter(m -> m.name().equals(one.name()))
                            .count(),
                    "the R*Tree holds the imported rows");
        }
    }

    @Test
    void anImportRefusesAFeatureChangedSinceThePreview() throws Exception {
        try (PictureStore store = PictureStore.create(dir.resolve("c.gpkg"), "ITA-BN")) {
            Incident mine = (Incident) store.saveAll(List.of(StoreSamples.incident(35.2, 33.1, "Mine")))
                    .get(0);
            Feature incoming = mine.withSync(new SyncMeta(
                    "ITA-BN",
                    mine.sync().versions().increment("FRA"),
                    mine.sync().contentSha256(),
                    Instant.now(),
                    "p",
                    false));
            SyncWrite stale = new SyncWrite(
                    incoming, VersionVector.EMPTY.increment("OTHER"), incoming, null, false, "UPDATE", "");
            StoreException e = assertThrows(
                    StoreException.class,
                    () -> store.applyImport(new IncomingBundle("b", "FRA", "k", 1, "aa"), List.of(stale)));
            assertTrue(
                    e.getMessage().contains(mine.id().toString())
                            && e.getMessage().contains("changed since the preview"),
                    e.getMessage());
        }
    }

    @Test
    void anAcknowledgementMovesThePartnersCursorSoOnlyLaterChangesAreSelected() throws Exception {
        try (PictureStore store = PictureStore.create(dir.resolve("d.gpkg"), "FRA-HQ")) {
            Incident first = (Incident) store.saveAll(List.of(StoreSamples.incident(35.2, 33.1, "First")))
                    .get(0);
            ExportSelection all = store.changesFor("ITA-BN");
            assertEquals(
                    List.of(first.id()),
                    all.features().stream().map(Feature::id).toList());
            store.recordExport(new ExportRecord("ITA-BN", 1, "x1", "aa", all.upToSeq(), Instant.now()));
            Incident second = (Incident) store.saveAll(List.of(StoreSamples.incident(35.3, 33.1, "Second")))
                    .get(0);

            assertEquals(2, store.changesFor("ITA-BN").features().size(), "unacknowledged: a lost stick leaves no gap");
            assertEquals(all.upToSeq(), store.acknowledge("ITA-BN", 1));
            assertEquals(
                    List.of(second.id()),
                    store.changesFor("ITA-BN").features().stream()
                            .map(Feature::id)
                            .toList());
            store.delete(first.id());
            assertEquals(2, store.fullExport().features().size(), "a full export carries the tombstone too");
            assertTrue(store.changesFor("ITA-BN").features().stream()
                    .anyMatch(f -> f.sync().deleted()));
            assertThrows(StoreException.class, () -> store.acknowledge("ITA-BN", 7), "never exported");
        }
    }

    static String checksum(Path file) throws Exception {
        return org.paxmap.store.StoreChecksum.of(file);
    }
}
