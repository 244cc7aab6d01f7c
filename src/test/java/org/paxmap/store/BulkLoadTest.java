package org.paxmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;

/**
 * A large import takes the bulk path (R*Tree filled without triggers, query indexes re-created afterwards, fids
 * assigned in memory) and leaves exactly the picture the row-by-row path would: every trigger and index back, the
 * spatial index complete, updates recognised as updates. Speed itself is measured by the benchmark, not here.
 */
class BulkLoadTest {
    @TempDir
    Path dir;

    @Test
    void aBulkLoadLeavesTheSamePictureAsSmallWrites() throws Exception {
        int n = Batch.REINDEX_THRESHOLD + 500;
        Path file = dir.resolve("bulk.gpkg");
        List<Incident> incidents = StoreSamples.manyIncidents(n, 1);
        try (PictureStore store = PictureStore.create(file, StoreSamples.NODE)) {
            Set<String> before = schemaObjects(file);
            List<Feature> stored = store.saveAll(incidents);
            assertThat(schemaObjects(file))
                    .as("triggers and indexes after the bulk path")
                    .isEqualTo(before);
            assertThat(store.summary().counts()).containsEntry(Layer.INCIDENTS, (long) n);

            Envelope box = new Envelope(35.40, 35.45, 33.20, 33.25);
            Set<UUID> expected = incidents.stream()
                    .filter(i -> box.contains(i.location().getCoordinate()))
                    .map(Incident::id)
                    .collect(Collectors.toSet());
            Set<UUID> found = store.incidents(FeatureQuery.all().withBbox(box)).stream()
                    .map(Incident::id)
                    .collect(Collectors.toSet());
            assertThat(found).hasSizeGreaterThan(50).isEqualTo(expected);
            assertThat(count(file, "SELECT count(*) FROM rtree_incidents_geom")).isEqualTo(n);
            assertThat(count(file, "SELECT rtreecheck('rtree_incidents_geom') = 'ok'"))
                    .as("the packed R*Tree passes SQLite's own check")
                    .isEqualTo(1);
            assertThat(count(file, "SELECT count(*) FROM paxmap_search_config WHERE k = 'hashsize'"))
                    .as("the search index's pending memory, enlarged for the load, is back to no setting of its own")
                    .isZero();
            assertThat(count(file, "SELECT count(*) FROM paxmap_search WHERE paxmap_search MATCH 'generated'"))
                    .as("every bulk-loaded feature is in the search index")
                    .isEqualTo(n);
            assertThat(count(file, "SELECT count(*) FROM paxmap_search WHERE paxmap_search MATCH '\"incident 1234\"'"))
                    .isEqualTo(1);

            // A small write afterwards goes through the GeoPackage triggers again.
            Incident extra = StoreSamples.incident(35.41, 33.21, "After the bulk load");
            store.saveAll(List.of(extra));
            assertThat(store.incidents(FeatureQuery.all().withBbox(box)))
                    .extracting(Incident::id)
                    .contains(extra.id());

            // Saving the same features again in bulk updates them: no duplicates, one more version each.
            List<Feature> again = new ArrayList<>(stored.subList(0, 1_000));
            List<Feature> saved = store.saveAll(again);
            assertThat(store.summary().counts()).containsEntry(Layer.INCIDENTS, (long) n + 1);
            assertThat(saved.get(0).sync().versions().get(StoreSamples.NODE)).isEqualTo(2);
            assertThat(count(file, "SELECT count(*) FROM paxmap_changelog WHERE operation = 'update'"))
                    .isEqualTo(1_000);
            assertThat(count(file, "SELECT count(*) FROM rtree_incidents_geom")).isEqualTo(n + 1);
            assertThat(count(file, "SELECT rtreecheck('rtree_incidents_geom') = 'ok'"))
                    .isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    private static Set<String> schemaObjects(Path file) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT type || ' ' || name || ' ' || coalesce(sql, '')"
                        + " FROM sqlite_master WHERE type IN ('trigger', 'index')")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertThat(names).anyMatch(n -> n.startsWith("trigger rtree_incidents_geom_insert"));
        assertThat(names).anyMatch(n -> n.startsWith("index incidents_occurred_at"));
        return names;
    }

    private static long count(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
