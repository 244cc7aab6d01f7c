package org.paxmap.app.plot;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;

/**
 * A form's release-label row: the choice among the labels offered, and a "New…" button that reads the picture's
 * policy table on the store thread and opens the {@link LabelEditor} starting from the label chosen. A label written
 * there is added to the choices (of this form and of the forms opened later) and chosen, which the form saves as it
 * saves any other choice. FX-thread only.
 */
final class LabelChoice extends HBox {
    private final ComboBox<ReleaseLabel> box;
    private final Button write = new Button("New…");
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
        super(6);
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
        box.setButtonCell(new WrappedCell());
        HBox.setHgrow(box, Priority.ALWAYS);
        write.setId(id + "New");
        write.setMinWidth(USE_PREF_SIZE);
        write.setTooltip(new Tooltip("Write a new release label: policy, classification, REL TO, caveats"));
        write.setOnAction(e -> openEditor());
        getChildren().setAll(box, write);
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

    /** The chosen label in full (display form, policy, originator), wrapped over lines rather than cut short. */
    private static final class WrappedCell extends ListCell<ReleaseLabel> {
        WrappedCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(ReleaseLabel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : Choices.label(item));
        }
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
