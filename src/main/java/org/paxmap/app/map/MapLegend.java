package org.paxmap.app.map;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.paxmap.model.EventType;
import org.paxmap.model.Severity;
import org.paxmap.model.ThreatLevel;
import org.paxmap.render.FeaturePainter;

/**
 * The map's legend: a small overlay panel listing the incident glyphs by event type, the severity colours, the
 * threat-level fills and the route symbol. Every sample is drawn by {@link FeaturePainter}'s own methods on a small
 * canvas, so the legend cannot drift from the map. A few dozen nodes, built once. FX-thread only.
 */
public final class MapLegend extends VBox {
    private static final double ICON = 24;

    /** Builds the legend; the caller places it and toggles its visibility. */
    public MapLegend() {
        setId("mapLegend");
        getStyleClass().add("map-legend");
        setSpacing(1);
        setPadding(new Insets(6, 10, 6, 8));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(true);
        heading("Incidents by type");
        for (EventType type : EventType.values()) {
            entry(
                    "legend-" + type.code(),
                    type.label(),
                    g -> FeaturePainter.drawMarker(new FxPen(g), ICON / 2, ICON / 2, type, 2));
        }
        heading("Severity");
        for (Severity s : Severity.values()) {
            entry(
                    "legend-severity-" + s.code(),
                    name(s.name()),
                    g -> FeaturePainter.drawMarker(new FxPen(g), ICON / 2, ICON / 2, null, s.ordinal()));
        }
        heading("Threat zones");
        for (ThreatLevel t : ThreatLevel.values()) {
            entry(
                    "legend-threat-" + t.code(),
                    name(t.name()),
                    g -> FeaturePainter.drawZoneSample(new FxPen(g), 4, 5, ICON - 8, t.ordinal()));
        }
        heading("Patrol routes");
        entry(
                "legend-route",
                "Route, direction of travel",
                g -> FeaturePainter.drawRouteSample(new FxPen(g), 2, ICON - 2, ICON / 2));
        heading("Exchange");
        entry(
                "legend-conflict",
                "In conflict with a partner's version",
                g -> ConflictMark.drawAt(g, ICON / 2, ICON / 2));
    }

    private void heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-heading");
        getChildren().add(label);
    }

    private void entry(String id, String text, java.util.function.Consumer<GraphicsContext> sample) {
        Canvas icon = new Canvas(ICON, ICON);
        sample.accept(icon.getGraphicsContext2D());
        Label label = new Label(text, icon);
        label.setId(id);
        label.getStyleClass().add("legend-entry");
        label.setGraphicTextGap(6);
        HBox row = new HBox(label);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
    }

    private static String name(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
