package org.paxmap.app.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Every keyboard shortcut of the window, as the Help ▸ Shortcuts sheet lists them. The tool keys come from {@link
 * PlotTool}. Immutable; thread-safe.
 */
public final class Shortcuts {
    /** One shortcut: the keys as written on the sheet and what they do, under a heading. */
    public record Entry(String group, String keys, String action) {}

    private Shortcuts() {}

    /** Every entry, grouped, in the order the sheet shows them. */
    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>();
        for (PlotTool tool : PlotTool.values()) {
            all.add(new Entry("Tools", tool.key().getName(), tool.title() + " — " + tool.hint()));
        }
        all.add(new Entry("Tools", "Escape", "Cancel the shape being drawn and go back to Select"));
        all.add(new Entry("Drawing", "Enter / double-click", "Finish the route, polygon or corridor"));
        all.add(new Entry("Drawing", "Backspace", "Take back the last point"));
        all.add(new Entry("Editing", "Ctrl+Z", "Undo the last change (every change of the session)"));
        all.add(new Entry("Editing", "Ctrl+Y / Ctrl+Shift+Z", "Redo"));
        all.add(new Entry("Editing", "Delete", "Delete the selected vertex, or the selected feature (asks first)"));
        all.add(new Entry("Editing", "Drag a feature / a vertex", "Move it (Select tool)"));
        all.add(new Entry("Editing", "Drag an edge's midpoint", "Insert a vertex there"));
        all.add(new Entry("Editing", "Alt+click a vertex", "Delete the vertex"));
        all.add(new Entry(
                "Editing", "Drag a circle's edge handle / a corridor's side handle", "Change the radius / the width"));
        all.add(new Entry("Map", "Drag / arrow keys", "Pan"));
        all.add(new Entry("Map", "Wheel / + / −", "Zoom"));
        all.add(new Entry("Map", "Click a cluster disc", "Zoom in on its incidents"));
        all.add(new Entry("Map", "Ctrl+0 / Home", "Zoom to the picture"));
        all.add(new Entry("Map", "Ctrl+L / Ctrl+Shift+L", "Legend / Layers"));
        all.add(new Entry("Briefing", "Ctrl+B", "The briefing panel"));
        all.add(new Entry("Briefing", "F5", "Present the briefing from the selected slide (or the view)"));
        all.add(new Entry("Briefing", "Ctrl+Z / Ctrl+Y in the panel", "Undo / redo a briefing edit"));
        all.add(new Entry("Help", "F1", "This sheet"));
        return List.copyOf(all);
    }
}
