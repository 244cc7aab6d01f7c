package org.paxmap.app.plot;

import javafx.scene.input.KeyCode;

/**
 * The plotting tools, each with its key (pressed on the map, not while typing in a field) and what a click does.
 * Immutable.
 */
public enum PlotTool {
    SELECT("Select", KeyCode.S, "Click a feature to select it, Shift+drag a box; drag a selected feature to move it"),
    INCIDENT("Incident", KeyCode.I, "Click the map to place an incident, or type its position in the form"),
    ROUTE("Route", KeyCode.R, "Click waypoints; double-click or Enter to finish; Backspace takes the last one back"),
    POLYGON("Polygon zone", KeyCode.P, "Click corners; double-click or Enter to finish"),
    CIRCLE("Circle zone", KeyCode.C, "Click the centre, then click the edge (or type the radius)"),
    CORRIDOR("Corridor zone", KeyCode.K, "Click the axis; double-click or Enter to finish; type the width"),
    MEASURE("Measure", KeyCode.M, "Click two points for the range and bearing between them");

    private final String title;
    private final KeyCode key;
    private final String hint;

    PlotTool(String title, KeyCode key, String hint) {
        this.title = title;
        this.key = key;
        this.hint = hint;
    }

    /** The tool's name, e.g. "Polygon zone". */
    public String title() {
        return title;
    }

    /** The key that picks the tool. */
    public KeyCode key() {
        return key;
    }

    /** What to do with the tool, one sentence. */
    public String hint() {
        return hint;
    }

    /** Whether the tool draws a new feature. */
    public boolean creates() {
        return this != SELECT && this != MEASURE;
    }
}
