package org.paxmap.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom status line: picture file, counts per layer, time span, the map's position, zoom and scale, node id.
 * FX-thread only.
 */
final class StatusBar extends HBox {
    private final Label file = label("statusFile");
    private final Label counts = label("statusCounts");
    private final Label span = label("statusSpan");
    private final Label node = label("statusNode");
    private final Separator[] separators = {new Separator(Orientation.VERTICAL), new Separator(Orientation.VERTICAL)};

    StatusBar(Node mapStatus) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        span.setMinWidth(0);
        file.setMinWidth(0);
        node.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(file, separators[0], counts, separators[1], span, grow, mapStatus, node);
        showMessage("No picture open");
    }

    /** Shows the facts of an open picture. */
    void show(LoadedPicture picture) {
        file.setText(picture.summary().file().getFileName().toString());
        counts.setText(PictureFacts.counts(picture.summary()));
        span.setText(PictureFacts.timeSpan(picture.summary()));
        node.setText("node " + picture.summary().nodeId());
        setSeparatorsVisible(true);
    }

    /** Shows a message in place of the picture facts. */
    void showMessage(String message) {
        file.setText(message);
        counts.setText("");
        span.setText("");
        node.setText("");
        setSeparatorsVisible(false);
    }

    private void setSeparatorsVisible(boolean visible) {
        for (Separator separator : separators) {
            separator.setVisible(visible);
        }
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }
}
