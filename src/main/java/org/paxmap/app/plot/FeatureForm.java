package org.paxmap.app.plot;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.paxmap.edit.FeatureDraft;
import org.paxmap.edit.FieldProblems;
import org.paxmap.model.Feature;

/**
 * What the incident, route and zone forms share. A form either creates a feature (its "Add" button, or Enter, writes
 * it once every field is valid) or edits one (each field is saved as soon as it is committed — Enter, leaving the
 * field, or picking a choice — when the whole form is valid; there is no Save button). The form validates as the
 * analyst types and shows each problem at its field: at first only for fields already touched, and for every field
 * once a save was attempted. An invalid form writes nothing. FX-thread only.
 */
abstract class FeatureForm extends VBox {
    protected final FormGrid grid;
    protected final PlotSession session;
    private final LabelChoices labels;
    private final Feature editing;
    private final Set<String> touched = new HashSet<>();
    private final Label status = new Label();
    private final Button add = new Button();
    private boolean attempted;
    private boolean loading = true;
    private boolean dirty;
    private Consumer<Feature> onCreated = f -> {};
    private Runnable onChange = () -> {};

    /**
     * A form with id {@code formId} over {@code session}, editing {@code editing} or, when it is {@code null},
     * creating a new feature; its release label is one of {@code labels} or one written in the label editor.
     */
    FeatureForm(String formId, PlotSession session, Feature editing, LabelChoices labels) {
        this.session = session;
        this.labels = labels;
        this.editing = editing;
        this.grid = new FormGrid(formId);
        setId(formId);
        setSpacing(8);
        getStyleClass().add("plot-form-box");
        status.setId(formId + "-status");
        status.getStyleClass().add("plot-status");
        status.setWrapText(true);
        add.setId(formId + "-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> submit());
        add.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(grid);
        if (editing == null) {
            getChildren().add(add);
        }
        getChildren().add(status);
    }

    /** Ends construction: shows the first measurements and no problems yet. Subclasses call it last. */
    protected final void ready(String addText) {
        add.setText(addText);
        loading = false;
        refresh();
    }

    /**
     * Retires the form when the panel shows something else: it no longer validates or saves (leaving one of its
     * fields as it is removed must not write its now outdated values over a newer version).
     */
    final void dispose() {
        loading = true;
    }

    /** Whether the form edits an existing feature (else it creates one). */
    final boolean isEditing() {
        return editing != null;
    }

    /** The feature edited, if any. */
    final Optional<Feature> editing() {
        return Optional.ofNullable(editing);
    }

    /** Told of the feature a create wrote (the controller selects it). */
    final void setOnCreated(Consumer<Feature> onCreated) {
        this.onCreated = onCreated;
    }

    /**
     * The draft the controls describe, with problems the draft cannot see (a casualty count that is not a number)
     * put into {@code local}.
     */
    protected abstract FeatureDraft draft(Map<String, String> local);

    /** Told whenever the form's values change (the map redraws the shape being drawn). */
    final void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** What the map shows of the feature being drawn; nothing by default. */
    Preview preview() {
        return Preview.NONE;
    }

    /** Updates what the form shows beside the fields (length, area) for {@code draft}. */
    protected void measured(FeatureDraft draft) {}

    /** What the form's problems are now: the draft's and the local ones, local first. */
    final FieldProblems problems() {
        Map<String, String> local = new LinkedHashMap<>();
        FeatureDraft draft = draft(local);
        Map<String, String> all = new LinkedHashMap<>(draft.validate().asMap());
        all.putAll(local);
        return FieldProblems.of(all);
    }

    /** Revalidates and shows the problems of the touched fields (all after a save attempt). */
    final void refresh() {
        if (loading) {
            return;
        }
        Map<String, String> local = new LinkedHashMap<>();
        FeatureDraft draft = draft(local);
        Map<String, String> all = new LinkedHashMap<>(draft.validate().asMap());
        all.putAll(local);
        FieldProblems problems = FieldProblems.of(all);
        grid.show(problems, field -> attempted || touched.contains(field));
        measured(draft);
        onChange.run();
    }

    /** Create mode: writes the feature when the form is valid, else shows every problem. */
    final void submit() {
        attempted = true;
        refresh();
        FieldProblems problems = problems();
        if (!problems.isEmpty()) {
            say("Not added: " + problems.asMap().size() + " field(s) need attention.", true);
            return;
        }
        FeatureDraft draft = draft(new LinkedHashMap<>());
        if (isEditing()) {
            return;
        }
        add.setDisable(true);
        say("Saving…", false);
        session.run("added", s -> s.create(draft), new PlotSession.Outcome() {
            @Override
            public void stored(Feature feature) {
                add.setDisable(false);
                say("Added.", false);
                onCreated.accept(feature);
            }

            @Override
            public void refused(FieldProblems refused) {
                add.setDisable(false);
                grid.show(refused, f -> true);
                say("Not added: " + refused, true);
            }

            @Override
            public void failed(String message) {
                add.setDisable(false);
                say(message, true);
            }
        });
    }

    /** Edit mode: saves the form when valid (a form that changes nothing writes nothing), else shows problems. */
    final void commit(String field) {
        if (loading || !isEditing() || !dirty) {
            return;
        }
        touched.add(field);
        refresh();
        FieldProblems problems = problems();
        if (!problems.isEmpty()) {
            say("Not saved: " + problems.asMap().values().iterator().next(), true);
            return;
        }
        FeatureDraft draft = draft(new LinkedHashMap<>());
        session.run("edited", s -> s.update(draft), new FormOutcome() {
            @Override
            public void stored(Feature feature) {
                say("Saved.", false);
            }

            @Override
            public void refused(FieldProblems refused) {
                grid.show(refused, f -> true);
                say("Not saved: " + refused, true);
            }

            @Override
            public void failed(String message) {
                say(message, true);
            }
        });
    }

    /** Whether {@code origin} is the outcome of one of this form's own saves (so it need not be shown again). */
    final boolean wrote(PlotSession.Outcome origin) {
        return origin instanceof FormOutcome o && o.form() == this;
    }

    /** The outcome of a save made by this form. */
    private abstract class FormOutcome implements PlotSession.Outcome {
        FeatureForm form() {
            return FeatureForm.this;
        }
    }

    /** Shows {@code text} on the status line, red when {@code problem}. */
    private void say(String text, boolean problem) {
        status.setText(text);
        status.getStyleClass().remove("plot-status-problem");
        if (problem) {
            status.getStyleClass().add("plot-status-problem");
        }
    }

    /** The status line under the form. */
    final Label status() {
        return status;
    }

    /**
     * Wires a text control: typing marks {@code field} touched and revalidates; Enter or leaving the field commits
     * it (edit mode) or, on a single-line field, submits the form (create mode).
     */
    protected final <T extends TextInputControl> T text(T control, String field) {
        control.textProperty().addListener((o, a, b) -> {
            if (!loading) {
                dirty = true;
                touched.add(field);
                refresh();
            }
        });
        control.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                commit(field);
            }
        });
        control.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !(control instanceof javafx.scene.control.TextArea)) {
                e.consume();
                if (isEditing()) {
                    commit(field);
                } else {
                    submit();
                }
            }
        });
        return control;
    }

    /** Wires a choice: picking marks {@code field} touched, revalidates and commits it (edit mode). */
    protected final <T extends ComboBoxBase<?>> T choice(T control, String field) {
        watch(control.valueProperty(), field);
        return control;
    }

    /**
     * The release-label row, its choice with id {@code id}: the feature's label when editing, else the picture's
     * default; picking a label, or writing one in the label editor, marks {@code field} touched, revalidates and
     * commits it (edit mode) like any other choice.
     */
    protected final LabelChoice labelChoice(String id, String field) {
        LabelChoice row = new LabelChoice(
                id, labels, editing == null ? null : editing.label(), session, message -> say(message, true));
        choice(row.box(), field);
        return row;
    }

    /** Revalidates and commits {@code field} whenever {@code value} changes. */
    protected final void watch(ObservableValue<?> value, String field) {
        value.addListener((o, a, b) -> {
            if (!loading) {
                dirty = true;
                touched.add(field);
                refresh();
                commit(field);
            }
        });
    }
}
