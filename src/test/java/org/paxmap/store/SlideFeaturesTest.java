package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.testing.PlotFeatures;

/** A slide's incidents are read in two halves at once (even and odd rows on two connections): all of them, once. */
class SlideFeaturesTest {
    @TempDir
    Path dir;

    @Test
    void the_two_halves_together_are_every_incident_in_the_box_once_with_its_label() throws Exception {
        // other tests of this JVM may hold pictures open: only a second reader this test started must be gone
        java.util.Set<Thread> before = secondReaders();
        ReleaseLabel exercise = ReleaseLabel.exercise("ITA");
        ReleaseLabel nato = new ReleaseLabel("NATO", "NATO RESTRICTED", List.of("FRA", "ITA"), List.of(), "ITA");
        List<Feature> incidents = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            Incident base = PlotFeatures.incident("ITA-BN", "incident " + i, i % 3 == 0 ? nato : exercise);
            incidents.add(new Incident(
                    base.id(),
                    Wgs84.point(35 + (i % 31) * 0.01, 33 + (i / 31) * 0.01),
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
                    base.label(),
                    base.sync()));
        }
        try (PictureStore store = PictureStore.create(dir.resolve("halves.gpkg"), "ITA-BN")) {
            store.saveAll(incidents);
            Envelope box = new Envelope(35.0, 35.155, 33.0, 33.205); // 16 columns of 21 rows
            List<SlideFeature> slide = store.slideFeatures(Layer.INCIDENTS, box);
            // a slide's incidents carry neither title nor id: each is known by its row id here
            Map<Long, MapFeature> expected =
                    store.mapFeatures(Layer.INCIDENTS, box).stream().collect(Collectors.toMap(MapFeature::fid, f -> f));

            assertEquals(16 * 21, expected.size());
            assertEquals(expected.size(), slide.size(), "no incident twice");
            assertEquals(
                    expected.keySet(), slide.stream().map(f -> f.symbol().fid()).collect(Collectors.toSet()));
            assertTrue(slide.stream().anyMatch(f -> f.symbol().fid() % 2 == 0), "rows of the first half");
            assertTrue(slide.stream().anyMatch(f -> f.symbol().fid() % 2 == 1), "rows of the second half");
            for (SlideFeature f : slide) {
                String name = expected.get(f.symbol().fid()).name();
                int n = Integer.parseInt(name.substring("incident ".length()));
                assertEquals(n % 3 == 0 ? nato : exercise, f.label(), name);
                assertEquals("", f.symbol().name(), "no title read for a slide's incident");
                assertNull(f.symbol().id(), "no id read for a slide's incident");
            }
        }
        Thread.sleep(200);
        java.util.Set<Thread> after = secondReaders();
        after.removeAll(before);
        assertTrue(after.isEmpty(), "closing the picture stops the second reader");
    }

    private static java.util.Set<Thread> secondReaders() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("paxmap-second-reader") && t.isAlive())
                .collect(java.util.stream.Collectors.toSet());
    }
}
