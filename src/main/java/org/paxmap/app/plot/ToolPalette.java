package org.paxmap.app.plot;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * The plotting toolbar: one toggle per {@link PlotTool} (labelled with its key), undo and redo (their tooltips say
 * what they would undo or redo), and the current tool's hint. Buttons never take the keyboard focus, so the map keeps
 * it. FX-thread only.
 */
public final class ToolPalette extends ToolBar {
    ToolPalette(PlotController controller) {
        setId("toolPalette");
        getStyleClass().add("tool-palette");
        ToggleGroup group = new ToggleGroup();
        ObjectProperty<PlotTool> tool = controller.toolProperty();
        for (PlotTool t : PlotTool.values()) {
            ToggleButton b = new ToggleButton(t.title() + "  " + t.key().getName());
            b.setId("tool" + t.name().charAt(0) + t.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(t.title() + " (" + t.key().getName() + ") — " + t.hint()));
            b.setSelected(tool.get() == t);
            b.setOnAction(e -> {
                controller.setTool(t);
                b.setSelected(tool.get() == t);
            });
            tool.addListener((o, a, now) -> b.setSelected(now == t));
            getItems().add(b);
            if (t == PlotTool.SELECT || t == PlotTool.CORRIDOR) {
                getItems().add(new Separator());
            }
        }
        getItems().add(new Separator());
        Button undo = new Button("↶ Undo");
        undo.setId("toolUndo");
        undo.setFocusTraversable(false);
        undo.disableProperty().bind(controller.canUndoProperty().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(controller.undoTextProperty().concat(" (Ctrl+Z)"));
        undo.setTooltip(undoTip);
        undo.setOnAction(e -> controller.undo());
        Button redo = new Button("↷ Redo");
        redo.setId("toolRedo");
        redo.setFocusTraversable(false);
        redo.disableProperty().bind(controller.canRedoProperty().not());
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(controller.redoTextProperty().concat(" (Ctrl+Y)"));
        redo.setTooltip(redoTip);
        redo.setOnAction(e -> controller.redo());
        getItems().addAll(undo, redo);
    }
}
