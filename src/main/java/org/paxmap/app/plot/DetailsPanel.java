package org.paxmap.app.plot;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The right-hand details panel, lying over the map's right edge (so that opening it does not move the map): a heading ("New incident", "Route 'BLUE 3'"), a hint for the current tool, the form
 * or measure panel, a Delete button while a feature is selected, and the last save message. Hidden when there is
 * nothing to show. FX-thread only.
 */
public final class DetailsPanel extends BorderPane {
    private final Label heading = new Label();
    private final Label hint = new Label();
    private final Label saved = new Label();
    private final Button delete = new Button("Delete…");
    private final Button close = new Button("✕");
    private final ScrollPane scroll = new ScrollPane();
    private final org.paxmap.app.exchange.ProvenanceView provenance = new org.paxmap.app.exchange.ProvenanceView();
    private final VBox provenanceBox = new VBox(2, sectionTitle("Where it came from"), provenance);

    DetailsPanel(Runnable onDelete, Runnable onClose) {
        setId("detailsPanel");
        getStyleClass().add("details-panel");
        setPrefWidth(380);
        setMinWidth(300);
        setMaxWidth(USE_PREF_SIZE);
        setMaxHeight(Double.MAX_VALUE);
        heading.setId("detailsHeading");
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        hint.setId("detailsHint");
        hint.getStyleClass().add("plot-hint");
        hint.setWrapText(true);
        hint.managedProperty().bind(hint.visibleProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        saved.setId("detailsSaved");
        saved.getStyleClass().add("plot-saved");
        saved.setWrapText(true);
        delete.setId("detailsDelete");
        delete.setOnAction(e -> onDelete.run());
        delete.managedProperty().bind(delete.visibleProperty());
        close.setId("detailsClose");
        close.getStyleClass().add("details-close");
        close.setOnAction(e -> onClose.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        HBox top = new HBox(6, heading, grow, close);
        setTop(new VBox(4, top, hint));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        provenance.setId("detailsProvenance");
        provenanceBox.managedProperty().bind(provenanceBox.visibleProperty());
        provenanceBox.setVisible(false);
        setBottom(new VBox(6, provenanceBox, delete, saved));
        setVisible(false);
        saved.visibleProperty().bind(Bindings.isNotEmpty(saved.textProperty()));
    }

    /** Shows {@code content} under {@code title}, with {@code hintText} above it; a Delete button if {@code deletable}. */
    void show(String title, String hintText, Node content, boolean deletable) {
        heading.setText(title);
        hint.setText(hintText == null ? "" : hintText);
        scroll.setContent(content);
        delete.setVisible(deletable);
        setVisible(true);
    }

    /** Hides the panel and drops its content. */
    void clear() {
        scroll.setContent(null);
        provenanceBox.setVisible(false);
        setVisible(false);
    }

    /** Says where the feature shown came from (created here, or which partner, bundle, signer, when). */
    void showProvenance(org.paxmap.app.exchange.ProvenanceFacts facts) {
        provenance.show(facts);
        provenanceBox.setVisible(true);
    }

    /** Says that the provenance could not be read, and why. */
    void provenanceUnavailable(String reason) {
        provenance.clear();
        provenance.getChildren().setAll(new Label("Cannot read where it came from: " + reason));
        provenanceBox.setVisible(true);
    }

    /** Hides the provenance (a new feature, or the measure tool). */
    void hideProvenance() {
        provenanceBox.setVisible(false);
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-section");
        return label;
    }

    /** The content shown, or {@code null}. */
    Node content() {
        return scroll.getContent();
    }

    /** The save-message line (bound by the controller to the session's last message). */
    Label savedLine() {
        return saved;
    }
}
