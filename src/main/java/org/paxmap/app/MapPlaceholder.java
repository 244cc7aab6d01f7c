package org.paxmap.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The centre of the window until the map view exists: a note, the picture's extent and counts. FX-thread only. */
final class MapPlaceholder extends VBox {
    private final Label heading = new Label();
    private final Label detail = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();

    MapPlaceholder() {
        setId("mapPlaceholder");
        getStyleClass().add("map-placeholder");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        heading.getStyleClass().add("placeholder-heading");
        heading.setId("placeholderHeading");
        detail.getStyleClass().add("placeholder-detail");
        detail.setId("placeholderDetail");
        detail.setWrapText(true);
        progress.setMaxSize(48, 48);
        getChildren().addAll(progress, heading, detail);
        showMessage("No picture open", "Use File › Open picture… or File › New picture….");
    }

    /** Shows a busy indicator and what is being done. */
    void showLoading(String what) {
        progress.setVisible(true);
        progress.setManaged(true);
        heading.setText("Loading…");
        detail.setText(what);
    }

    /** Shows the open picture's facts. */
    void show(LoadedPicture picture) {
        showMessage(
                "The map view comes next",
                picture.title() + "\n"
                        + PictureFacts.counts(picture.summary()) + "\n"
                        + "Extent " + PictureFacts.extent(picture.summary().extent()) + "\n"
                        + "Time span " + PictureFacts.timeSpan(picture.summary()));
    }

    /** Shows a heading and a detail line without the busy indicator. */
    void showMessage(String headingText, String detailText) {
        progress.setVisible(false);
        progress.setManaged(false);
        heading.setText(headingText);
        detail.setText(detailText);
    }
}
