package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Incident;

/**
 * A bulk import of 100,000 incidents is one fast transaction, and a small-viewport query costs little more than the
 * bare R*Tree lookup. Prints the figures; the asserted floors are far below the measured rates so that a loaded CI
 * machine does not fail, but a per-row transaction or a full scan would.
 */
class BulkWriteAndViewportTest {
    @TempDir
    Path dir;

    @Test
    void aHundredThousandIncidentsImportInOneTransactionAndViewportQueriesStayCheap() throws Exception {
        int n = 100_000;
        Path file = dir.resolve("bulk.gpkg");
        List<Incident> incidents = StoreSamples.manyIncidents(n, 1);
        try (PictureStore store = PictureStore.create(file, StoreSamples.NODE)) {
            store.saveAll(StoreSamples.manyIncidents(2_000, 2)); // warm-up
            long start = System.nanoTime();
            store.saveAll(incidents);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("bulk saveAll: %d incidents in %.2f s = %.0f incidents/s%n", n, seconds, n / seconds);
            assertTrue(n / seconds > 5_000, "bulk import rate " + n / seconds + "/s");
            assertEquals(n + 2_000, store.summary().counts().get(org.paxmap.model.Layer.INCIDENTS));

            Envelope box = new Envelope(35.40, 35.42, 33.20, 33.22); // about 2 km square: ~80 incidents
            FeatureQuery query = FeatureQuery.all().withBbox(box);
            long[] store_ = new long[200];
            long[] raw = new long[200];
            int found = 0;
            int rawFound = 0;
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    PreparedStatement ps = c.prepareStatement(
                            "SELECT id FROM rtree_incidents_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?")) {
                for (int round = -50; round < 200; round++) {
                    long t0 = System.nanoTime();
                    found = store.incidents(query).size();
                    long t1 = System.nanoTime();
                    ps.setDouble(1, box.getMaxX());
                    ps.setDouble(2, box.getMinX());
                    ps.setDouble(3, box.getMaxY());
                    ps.setDouble(4, box.getMinY());
                    rawFound = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                            rawFound++;
                        }
                    }
                    long t2 = System.nanoTime();
                    if (round >= 0) {
                        store_[round] = t1 - t0;
                        raw[round] = t2 - t1;
                    }
                }
            }
            Arrays.sort(store_);
            Arrays.sort(raw);
            System.out.printf(
                    "viewport (%d incidents): store p50 %.3f ms, raw R*Tree ids p50 %.3f ms%n",
                    found, store_[100] / 1e6, raw[100] / 1e6);
            assertTrue(found > 10 && found <= rawFound, found + " of " + rawFound);
            assertTrue(store_[100] < 50_000_000, "viewport p50 under 50 ms");
        }
    }
}
