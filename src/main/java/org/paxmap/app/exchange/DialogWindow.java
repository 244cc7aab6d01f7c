package org.paxmap.app.exchange;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Small builders shared by the exchange dialogs: the window itself, headings, notes, buttons. FX-thread only. */
final class DialogWindow {
    private static final String CSS = "/org/paxmap/app/paxmap.css";
    private static final String EXCHANGE_CSS = "exchange.css";

    private DialogWindow() {}

    /** A window-modal stage owned by {@code owner} showing {@code root}, whose id becomes {@code id}. */
    static Stage create(Window owner, String id, String title, Parent root) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        root.setId(id);
        root.getStyleClass().add("exchange-dialog");
        Scene scene = new Scene(root);
        var css = DialogWindow.class.getResource(CSS);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getStylesheets().add(DialogWindow.class.getResource(EXCHANGE_CSS).toExternalForm());
        stage.setScene(scene);
        return stage;
    }

    /**
     * Resizes {@code stage} to its content after the content grew, and moves it so that it stays on the screen it is
     * on (a dialog that grows downwards would otherwise push its buttons off the bottom of a laptop screen, and one
     * centred on a narrower owner may start left of the screen).
     */
    static void fit(Stage stage) {
        stage.sizeToScene();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(
                        stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()))
                .stream()
                .findFirst()
                .orElse(javafx.stage.Screen.getPrimary())
                .getVisualBounds();
        if (stage.getHeight() > screen.getHeight()) {
            stage.setHeight(screen.getHeight());
        }
        if (stage.getWidth() > screen.getWidth()) {
            stage.setWidth(screen.getWidth());
        }
        if (stage.getY() + stage.getHeight() > screen.getMaxY()) {
            stage.setY(Math.max(screen.getMinY(), screen.getMaxY() - stage.getHeight()));
        }
        if (stage.getX() + stage.getWidth() > screen.getMaxX()) {
            stage.setX(Math.max(screen.getMinX(), screen.getMaxX() - stage.getWidth()));
        }
        if (stage.getX() < screen.getMinX()) {
            stage.setX(screen.getMinX()); // centred on a narrower owner near the screen's edge
        }
        if (stage.getY() < screen.getMinY()) {
            stage.setY(screen.getMinY());
        }
    }

    /** A bold heading. */
    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("exchange-heading");
        label.setWrapText(true);
        return label;
    }

    /** A wrapped explanatory note. */
    static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("exchange-note");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A label with an id, for values tests and users read. */
    static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A button with an id. */
    static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The buttons along the bottom, right-aligned. */
    static ButtonBar buttons(Button... buttons) {
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(buttons);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    /** A path field that grows, with its Browse… button beside it. */
    static HBox pathRow(TextField field, Node browse) {
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field, browse);
        row.setFillHeight(true);
        return row;
    }

    /**
     * {@code text} as a sentence: its first letter capital, a full stop at the end (messages of the layers below begin
     * in lower case and end without one).
     */
    static String sentence(String text) {
        String s = text == null || text.isBlank() ? "refused" : text.strip();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
    }

    /** Marks a note as an error (red) or plain. */
    static void error(Label label, boolean isError) {
        label.getStyleClass().remove("exchange-error");
        if (isError) {
            label.getStyleClass().add("exchange-error");
        }
    }

    /**
     * The path typed by the user, or empty after saying at {@code status} why it is not a usable path (a character
     * the file system does not allow).
     */
    static java.util.Optional<java.nio.file.Path> typedPath(String text, Label status) {
        try {
            return java.util.Optional.of(java.nio.file.Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            status.setText("'" + text + "' is not a usable path: " + e.getReason() + ".");
            error(status, true);
            return java.util.Optional.empty();
        }
    }

    /** Where a file chooser should start: the typed path if it is one, else {@code null} (start anywhere). */
    static java.nio.file.Path pathOrNull(String text) {
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
