package org.paxmap.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.app.map.ClusterHit;
import org.paxmap.model.Layer;
import org.paxmap.render.MapViewState;

/**
 * At the picture's extent the exercise incidents are drawn as cluster discs. The analyst clicks a disc with the Select
 * tool: the map zooms in (at least a level) on the disc's incidents, so that each can then be told apart and clicked;
 * nothing is selected and nothing is written.
 */
@Tag("slow")
class ClusterClickStoryTest extends PlotStory {
    @Test
    void clicking_a_cluster_disc_zooms_in_on_its_incidents() throws Exception {
        MapViewState before = view();
        assertTrue(before.zoom() < 11, "the picture's extent shows clustered incidents, zoom " + before.zoom());
        // the largest disc clear of the legend (top left) and of the details panel's place (right)
        ClusterHit.Disc disc = PlotWindow.onFx(() -> w.map.clusterDiscs().stream()
                        .filter(d -> d.x() > 280 && d.x() < w.map.getWidth() - 380)
                        .filter(d -> d.y() > 40 && d.y() < w.map.getHeight() - 40)
                        .max(Comparator.comparingInt(ClusterHit.Disc::count)))
                .orElseThrow(() -> new AssertionError("no cluster disc in the open part of the map"));
        assertTrue(disc.count() >= 2);
        long changes = w.changes();

        w.clickMap(disc.x(), disc.y());
        PlotWindow.waitUntil("the map zooms in", () -> zoom() >= before.zoom() + 1);
        MapViewState after = view();
        Envelope shown = after.viewportEnvelope();
        assertTrue(shown.contains(disc.members()), "every incident of the disc is in view: " + disc.members());
        assertTrue(
                shown.getWidth() <= before.viewportEnvelope().getWidth() / 2 * 1.0001, "closer (by a level at least)");
        PlotWindow.waitUntil("the map draws the disc's incidents", () -> drawnIn(disc.members()) >= disc.count());

        assertNull(PlotWindow.onFx(() -> w.map.selectedProperty().get()), "a click on a disc selects nothing");
        assertTrue(!has("#detailsHeading") || w.shown("#detailsHeading").isEmpty(), w.shown("#detailsHeading"));
        assertEquals(changes, w.changes(), "and writes nothing");
    }

    private static double zoom() {
        try {
            return PlotWindow.onFx(() -> w.map.state().zoom());
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    /** How many incidents the map draws in {@code box} (grown by a hair: its edges are incidents). */
    private static long drawnIn(Envelope box) {
        Envelope grown = new Envelope(box);
        grown.expandBy(1e-7);
        try {
            return PlotWindow.onFx(() -> w.map.drawnFeatures(Layer.INCIDENTS).stream()
                    .filter(f -> grown.covers(f.geometry().getCoordinate()))
                    .count());
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
