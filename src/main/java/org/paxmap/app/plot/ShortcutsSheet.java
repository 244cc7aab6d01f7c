package org.paxmap.app.plot;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Help ▸ Shortcuts sheet: a small window listing {@link Shortcuts#all()} by group. FX-thread only. */
public final class ShortcutsSheet {
    private ShortcutsSheet() {}

    /** Shows the sheet over {@code owner} (Escape or closing the window dismisses it); does not block. */
    public static Stage show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(3);
        int row = 0;
        String group = null;
        for (Shortcuts.Entry e : Shortcuts.all()) {
            if (!e.group().equals(group)) {
                group = e.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("shortcuts-heading");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(e.keys());
            keys.getStyleClass().add("shortcuts-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label(e.action());
            action.setWrapText(true);
            grid.add(keys, 0, row);
            grid.add(action, 1, row++);
        }
        VBox box = new VBox(grid);
        box.setId("shortcutsSheet");
        box.getStyleClass().add("shortcuts-sheet");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Paxmap — keyboard shortcuts");
        javafx.scene.Scene scene = new javafx.scene.Scene(scroll, 640, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
