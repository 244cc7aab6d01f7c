package org.paxmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VerticalDirection;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import org.paxmap.app.map.MapStatus;
import org.paxmap.app.map.MapView;
import org.paxmap.model.Layer;
import org.paxmap.render.MapViewState;
import org.paxmap.store.MapFeature;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** The user pans and zooms the exercise picture's map in the real window with mouse and keys, and hides a layer. */
@Tag("slow")
class MapInteractionTest {
    @TempDir
    static Path dataDir;

    private static Application app;
    private static MapView map;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startTheWindow() throws Exception {
        System.setProperty(UserDataDir.PROPERTY, dataDir.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PaxmapApp.class);
        map = new FxRobot().lookup("#mapView").queryAs(MapView.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !onFx(() -> map.shownFeatures(Layer.INCIDENTS))
                .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stopTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(UserDataDir.PROPERTY);
    }

    @BeforeEach
    void startFromThePicture() throws Exception {
        onFx(() -> {
            map.zoomToPicture();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_map_opens_fitted_to_the_picture() throws Exception {
        MapViewState state = onFx(() -> map.state().copy());
        assertTrue(state.centreLon() > 35 && state.centreLon() < 36.2, state.toString());
        assertTrue(state.centreLat() > 32.8 && state.centreLat() < 33.8, state.toString());
        assertTrue(state.zoom() > 7 && state.zoom() < 13, state.toString());
    }

    @Test
    void dragging_left_pans_east() throws Exception {
        double before = onFx(() -> map.state().centreLon());
        double lat = onFx(() -> map.state().centreLat());
        robot.drag(map, MouseButton.PRIMARY).moveBy(-200, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double after = onFx(() -> map.state().centreLon());
        assertTrue(after > before, before + " -> " + after);
        assertEquals(lat, onFx(() -> map.state().centreLat()), 0.02, "a horizontal drag keeps the latitude");
    }

    @Test
    void the_wheel_zooms_about_the_cursor() throws Exception {
        robot.moveTo(map, Pos.TOP_LEFT, new Point2D(300, 200), Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = onFx(() -> new Point2D(300, 200));
        double zoom = onFx(() -> map.state().zoom());
        double lon = onFx(() -> map.state().lonAt(local.getX()));
        double lat = onFx(() -> map.state().latAt(local.getY()));
        robot.scroll(2, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewState after = onFx(() -> map.state().copy());
        assertNotEquals(zoom, after.zoom(), 0.05, "two wheel notches change the zoom by more than a little");
        assertEquals(local.getX(), after.screenX(lon), 1.0);
        assertEquals(local.getY(), after.screenY(lat), 1.0);
    }

    @Test
    void double_click_zooms_in_one_level_about_the_point() throws Exception {
        MapViewState before = onFx(() -> map.state().copy());
        double lon = before.lonAt(420);
        double lat = before.latAt(260);
        // the second click of a double click as the platform delivers it (its click count 2): a robot's two clicks
        // count as one double click only when the platform sees them close enough in time, which a busy machine or a
        // JVM still loading the event classes does not guarantee
        onFx(() -> {
            Point2D scene = map.localToScene(420, 260); // an event's x and y are the scene's until it reaches the map
            for (javafx.event.EventType<MouseEvent> type :
                    List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                map.fireEvent(click(type, scene.getX(), scene.getY(), 2));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        MapViewState after = onFx(() -> map.state().copy());
        assertEquals(before.zoom() + 1, after.zoom(), 1e-9);
        assertEquals(420, after.screenX(lon), 1.0, "the point double-clicked stays under the cursor");
        assertEquals(260, after.screenY(lat), 1.0);
    }

    // A mouse event of a click at scene x, y (the mouse still since the press) with its click count.
    private static MouseEvent click(javafx.event.EventType<MouseEvent> type, double x, double y, int count) {
        return new MouseEvent(
                type,
                x,
                y,
                x,
                y,
                MouseButton.PRIMARY,
                count,
                false,
                false,
                false,
                false,
                type == MouseEvent.MOUSE_PRESSED,
                false,
                false,
                false,
                false,
                true,
                null);
    }

    @Test
    void a_quick_drag_coasts_on_after_the_button_is_released() throws Exception {
        double centre = onFx(() -> map.state().centreLon());
        onFx(() -> {
            map.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, 600, 300));
            return null;
        });
        for (int x = 580; x >= 400; x -= 20) {
            Thread.sleep(8);
            int at = x;
            onFx(() -> {
                map.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, at, 300));
                return null;
            });
        }
        double atRelease = onFx(() -> {
            map.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, 400, 300));
            return map.state().centreLon();
        });
        assertTrue(atRelease > centre, "the drag itself pans east");
        Thread.sleep(400); // pulses go on after the release
        WaitForAsyncUtils.waitForFxEvents();
        double coasted = onFx(() -> map.state().centreLon());
        assertTrue(coasted > atRelease, "the map glides on east after release: " + atRelease + " -> " + coasted);
    }

    @Test
    void zoom_to_picture_in_the_view_menu_frames_the_picture_again() throws Exception {
        MapViewState fitted = onFx(() -> map.state().copy());
        robot.clickOn(map);
        robot.type(KeyCode.ADD, KeyCode.ADD, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!onFx(() -> map.state().sameViewAs(fitted)), "the view moved away");
        robot.clickOn("#menuView").clickOn("#itemZoomToPicture");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> map.state().sameViewAs(fitted)), "View > Zoom to picture frames the picture");
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(
                type,
                x,
                y,
                x,
                y,
                MouseButton.PRIMARY,
                1,
                false,
                false,
                false,
                false,
                true,
                false,
                false,
                false,
                false,
                type == MouseEvent.MOUSE_RELEASED || type == MouseEvent.MOUSE_CLICKED ? false : true,
                null);
    }

    @Test
    void arrow_and_plus_minus_keys_pan_and_zoom() throws Exception {
        robot.clickOn(map);
        MapViewState start = onFx(() -> map.state().copy());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> map.state().centreLon()) > start.centreLon(), "right shows what lies east");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> map.state().centreLat()) > start.centreLat(), "up shows what lies north");
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start.zoom() + 1, onFx(() -> map.state().zoom()), 1e-9);
        robot.type(KeyCode.MINUS, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start.zoom() - 1, onFx(() -> map.state().zoom()), 1e-9);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> map.state().sameViewAs(start)), "Home zooms back to the picture");
    }

    @Test
    void clicking_the_coordinate_in_the_status_bar_copies_the_position_last_pointed_at() throws Exception {
        onFx(() -> {
            ClipboardContent other = new ClipboardContent();
            other.putString("something else");
            Clipboard.getSystemClipboard().setContent(other);
            return null;
        });
        // the position the map reported last before the mouse left it for the status bar
        java.util.concurrent.atomic.AtomicReference<Point2D> lastOnMap =
                new java.util.concurrent.atomic.AtomicReference<>();
        javafx.beans.value.ChangeListener<Point2D> follow = (o, was, now) -> {
            if (now != null) {
                lastOnMap.set(now);
            }
        };
        onFx(() -> {
            map.pointerProperty().addListener(follow);
            return null;
        });
        String copied;
        try {
            robot.moveTo(map, Pos.TOP_LEFT, new Point2D(250, 180), Motion.DIRECT);
            robot.moveTo("#mapCoordinate").clickOn(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        } finally {
            onFx(() -> {
                map.pointerProperty().removeListener(follow);
                return null;
            });
        }
        double lon = lastOnMap.get().getX();
        double lat = lastOnMap.get().getY();
        MapStatus status = robot.lookup("#mapStatus").queryAs(MapStatus.class);
        assertEquals(onFx(status::copyableText), copied);
        // decimal degrees first, latitude then longitude, then DMS and MGRS
        String[] decimal = copied.split(" · ")[0].split(",\\s*");
        assertEquals(lat, Double.parseDouble(decimal[0]), 1e-4, copied);
        assertEquals(lon, Double.parseDouble(decimal[1]), 1e-4, copied);
        assertEquals(3, copied.split(" · ").length, "decimal, DMS and MGRS: " + copied);
    }

    @Test
    void hiding_the_incident_layer_removes_the_dot_of_a_known_incident() throws Exception {
        MapFeature incident = mostIsolatedIncident();
        Point p = (Point) incident.geometry();
        onFx(() -> {
            map.state().centreOn(p.getX(), p.getY());
            map.state().setZoom(16);
            map.markDirty();
            return null;
        });
        CheckMenuItem toggle = incidentsToggle();
        try {
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isLevelColour(discPixel()));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(
                        "centre " + discPixel() + " view " + onFx(() -> map.state()) + " at " + p + " shown "
                                + onFx(() -> map.shownFeatures(Layer.INCIDENTS).size()));
            }
            onFx(() -> {
                toggle.setSelected(false); // what clicking View > Incidents does
                return null;
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !isLevelColour(discPixel()));
            assertEquals(Boolean.FALSE, onFx(() -> map.layerVisibleProperty(Layer.INCIDENTS)
                    .get()));
        } finally {
            onFx(() -> {
                toggle.setSelected(true);
                return null;
            });
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> isLevelColour(discPixel()));
    }

    private static MapFeature mostIsolatedIncident() throws Exception {
        List<MapFeature> all = onFx(() -> map.shownFeatures(Layer.INCIDENTS));
        return all.stream()
                .max(Comparator.comparingDouble(f -> all.stream()
                        .filter(o -> o != f)
                        .mapToDouble(o -> o.geometry().distance(f.geometry()))
                        .min()
                        .orElse(1)))
                .orElseThrow();
    }

    private CheckMenuItem incidentsToggle() {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream()
                .filter(m -> "menuView".equals(m.getId()))
                .findFirst()
                .orElseThrow();
        return (CheckMenuItem) view.getItems().stream()
                .filter(i -> "itemIncidents".equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    // Inside the incident's disc, beside the glyph drawn on it.
    private static Color discPixel() throws Exception {
        return onFx(() -> {
            Canvas canvas = (Canvas) map.lookup("#mapCanvas");
            return canvas.snapshot(null, null)
                    .getPixelReader()
                    .getColor((int) canvas.getWidth() / 2 + 6, (int) canvas.getHeight() / 2);
        });
    }

    private static boolean isLevelColour(Color c) {
        for (String level : new String[] {"#7d9a83", "#f2a900", "#ee5a24", "#a4161a"}) {
            Color l = Color.web(level);
            if (Math.abs(c.getRed() - l.getRed())
                            + Math.abs(c.getGreen() - l.getGreen())
                            + Math.abs(c.getBlue() - l.getBlue())
                    < 0.05) {
                return true;
            }
        }
        return false;
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
