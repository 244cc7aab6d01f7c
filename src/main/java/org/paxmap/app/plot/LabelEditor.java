package org.paxmap.app.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.paxmap.bundle.trust.PolicyTable;
import org.paxmap.bundle.trust.ReleasePolicy;
import org.paxmap.edit.FieldProblems;
import org.paxmap.model.ReleaseLabel;

/**
 * The label editor: a small dialog in which the analyst writes a release label — policy from the picture's policy
 * table, classification among that policy's (lowest first), REL TO typed comma-separated or picked with the group
 * buttons and the nation list, caveats, originator — with the label's display form shown live. Each field is checked
 * as it is typed and its problem shown under it, as in the plotting forms; "Use label" (or Enter) hands the label
 * back only when every field is valid, Cancel (or Escape) hands back nothing. The editor itself writes nothing to
 * the store. FX-thread only.
 */
final class LabelEditor {
    private static final String CSS = "/org/paxmap/app/paxmap.css";

    private final PolicyTable table;
    private final Dialog<ReleaseLabel> dialog = new Dialog<>();
    private final ButtonType use = new ButtonType("Use label", ButtonBar.ButtonData.OK_DONE);
    private final FormGrid grid = new FormGrid("labelEditor");
    private final ComboBox<String> policy = new ComboBox<>();
    private final ComboBox<String> classification = new ComboBox<>();
    private final TextField relTo = new TextField();
    private final FlowPane groups = new FlowPane(4, 4);
    private final ComboBox<String> nations = new ComboBox<>();
    private final TextField caveats = new TextField();
    private final TextField originator = new TextField();
    private final Label reads = new Label();
    private final Label preview = new Label();
    private final Label notes = new Label();
    private final Label status = new Label();
    private final Set<String> touched = new HashSet<>();
    private final List<ToggleButton> groupButtons = new ArrayList<>();
    private boolean attempted;
    private boolean syncing;

