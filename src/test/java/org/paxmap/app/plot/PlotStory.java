package org.paxmap.app.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.model.ThreatZone;
import org.paxmap.render.MapViewState;

/**
 * What every plotting story starts from: the real window on the exercise picture in a temporary data folder, opened
 * once per test class, and no tool or selection left over from the previous story. The lookups the stories share read
 * the store through the test's own connection and fail loudly rather than read as "absent".
 */
abstract class PlotStory {
    @TempDir
    static Path dataDir;

    static PlotWindow w;

    @BeforeAll
    static void start() throws Exception {
        w = PlotWindow.start(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        w.close();
    }

    @BeforeEach
    void selectTool() throws Exception {
        w.focusMap();
        w.press(KeyCode.ESCAPE);
        w.press(KeyCode.ESCAPE);
    }

    /** Ctrl+Z on the map. */
    static void undo() throws Exception {
        w.focusMap();
        w.press(KeyCode.CONTROL, KeyCode.Z);
    }

    /** Whether a node {@code query} is shown in the window. */
    static boolean has(String query) {
        try {
            return PlotWindow.onFx(() ->
                    w.robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        } catch (Exception e) {
            throw new AssertionError("cannot look up " + query + " on the FX thread", e);
        }
    }

    /** The node {@code query} shown now, or {@code null}. */
    static Node node(String query) {
        try {
            return PlotWindow.onFx(() -> w.robot.lookup(query).tryQuery().orElse(null));
        } catch (Exception e) {
            throw new AssertionError("cannot look up " + query + " on the FX thread", e);
        }
    }

    /**
     * Waits until the window has taken in an edit the store already holds: the selection's handles are made anew, so
     * {@code query} is shown by another node than {@code before}.
     */
    static void waitForNew(String query, Node before) {
        PlotWindow.waitUntil(query + " is made anew", () -> {
            Node now = node(query);
            return now != null && now != before;
        });
    }

    /** The ids of every live and deleted feature of {@code layer} in the store. */
    static Set<UUID> ids(Layer layer) throws Exception {
        return w.ids(layer);
    }

    /** The features of {@code layer} in the store whose ids are not in {@code before}. */
    static List<Feature> added(Layer layer, Set<UUID> before) {
        return w.added(layer, before);
    }

    /** Clicks the zone form's Add and answers the zone it stored (the one zone whose id is not in {@code before}). */
    static ThreatZone addZone(Set<UUID> before) {
        w.robot.clickOn("#zoneForm-add");
        PlotWindow.waitUntil(
                "the zone is stored", () -> added(Layer.ZONES, before).size() == 1);
        return (ThreatZone) added(Layer.ZONES, before).get(0);
    }

    /** {@code f} as the store holds it now. */
    static Feature find(Feature f) {
        return w.find(f);
    }

    /** This node's counter in the version vector of {@code f}. */
    static long version(Feature f) {
        return f.sync().versions().get(w.store.nodeId());
    }

    /** Where {@code c} (lon/lat) is on the map in {@code view}, in the map's pixels. */
    static Point2D screen(MapViewState view, Coordinate c) {
        return new Point2D(view.screenX(c.x), view.screenY(c.y));
    }

    /** The map's view as it is now. */
    static MapViewState view() throws Exception {
        return PlotWindow.onFx(() -> w.map.state().copy());
    }
}
