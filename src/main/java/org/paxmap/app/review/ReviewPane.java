package org.paxmap.app.review;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;

/**
 * The review in the window: the filter bar over the feature table (this pane, which the View menu shows and hides
 * through its {@code visible} property, the timeline with it) and the timeline, which {@link #around} places under
 * the map. Owns the {@link
 * ReviewModel}. FX-thread only.
 */
public final class ReviewPane extends VBox {
    private final ReviewModel model = new ReviewModel();
    private final FilterBar filters = new FilterBar(model);
    private final ReviewTable table = new ReviewTable(model);
    private final TimelineView timeline = new TimelineView(model);

    /** An empty review; {@link #show} loads a picture into it. */
    public ReviewPane() {
        setId("reviewPane");
        getStyleClass().add("review-pane");
        getStylesheets().add(ReviewPane.class.getResource("review.css").toExternalForm());
        timeline.getStylesheets().add(ReviewPane.class.getResource("review.css").toExternalForm());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filters, table);
    }

    /**
     * Loads {@code store}'s features on {@code io} and shows them under the current filter, offering {@code labels}
     * in the label filter. {@code onFailure} gets the reason when the store cannot be read.
     */
    public void show(PictureStore store, List<ReleaseLabel> labels, Executor io, Consumer<Throwable> onFailure) {
        filters.showLabels(labels);
        model.load(store, io, onFailure);
    }

    /** The model the map follows. */
    public ReviewModel model() {
        return model;
    }

    /** The table. */
    public ReviewTable table() {
        return table;
    }

    /** The filter bar. */
    public FilterBar filters() {
        return filters;
    }

    /** The timeline. */
    public TimelineView timeline() {
        return timeline;
    }

    /**
     * {@code mapArea} with the timeline under it, above this pane in a vertical split; hiding this pane removes it and
     * the timeline (the map takes the height; the filter stays as it was), showing it puts both back, the divider where
     * it was.
     */
    public Node around(Node mapArea) {
        BorderPane mapWithTimeline = new BorderPane(mapArea);
        mapWithTimeline.setBottom(timeline);
        // the timeline belongs to the review: hiding the review gives the map the whole height
        timeline.visibleProperty().bind(visibleProperty());
        timeline.managedProperty().bind(visibleProperty());
        // The map's overlays (the legend) must not hold the split open: the map clips them instead.
        mapWithTimeline.setMinHeight(180);
        if (mapArea instanceof Region region) {
            region.setMinHeight(0);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(region.widthProperty());
            clip.heightProperty().bind(region.heightProperty());
            region.setClip(clip);
        }
        setMinHeight(120);
        SplitPane split = new SplitPane(mapWithTimeline, this);
        split.setId("reviewSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(this, false);
        double[] divider = {0.64};
        visibleProperty().addListener((o, was, now) -> {
            if (now && !split.getItems().contains(this)) {
                split.getItems().add(this);
                split.setDividerPositions(divider[0]);
            } else if (!now && split.getItems().contains(this)) {
                divider[0] = split.getDividerPositions()[0];
                split.getItems().remove(this);
            }
        });
        return split;
    }
}