    private LabelEditor(Window owner, LabelPolicies policies, LabelDraft start) {
        this.table = policies.table();
        dialog.initOwner(owner);
        dialog.setTitle("Paxmap — release label");
        dialog.setHeaderText(null);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("labelEditor");
        var css = LabelEditor.class.getResource(CSS);
        if (css != null) {
            pane.getStylesheets().add(css.toExternalForm());
        }
        pane.getButtonTypes().setAll(use, ButtonType.CANCEL);
        Button ok = (Button) pane.lookupButton(use);
        ok.setId("labelEditorOk");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!acceptable()) {
                e.consume();
            }
        });
        pane.lookupButton(ButtonType.CANCEL).setId("labelEditorCancel");
        dialog.setResultConverter(b -> b == use ? draft().label(table).orElse(null) : null);

        policy.setId("labelPolicy");
        policy.getItems().setAll(table.policies().keySet());
        policy.setMaxWidth(Double.MAX_VALUE);
        classification.setId("labelClassification");
        classification.setMaxWidth(Double.MAX_VALUE);
        classification.setVisibleRowCount(8);
        relTo.setId("labelRelTo");
        relTo.setPromptText("codes and groups, comma-separated, e.g. FRA, ITA or NATO");
        groups.setId("labelRelToGroups");
        nations.setId("labelRelToNation");
        nations.setPromptText("Add a nation…");
        nations.setButtonCell(new NationCell());
        nations.setVisibleRowCount(12);
        nations.setFocusTraversable(false);
        nations.setMinWidth(Region.USE_PREF_SIZE);
        nations.setPrefWidth(150);
        nations.setTooltip(new Tooltip("Adds the nation picked to REL TO"));
        caveats.setId("labelCaveats");
        caveats.setPromptText("comma-separated, e.g. NOFORN; usually empty");
        originator.setId("labelOriginator");
        originator.setPromptText("nation or organisation code, e.g. FRA");
        preview.setId("labelPreview");
        preview.setWrapText(true);
        preview.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        notes.setId("labelNotes");
        notes.getStyleClass().add("plot-hint");
        notes.setWrapText(true);
        notes.managedProperty().bind(notes.visibleProperty());
        status.setId("labelEditor-status");
        status.getStyleClass().addAll("plot-status", "plot-status-problem");
        status.setWrapText(true);
        status.managedProperty().bind(status.visibleProperty());

        grid.add("Policy", policy, LabelDraft.FIELD_POLICY);
        grid.add("Classification", classification, LabelDraft.FIELD_CLASSIFICATION);
        grid.add("REL TO", relTo, LabelDraft.FIELD_REL_TO);
        HBox.setHgrow(groups, Priority.ALWAYS);
        grid.add("", new HBox(6, groups, nations), null);
        grid.add("Caveats", caveats, LabelDraft.FIELD_CAVEATS);
        grid.add("Originator", originator, LabelDraft.FIELD_ORIGINATOR);
        reads.getStyleClass().add("plot-caption");
        VBox content = new VBox(
                10,
                hint("Write the release label: the policy and classification come from the picture's policy"
                        + " table; REL TO takes the codes and groups that policy knows."),
                grid,
                new VBox(2, reads, preview),
                notes,
                status);
        content.setPrefWidth(520);
        pane.setContent(content);

        load(start);
        policy.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                touched.add(LabelDraft.FIELD_POLICY);
                policyChosen(b);
                refresh();
            }
        });
        watch(classification.valueProperty(), LabelDraft.FIELD_CLASSIFICATION);
        watch(relTo.textProperty(), LabelDraft.FIELD_REL_TO);
        watch(caveats.textProperty(), LabelDraft.FIELD_CAVEATS);
        watch(originator.textProperty(), LabelDraft.FIELD_ORIGINATOR);
        relTo.textProperty().addListener((o, a, b) -> showGroupsTyped());
        nations.valueProperty().addListener((o, a, b) -> nationPicked(b));
        refresh();
    }

    /**
     * Opens the editor over {@code owner} on the policies read from the picture, starting from {@code start}; {@code
     * onWritten} is given the label once the analyst uses a valid one (never when cancelled).
     */
    static void open(Window owner, LabelPolicies policies, LabelDraft start, Consumer<ReleaseLabel> onWritten) {
        LabelEditor editor = new LabelEditor(owner, policies, start);
        editor.dialog.setOnHidden(e -> {
            ReleaseLabel written = editor.dialog.getResult();
            if (written != null) {
                onWritten.accept(written);
            }
        });
        editor.dialog.show();
        editor.policy.requestFocus();
    }

    /** Fills the fields from {@code start}; problems of values it brings are shown at once. */
    private void load(LabelDraft start) {
        syncing = true;
        String name = table.policy(start.policy()).map(ReleasePolicy::name).orElse(start.policy());
        policy.setValue(name);
        policyChosen(name);
        classification.setValue(start.classification());
        relTo.setText(start.releasableTo());
        caveats.setText(start.caveats());
        originator.setText(start.originator());
        syncing = false;
        showGroupsTyped();
        if (start.policy() != null) {
            touched.addAll(List.of(
                    LabelDraft.FIELD_POLICY,
                    LabelDraft.FIELD_CLASSIFICATION,
                    LabelDraft.FIELD_REL_TO,
                    LabelDraft.FIELD_CAVEATS,
                    LabelDraft.FIELD_ORIGINATOR));
        }
    }

    /** Offers the classifications, groups and nations of policy {@code name}; keeps a classification it knows. */
    private void policyChosen(String name) {
        ReleasePolicy chosen = table.policy(name).orElse(null);
        String level = classification.getValue();
        classification.getItems().setAll(chosen == null ? List.of() : chosen.classifications());
        if (level != null && !classification.getItems().contains(level)) {
            classification.setValue(null);
        }
        groupButtons.clear();
        List<String> quick = new ArrayList<>();
        quick.add(ReleasePolicy.ALL);
        if (chosen != null) {
            quick.addAll(chosen.groups().keySet());
        }
        for (String code : quick) {
            ToggleButton button = new ToggleButton(code);
            button.setId("labelRelTo-" + code);
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(
                    code.equals(ReleasePolicy.ALL)
                            ? "Releasable to everyone"
                            : "Group " + code + ": "
                                    + String.join(", ", chosen.groups().get(code))));
            button.setOnAction(e -> toggle(code, button.isSelected()));
            groupButtons.add(button);
        }
        groups.getChildren().setAll(groupButtons);
        Set<String> singles = new TreeSet<>(chosen == null ? Set.of() : chosen.codes());
        if (chosen != null) {
            singles.removeAll(chosen.groups().keySet());
        }
        nations.getItems().setAll(singles);
        showGroupsTyped();
    }

    /** Adds {@code code} to REL TO (when {@code on}) or takes it out. */
    private void toggle(String code, boolean on) {
        List<String> codes = new ArrayList<>(LabelDraft.codes(relTo.getText()));
        codes.remove(code);
        if (on) {
            codes.add(code);
        }
        relTo.setText(String.join(", ", codes));
        relTo.requestFocus();
        relTo.end();
    }

    private void nationPicked(String code) {
        if (code == null) {
            return;
        }
        toggle(code, true);
        Platform.runLater(() -> nations.setValue(null));
    }

    /** Shows each group button pressed when its code is in REL TO as typed. */
    private void showGroupsTyped() {
        List<String> typed = LabelDraft.codes(relTo.getText());
        groupButtons.forEach(b -> b.setSelected(typed.contains(b.getText())));
    }

    private void watch(javafx.beans.value.ObservableValue<?> value, String field) {
        value.addListener((o, a, b) -> {
            if (!syncing) {
                touched.add(field);
                refresh();
            }
        });
    }

    private LabelDraft draft() {
        return new LabelDraft(
                policy.getValue(), classification.getValue(), relTo.getText(), caveats.getText(), originator.getText());
    }

    /** Shows the problems of the fields touched (of all once "Use label" was pressed), the display form and notes. */
    private void refresh() {
        LabelDraft draft = draft();
        FieldProblems problems = draft.problems(table);
        grid.show(problems, f -> attempted || touched.contains(f));
        preview.setText(draft.displayForm());
        preview.setOpacity(problems.isEmpty() ? 1 : 0.55);
        reads.setText(problems.isEmpty() ? "The label reads" : "The label will read, once every field is valid");
        List<String> said = problems.isEmpty() ? draft.notes() : List.of();
        notes.setText(String.join(" ", said));
        notes.setVisible(!said.isEmpty());
        if (problems.isEmpty()) {
            status.setText("");
        }
        status.setVisible(!status.getText().isEmpty());
        fit();
    }

    /** Grows or shrinks the dialog to its content once laid out (a problem shown adds a line under its field). */
    private void fit() {
        Platform.runLater(() -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    /** Whether the label may be used; if not, shows every problem and says so. */
    private boolean acceptable() {
        attempted = true;
        refresh();
        FieldProblems problems = draft().problems(table);
        if (problems.isEmpty()) {
            return true;
        }
        status.setText("Not used: " + problems.asMap().size() + " field(s) need attention.");
        status.setVisible(true);
        fit();
        return false;
    }

    /**
     * The nation list's face: always "Add a nation…" (a list cleared after each pick would otherwise lose its prompt).
     */
    private static final class NationCell extends javafx.scene.control.ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText("Add a nation…");
        }
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("plot-hint");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
