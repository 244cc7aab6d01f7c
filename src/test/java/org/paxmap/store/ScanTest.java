package org.paxmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.testing.PlotFeatures;

/**
 * {@link PictureStore#scan}: every matching feature exactly once, in pages no larger than asked, layers in order; a
 * bounding box that leaves whole pages empty does not end the scan early; tombstones only when asked for.
 */
class ScanTest {
    @TempDir
    Path dir;

    @Test
    void everyMatchingFeatureOnceInBoundedPages() throws Exception {
        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), "FRA-HQ")) {
            List<Feature> features = new ArrayList<>();
            ReleaseLabel label = ReleaseLabel.exercise("FRA");
            for (int i = 0; i < 23; i++) {
                Incident base = PlotFeatures.incident("FRA-HQ", "incident " + i, label);
                // the first 15 west of 35.0, the rest east: with the box, the first pages hold nothing
                features.add(new Incident(
                        UUID.randomUUID(),
                        Wgs84.point(i < 15 ? 34.5 : 35.5, 33.1),
                        base.precisionMetres(),
                        base.occurredAt(),
                        base.timePrecision(),
                        base.type(),
                        base.severity(),
                        base.title(),
                        base.description(),
                        base.casualties(),
                        base.source(),
                        base.grade(),
                        label,
                        base.sync()));
            }
            features.add(PlotFeatures.zone("FRA-HQ", "zone", label));
            store.saveAll(features);
            store.delete(features.get(0).id());

            List<String> seen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            store.scan(FeatureQuery.all(), 4, page -> {
                sizes.add(page.size());
                page.forEach(f -> seen.add(f.name()));
            });
            assertThat(seen)
                    .hasSize(23)
                    .doesNotHaveDuplicates()
                    .doesNotContain("incident 0")
                    .endsWith("zone");
            assertThat(sizes).allMatch(n -> n >= 1 && n <= 4);

            List<String> east = new ArrayList<>();
            store.scan(
                    FeatureQuery.all().withBbox(new Envelope(35.0, 36.0, 33.0, 33.5)),
                    4,
                    page -> page.forEach(f -> east.add(f.name())));
            assertThat(east).hasSize(9).doesNotContain("incident 14").endsWith("zone");

            List<Feature> all = new ArrayList<>();
            store.scan(FeatureQuery.all().includingDeleted(), 5, all::addAll);
            assertThat(all).hasSize(24);
        }
    }
}
