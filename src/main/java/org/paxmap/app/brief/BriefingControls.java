package org.paxmap.app.brief;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The briefing panel's small control builders: buttons, rows, captions and spinners. FX thread only. */
final class BriefingControls {
    private BriefingControls() {}

    /** A button {@code id} labelled {@code text} with the tooltip {@code tip}, running {@code action}. */
    static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A caption in the panel's details style. */
    static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("map-details");
        return label;
    }

    /** {@code nodes} side by side, centred vertically. */
    static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** An editable spinner {@code id}: a number typed into it counts when it loses the focus, not only on Enter. */
    static <T> Spinner<T> editable(Spinner<T> spinner, String id) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                spinner.increment(0);
            }
        });
        return spinner;
    }
}
