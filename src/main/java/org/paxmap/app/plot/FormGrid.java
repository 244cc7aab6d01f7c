package org.paxmap.app.plot;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.paxmap.edit.FieldProblems;

/**
 * A form's layout: one row per field — its name, its control, and under the control the field's problem in red
 * when it has one. Problems are keyed by the drafts' {@code FIELD_…} names; each message label has the id {@code
 * <formId>-<field>-problem} so tests and screen readers find it. FX-thread only.
 */
final class FormGrid extends GridPane {
    private final String formId;
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private int row;

    FormGrid(String formId) {
        this.formId = formId;
        getStyleClass().add("plot-form");
        setHgap(8);
        setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(90);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().setAll(names, controls);
    }

    /** Adds a row: {@code name} beside {@code control}; its problems are those of {@code field} (may be null). */
    <T extends Node> T add(String name, T control, String field) {
        Label caption = new Label(name);
        caption.getStyleClass().add("plot-caption");
        caption.setLabelFor(control);
        caption.setMinWidth(Label.USE_PREF_SIZE);
        add(caption, 0, row);
        add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
        row++;
        if (field != null) {
            problemLabel(field);
        }
        return control;
    }

    /** Adds {@code name} on a row of its own and {@code block} under it across both columns (a list of points). */
    <T extends Node> T addBlock(String name, T block, String field) {
        Label caption = new Label(name);
        caption.getStyleClass().add("plot-caption");
        add(caption, 0, row++, 2, 1);
        add(block, 0, row++, 2, 1);
        GridPane.setHgrow(block, Priority.ALWAYS);
        if (field != null) {
            Label problem = problemLabel(field);
            GridPane.setColumnIndex(problem, 0);
            GridPane.setColumnSpan(problem, 2);
        }
        return block;
    }

    /** Adds a row that spans both columns (a heading, a measurement). */
    <T extends Node> T addWide(T node) {
        add(node, 0, row, 2, 1);
        row++;
        return node;
    }

    /** A message row for {@code field} placed here (a field may share its control row with others). */
    Label problemLabel(String field) {
        Label label = new Label();
        label.setId(formId + "-" + field + "-problem");
        label.getStyleClass().add("plot-problem");
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
        add(label, 1, row);
        row++;
        problems.put(field, label);
        return label;
    }

    /** Shows each field's problem at its field, for the fields {@code shown} accepts; clears the others. */
    void show(FieldProblems found, java.util.function.Predicate<String> shown) {
        problems.forEach((field, label) -> {
            String message = shown.test(field) ? found.message(field).orElse("") : "";
            label.setText(message);
            label.setVisible(!message.isEmpty());
        });
    }

    /** Whether the grid has a place for {@code field}'s messages. */
    boolean hasField(String field) {
        return problems.containsKey(field);
    }
}
