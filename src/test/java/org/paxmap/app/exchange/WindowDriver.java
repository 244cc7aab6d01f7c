package org.paxmap.app.exchange;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window in the exchange tests: menu items, fields, waits, alerts. */
public final class WindowDriver {
    public final FxRobot robot = new FxRobot();

    /** Starts the real window on {@code picture} and waits until its status bar shows the picture's counts. */
    public static javafx.application.Application start(java.nio.file.Path picture) throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        javafx.application.Application app =
                org.testfx.api.FxToolkit.setupApplication(org.paxmap.app.PaxmapApp.class, picture.toString());
        new WindowDriver().waitFor("the picture", () -> new WindowDriver()
                .text("#statusCounts")
                .matches("\\d+ incidents?.*"));
        return app;
    }

    /** Stops the window {@link #start} started. */
    public static void stop(javafx.application.Application app) throws Exception {
        org.testfx.api.FxToolkit.cleanupApplication(app);
        org.testfx.api.FxToolkit.cleanupStages();
    }

    /** Fires the menu item with {@code id} in the window's real menu bar. */
    public void menu(String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        onFx(() -> {
            for (Menu m : bar.getMenus()) {
                for (MenuItem item : m.getItems()) {
                    if (id.equals(item.getId())) {
                        item.fire();
                        return null;
                    }
                }
            }
            throw new AssertionError("no menu item " + id);
        });
    }

    /** Puts {@code text} into the text field {@code query} (as typing or pasting would; listeners fire). */
    void type(String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        onFx(() -> {
            field.setText(text);
            return null;
        });
    }

    public void click(String query) {
        waitFor("enabled " + query, () -> find(query) != null && !find(query).isDisabled());
        javafx.geometry.Bounds bounds =
                onFx(() -> find(query).localToScreen(find(query).getBoundsInLocal()));
        javafx.geometry.Rectangle2D screen =
                onFx(() -> javafx.stage.Screen.getPrimary().getBounds());
        if (!screen.contains(bounds.getCenterX(), bounds.getCenterY())) {
            throw new AssertionError(query + " is off the screen " + screen + " at " + bounds);
        }
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks {@code node} at ({@code x}, {@code y}) in its own coordinates, as the user's mouse would. */
    public void clickAt(Node node, double x, double y) {
        javafx.geometry.Point2D onScreen = onFx(() -> node.localToScreen(x, y));
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text in the text field {@code query}; empty if there is none. */
    public String field(String query) {
        Node node = find(query);
        return node == null ? "" : onFx(() -> ((TextInputControl) node).getText());
    }

    /**
     * Saves a picture of the window showing {@code query} as {@code target/exchange-screenshots/<name>.png}, for a
     * person to look at the dialogs as the tests leave them.
     */
    public void snapshot(String query, String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "exchange-screenshots");
            java.nio.file.Files.createDirectories(folder);
            javafx.scene.image.WritableImage image =
                    onFx(() -> find(query).getScene().snapshot(null));
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            java.awt.image.BufferedImage out =
                    new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(
                    out, "png", folder.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Closes every alert showing (as the user would, after reading it). */
    public void closeAlerts() {
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) {
                    w.hide();
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of a label or button. */
    public String text(String query) {
        Node node = find(query);
        return node == null ? "" : onFx(() -> ((Labeled) node).getText());
    }

    public Node find(String query) {
        return robot.lookup(query).tryQuery().orElse(null);
    }

    boolean disabled(String query) {
        return onFx(() -> find(query).isDisabled());
    }

    /** Waits (up to 60 s) for {@code condition}, failing with {@code what}. */
    public void waitFor(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition::get));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; alerts showing: " + alerts(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The header and content of every alert showing. */
    public String alerts() {
        return onFx(() -> {
            StringBuilder sb = new StringBuilder();
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) {
                    DialogPane pane = (DialogPane) w.getScene().getRoot();
                    sb.append('[')
                            .append(pane.getHeaderText())
                            .append(" | ")
                            .append(pane.getContentText())
                            .append(']');
                }
            }
            return sb.toString();
        });
    }

    /** Closes the window showing {@code query}. */
    void closeWindowOf(String query) {
        Node node = find(query);
        onFx(() -> {
            ((Stage) node.getScene().getWindow()).close();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * From now on, the moment a window whose root has id {@code rootId} is shown, fires its button {@code buttonId}
     * — in the same FX event as the showing, so before the job the window stands for has started (a user's click
     * could not be timed that surely). Returns what stops watching.
     */
    public static Runnable pressWhenShown(String rootId, String buttonId) {
        javafx.collections.ListChangeListener<Window> listener = change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w.getScene() != null
                            && w.getScene().getRoot() != null
                            && rootId.equals(w.getScene().getRoot().getId())) {
                        ((javafx.scene.control.ButtonBase) w.getScene().lookup("#" + buttonId)).fire();
                    }
                }
            }
        };
        onFx(() -> {
            Window.getWindows().addListener(listener);
            return null;
        });
        return () -> onFx(() -> {
            Window.getWindows().removeListener(listener);
            return null;
        });
    }

    public static <T> T onFx(Callable<T> call) {
        if (Platform.isFxApplicationThread()) {
            try {
                return call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(call));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
