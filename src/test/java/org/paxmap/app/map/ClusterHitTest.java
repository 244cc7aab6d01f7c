package org.paxmap.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.Wgs84;
import org.paxmap.model.Layer;
import org.paxmap.render.FeaturePainter;
import org.paxmap.render.MapViewState;
import org.paxmap.store.MapFeature;

/**
 * A click on a cluster disc finds the disc the map draws and the box of exactly the incidents it stands for; beside a
 * disc, on a lone incident, or zoomed in past clustering it finds nothing.
 */
class ClusterHitTest {
    private static MapFeature incident(double lon, double lat) {
        return new MapFeature(Layer.INCIDENTS, 1, Wgs84.point(lon, lat), "Battles", 2);
    }

    // three incidents within about 2 km near Tyre, one 60 km away in Beirut
    private static final List<MapFeature> INCIDENTS =
            List.of(incident(35.20, 33.27), incident(35.21, 33.28), incident(35.215, 33.265), incident(35.50, 33.89));

    @Test
    void a_click_on_the_disc_finds_the_box_of_its_incidents() {
        MapViewState view = new MapViewState(35.3, 33.5, 8, 800, 600);
        List<ClusterHit.Disc> discs = ClusterHit.discs(view, INCIDENTS);
        assertEquals(1, discs.size(), "the three near Tyre are one disc; Beirut's lone incident is its own marker");
        ClusterHit.Disc disc = discs.get(0);
        assertEquals(3, disc.count());
        assertEquals(view.screenX((35.20 + 35.21 + 35.215) / 3), disc.x(), 1.5, "the disc sits at their mean");
        assertEquals(
                new Envelope(35.20, 35.215, 33.265, 33.28).getMinX(),
                disc.members().getMinX(),
                1e-9);
        assertEquals(35.215, disc.members().getMaxX(), 1e-9);
        assertEquals(33.265, disc.members().getMinY(), 1e-9);
        assertEquals(33.28, disc.members().getMaxY(), 1e-9);

        Optional<Envelope> hit = ClusterHit.at(view, INCIDENTS, disc.x() + disc.radius() - 2, disc.y());
        assertEquals(Optional.of(disc.members()), hit, "anywhere on the disc");
        assertTrue(
                ClusterHit.at(view, INCIDENTS, disc.x() + disc.radius() + 4, disc.y())
                        .isEmpty(),
                "beside it");
        assertTrue(
                ClusterHit.at(view, INCIDENTS, view.screenX(35.50), view.screenY(33.89))
                        .isEmpty(),
                "a lone one");
    }

    @Test
    void nothing_is_clustered_once_zoomed_in() {
        MapViewState view = new MapViewState(35.21, 33.27, FeaturePainter.CLUSTER_BELOW_ZOOM, 800, 600);
        assertTrue(ClusterHit.discs(view, INCIDENTS).isEmpty());
        assertTrue(ClusterHit.at(view, INCIDENTS, 400, 300).isEmpty());
    }
}
