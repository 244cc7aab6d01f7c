package org.paxmap.app.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.paxmap.app.PaxmapApp;
import org.paxmap.app.map.MapView;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the exercise picture in a temporary data folder, driven as a user would, plus a second,
 * independent connection to the same picture file so that tests check the store itself rather than the window.
 */
final class PlotWindow implements AutoCloseable {
    final FxRobot robot = new FxRobot();
    final Application app;
    final MapView map;
    final PictureStore store;
    /** The review (filters, table), hidden — so out of the scene graph — while these tests run. */
    final Node reviewPane;

    private PlotWindow(Application app, MapView map, PictureStore store, Node reviewPane) {
        this.app = app;
        this.map = map;
        this.store = store;
        this.reviewPane = reviewPane;
    }

    /** Starts the window on the exercise picture created in {@code dataDir}, waits until the map shows it. */
    static PlotWindow start(Path dataDir) throws Exception {
        System.setProperty("paxmap.dataDir", dataDir.toString());
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(PaxmapApp.class);
        MapView map = new FxRobot().lookup("#mapView").queryAs(MapView.class);
        // the map at the size these tests click in: the review (timeline and table) hidden, as View > Review does
        Node reviewPane = new FxRobot().lookup("#reviewPane").query();
        onFx(() -> {
            reviewPane.setVisible(false);
            return null;
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !onFx(() -> map.shownFeatures(Layer.INCIDENTS))
                .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        PictureStore store = PictureStore.open(dataDir.resolve(SamplePicture.FILE_NAME));
        return new PlotWindow(app, map, store, reviewPane);
    }

    @Override
    public void close() throws Exception {
        store.close();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("paxmap.dataDir");
    }

    static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    /** Gives the map the keyboard focus without clicking it (a click would select or draw). */
    void focusMap() throws Exception {
        onFx(() -> {
            map.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses {@code keys} together (e.g. CONTROL, Z) and waits for the window to settle. */
    void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the map at ({@code x}, {@code y}) in the map's own pixels. */
    void clickMap(double x, double y) {
        robot.moveTo(map, Pos.TOP_LEFT, new Point2D(x, y), Motion.DIRECT);
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of the field {@code query} with {@code text}, typed key by key. */
    void type(String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the choice {@code query} and clicks the entry shown as {@code text}. */
    void choose(String query, String text) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".list-cell")
                .match((Node n) -> n instanceof javafx.scene.control.Labeled l
                        && text.equals(l.getText())
                        && n.getScene() != robot.lookup(query).query().getScene())
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Fills the zone form's name, threat level and category. */
    void describeZone(String name, String level, String category) {
        type("#zoneName", name);
        choose("#zoneLevel", level);
        choose("#zoneCategory", category);
    }

    /** Fills the incident form's event type, sub-type, severity and title. */
    void describeIncident(String eventType, String subType, String severity, String title) {
        choose("#incidentEventType", eventType);
        choose("#incidentType", subType);
        choose("#incidentSeverity", severity);
        type("#incidentTitle", title);
    }

    /** The text of the label {@code query}, or "" when it is not shown. */
    String shown(String query) throws Exception {
        return onFx(() -> robot.lookup(query)
                .tryQuery()
                .map(n -> n.isVisible() ? ((Label) n).getText() : "")
                .orElse(""));
    }

    String text(String query) throws Exception {
        return onFx(() -> ((TextInputControl) robot.lookup(query).query()).getText());
    }

    /** Every live and deleted feature of a layer, read from the store. */
    List<Feature> all(Layer layer) throws Exception {
        return store.query(
                FeatureQuery.all().withLayers(java.util.Set.of(layer)).includingDeleted());
    }

    /** The ids of every live and deleted feature of a layer, read from the store. */
    java.util.Set<java.util.UUID> ids(Layer layer) throws Exception {
        return all(layer).stream().map(Feature::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The features of a layer whose ids are not among {@code before}, read from the store (failing loudly). */
    List<Feature> added(Layer layer, java.util.Set<java.util.UUID> before) {
        try {
            return all(layer).stream().filter(f -> !before.contains(f.id())).toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the store", e);
        }
    }

    /** {@code f} as the store has it now (failing loudly if it cannot be read or is gone). */
    Feature find(Feature f) {
        try {
            return store.find(f.id()).orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + f.id() + " from the store", e);
        }
    }

    /** The number of rows in the store's change log: every write adds one. */
    long changes() throws Exception {
        return store.changesSince(0).size();
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            assertTrue(false, "timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Presses the button reading {@code text} in the dialog on screen (not a button of that name elsewhere in the
     * window, such as the briefing panel's Delete).
     */
    void answerDialog(String text) {
        waitUntil("a dialog asks", () -> dialogButton(text).isPresent());
        robot.clickOn(dialogButton(text).orElseThrow());
    }

    private java.util.Optional<javafx.scene.control.Button> dialogButton(String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible())
                .findFirst();
    }
}
