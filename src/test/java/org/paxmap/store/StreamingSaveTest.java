package org.paxmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;

/** A streaming save is one transaction over all its chunks: all of it lands, or none of it. */
@Tag("slow")
class StreamingSaveTest {
    @TempDir
    Path dir;

    @Test
    void everyChunkLandsInOneTransactionWithOneChangeLogRowEach() throws Exception {
        List<Incident> all = StoreSamples.manyIncidents(12_000, 3);
        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), StoreSamples.NODE)) {
            Map<Layer, Long> saved = store.saveAll(chunks(all, 5_000, -1));
            assertThat(saved).containsEntry(Layer.INCIDENTS, 12_000L).containsEntry(Layer.ROUTES, 0L);
            assertThat(store.summary().counts()).containsEntry(Layer.INCIDENTS, 12_000L);
            assertThat(store.changesSince(0)).hasSize(12_000);
            assertThat(store.query(FeatureQuery.all().withText("\"Incident 11999\"")))
                    .hasSize(1);
        }
    }

    @Test
    void aSourceFailingInItsLastChunkLeavesThePictureAsItWas() throws Exception {
        List<Incident> all = StoreSamples.manyIncidents(9_000, 4);
        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), StoreSamples.NODE)) {
            store.saveAll(List.of(StoreSamples.incident(35.5, 33.2, "Before")));
            assertThatThrownBy(() -> store.saveAll(chunks(all, 4_000, 2)))
                    .isInstanceOf(IOException.class)
                    .hasMessage("stick pulled out");
            assertThat(store.summary().total()).isEqualTo(1);
            assertThat(store.changesSince(0)).hasSize(1);
            assertThat(store.saveAll(chunks(all, 4_000, -1))).containsEntry(Layer.INCIDENTS, 9_000L);
        }
    }

    @Test
    void aRefusedFeatureInALaterChunkIsNamedByItsPositionAndNothingIsSaved() throws Exception {
        List<Feature> all = new ArrayList<>(StoreSamples.manyIncidents(7_000, 5));
        Incident bad = StoreSamples.incident(35.5, 33.2, "Off the globe").withLocation(Wgs84.point(35.5, 95.0));
        all.set(6_500, bad);
        try (PictureStore store = PictureStore.create(dir.resolve("p.gpkg"), StoreSamples.NODE)) {
            assertThatThrownBy(() -> store.saveAll(chunks(all, 3_000, -1)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("feature 6501")
                    .hasMessageContaining("Off the globe")
                    .hasMessageContaining("latitude");
            assertThat(store.summary().total()).isZero();
            assertThat(store.changesSince(0)).isEmpty();
        }
    }

    /** A source handing out {@code features} in chunks, throwing an IOException instead of chunk {@code failAt}. */
    private static FeatureSource<IOException> chunks(List<? extends Feature> features, int size, int failAt) {
        Iterator<List<? extends Feature>> it = new Iterator<>() {
            int from;

            @Override
            public boolean hasNext() {
                return from < features.size();
            }

            @Override
            public List<? extends Feature> next() {
                List<? extends Feature> chunk = features.subList(from, Math.min(features.size(), from + size));
                from += size;
                return chunk;
            }
        };
        int[] served = {0};
        return () -> {
            if (served[0]++ == failAt) {
                throw new IOException("stick pulled out");
            }
            return it.hasNext() ? it.next() : List.of();
        };
    }
}
