package org.paxmap.app.plot;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.GeodesicLeg;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.MeasureFormat;
import org.paxmap.geo.PositionFormat;
import org.paxmap.geo.PositionParseException;
import org.paxmap.geo.PositionParser;

/**
 * The points of a route, a zone outline or a corridor axis being drawn: one line per point (with the leg from the
 * previous point — geodesic distance and initial bearing), a field to type a further point (decimal degrees, DMS or
 * MGRS) and a button to take the last one back. Points clicked on the map arrive through {@link #points()}.
 * FX-thread only.
 */
final class PointList extends VBox {
    private final ObservableList<Coordinate> points = FXCollections.observableArrayList();
    private final VBox lines = new VBox(1);
    private final TextField typed = new TextField();
    private final Label problem = new Label();
    private HBox entry;

    /** A list whose controls have ids starting {@code idPrefix}; {@code noun} names a point ("waypoint"). */
    PointList(String idPrefix, String noun) {
        setSpacing(3);
        lines.setId(idPrefix + "Points");
        lines.getStyleClass().add("plot-points");
        typed.setId(idPrefix + "Typed");
        typed.setPromptText("type a " + noun + ", Enter");
        typed.setTooltip(new Tooltip("Decimal degrees, DMS or MGRS"));
        Button add = new Button("Add");
        add.setId(idPrefix + "AddPoint");
        add.setOnAction(e -> addTyped());
        Button back = new Button("Remove last");
        back.setId(idPrefix + "RemoveLast");
        back.setOnAction(e -> removeLast());
        back.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(points));
        typed.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                addTyped();
            }
        });
        problem.getStyleClass().add("plot-problem");
        problem.setId(idPrefix + "Typed-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        add.setMinWidth(Button.USE_PREF_SIZE);
        back.setMinWidth(Button.USE_PREF_SIZE);
        entry = new HBox(4, typed, add, back);
        entry.managedProperty().bind(entry.visibleProperty());
        HBox.setHgrow(typed, Priority.ALWAYS);
        getChildren().addAll(lines, entry, problem);
        points.addListener((javafx.collections.ListChangeListener<Coordinate>) c -> redraw());
        redraw();
    }

    /** The points, in order (x = longitude, y = latitude); the map tool appends to it. */
    ObservableList<Coordinate> points() {
        return points;
    }

    /** Shows the points and legs only, without the field to add more (a stored route is reshaped on the map). */
    void readOnly() {
        entry.setVisible(false);
    }

    /** Replaces the points. */
    void setAll(List<Coordinate> lonLat) {
        points.setAll(lonLat.stream().map(Coordinate::copy).toList());
    }

    /** Takes back the last point, if any. */
    void removeLast() {
        if (!points.isEmpty()) {
            points.remove(points.size() - 1);
        }
    }

    private void addTyped() {
        String text = typed.getText();
        try {
            points.add(PositionParser.parse(text).coordinate());
            typed.clear();
            problem.setVisible(false);
        } catch (PositionParseException e) {
            problem.setText(text.isBlank() ? "type a position first" : e.getMessage());
            problem.setVisible(true);
        }
    }

    private void redraw() {
        lines.getChildren().clear();
        for (int i = 0; i < points.size(); i++) {
            Coordinate c = points.get(i);
            String line = (i + 1) + ".  " + PositionFormat.decimal(c.x, c.y);
            if (i > 0) {
                GeodesicLeg leg = Geodesy.inverse(points.get(i - 1), c);
                line += "   " + MeasureFormat.distance(leg.distanceMetres()) + " "
                        + MeasureFormat.bearing(leg.initialBearing());
            }
            Label label = new Label(line);
            label.getStyleClass().add("plot-point");
            lines.getChildren().add(label);
        }
        if (points.isEmpty()) {
            Label none = new Label("no points yet");
            none.getStyleClass().add("plot-hint");
            lines.getChildren().add(none);
        }
    }
}
