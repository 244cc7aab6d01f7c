package org.paxmap.app.plot;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;

/**
 * A form's release-label row: the choice among the labels offered, the chosen label in full under it (the choice
 * is narrow and a label must never be read cut short), and a "New…" button that reads the picture's
 * policy table on the store thread and opens the {@link LabelEditor} starting from the label chosen. A label written
 * there is added to the choices (of this form and of the forms opened later) and chosen, which the form saves as it
 * saves any other choice. FX-thread only.
 */
final class LabelChoice extends VBox {
    private final ComboBox<ReleaseLabel> box;
    private final Button write = new Button("New…");
    private final Label full = new Label();
    private final LabelChoices choices;
    private final PlotSession session;
    private final boolean editing;
    private final Consumer<String> onProblem;

    /**
     * A row whose choice has id {@code id}, offering {@code choices}; {@code current} is the label of the feature
     * edited (chosen, and offered even if the picture no longer has it), or {@code null} for a new feature, which
     * starts with the picture's default label. {@code onProblem} is told in words when the editor cannot open.
     */
    LabelChoice(
            String id, LabelChoices choices, ReleaseLabel current, PlotSession session, Consumer<String> onProblem) {
        super(2);
        this.choices = choices;
        this.session = session;
        this.editing = current != null;
        this.onProblem = onProblem;
        box = Choices.of(id, choices.offered(), Choices::label);
        if (current != null && !box.getItems().contains(current)) {
            box.getItems().add(0, current);
        }
        box.setValue(current != null ? current : choices.preset());
        box.setMinWidth(80);
        HBox.setHgrow(box, Priority.ALWAYS);
        write.setId(id + "New");
        write.setMinWidth(USE_PREF_SIZE);
        write.setTooltip(new Tooltip("Write a new release label: policy, classification, REL TO, caveats"));
        write.setOnAction(e -> openEditor());
        full.setId(id + "Full");
        full.getStyleClass().add("plot-hint");
        full.setWrapText(true);
        full.setMinHeight(Label.USE_PREF_SIZE);
        full.textProperty().bind(box.valueProperty().map(LabelChoice::inFull).orElse(""));
        HBox row = new HBox(6, box, write);
        getChildren().setAll(row, full);
    }

    /** The choice itself (the form watches its value). */
    ComboBox<ReleaseLabel> box() {
        return box;
    }

    /** The label chosen. */
    ReleaseLabel value() {
        return box.getValue();
    }

    private void openEditor() {
        PictureStore store = session.store();
        write.setDisable(true);
        session.read(
                "Reading the release policies of " + store.file(),
                () -> LabelPolicies.read(store),
                policies -> {
                    write.setDisable(false);
                    if (getScene() == null) {
                        return; // the form was replaced meanwhile
                    }
                    LabelDraft start =
                            LabelDraft.startingFrom(box.getValue(), editing, policies.organisation(), store.nodeId());
                    LabelEditor.open(getScene().getWindow(), policies, start, this::written);
                },
                message -> {
                    write.setDisable(false);
                    onProblem.accept(message);
                });
    }

    /** The label as the choice may cut it short, in full: display form, policy and originator. */
    private static String inFull(ReleaseLabel label) {
        return label.displayForm() + " — policy " + label.policy() + ", originator " + label.originator();
    }

    private void written(ReleaseLabel label) {
        choices.written(label);
        if (!box.getItems().contains(label)) {
            box.getItems().add(label);
        }
        box.setValue(label);
        Optional.ofNullable(getScene()).ifPresent(s -> box.requestFocus());
    }
}
