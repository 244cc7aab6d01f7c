package org.paxmap.app.plot;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Coordinate;
import org.paxmap.geo.GeodesicLeg;
import org.paxmap.geo.Geodesy;
import org.paxmap.geo.MeasureFormat;
import org.paxmap.geo.PositionFormat;
import org.paxmap.geo.PositionParseException;
import org.paxmap.geo.PositionParser;

/**
 * The range-and-bearing tool's panel: two positions (clicked on the map — the first click sets "from", the second
 * "to", a third starts again — or typed as decimal degrees, DMS or MGRS) and the geodesic range (metres/kilometres and
 * nautical miles), the bearing there and back (degrees and NATO mils). Writes nothing. FX-thread only.
 */
final class MeasurePanel extends VBox {
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Label result = new Label();
    private boolean nextIsFrom = true;
    private Runnable onChange = () -> {};

    MeasurePanel() {
        setId("measurePanel");
        setSpacing(6);
        from.setId("measureFrom");
        to.setId("measureTo");
        from.setPromptText("click the map, or type a position");
        to.setPromptText("click the map, or type a position");
        result.setId("measureResult");
        result.getStyleClass().add("plot-measure");
        result.setWrapText(true);
        from.textProperty().addListener((o, a, b) -> update());
        to.textProperty().addListener((o, a, b) -> update());
        getChildren().addAll(new Label("From"), from, new Label("To"), to, result);
        update();
    }

    /** A point clicked with the measure tool. */
    void clicked(Coordinate lonLat) {
        String text = PositionFormat.decimal(lonLat.x, lonLat.y, 6);
        if (nextIsFrom) {
            from.setText(text);
            to.clear();
        } else {
            to.setText(text);
        }
        nextIsFrom = !nextIsFrom;
    }

    /** Told whenever an end changes (the map redraws the measured line). */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** The measured line for the map: the ends set so far. */
    Preview preview() {
        java.util.List<Coordinate> ends = new java.util.ArrayList<>();
        for (TextField f : new TextField[] {from, to}) {
            try {
                ends.add(PositionParser.parse(f.getText()).coordinate());
            } catch (PositionParseException e) {
                break;
            }
        }
        return new Preview(ends, false, ends.size() == 1, null, null);
    }

    /** The two ends, when both are positions; else {@code null}. */
    Coordinate[] ends() {
        try {
            return new Coordinate[] {
                PositionParser.parse(from.getText()).coordinate(),
                PositionParser.parse(to.getText()).coordinate()
            };
        } catch (PositionParseException e) {
            return null;
        }
    }

    private void update() {
        onChange.run();
        if (from.getText().isBlank() || to.getText().isBlank()) {
            result.setText("Range and bearing appear here once both ends are set.");
            return;
        }
        Coordinate a;
        Coordinate b;
        try {
            a = PositionParser.parse(from.getText()).coordinate();
        } catch (PositionParseException e) {
            result.setText("From: " + e.getMessage());
            return;
        }
        try {
            b = PositionParser.parse(to.getText()).coordinate();
        } catch (PositionParseException e) {
            result.setText("To: " + e.getMessage());
            return;
        }
        GeodesicLeg leg = Geodesy.inverse(a, b);
        double back = (leg.finalBearing() + 180) % 360;
        result.setText("Range " + MeasureFormat.distance(leg.distanceMetres()) + " ("
                + MeasureFormat.nauticalMiles(leg.distanceMetres()) + ")\nBearing "
                + MeasureFormat.bearing(leg.initialBearing()) + " (" + MeasureFormat.mils(leg.initialBearing())
                + ")\nBack bearing " + MeasureFormat.bearing(back) + " (" + MeasureFormat.mils(back) + ")");
    }
}
