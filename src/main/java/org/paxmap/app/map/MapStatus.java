package org.paxmap.app.map;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.paxmap.render.MapViewState;
import org.paxmap.render.ScaleBar;

/**
 * The map's part of the status bar: the position under the mouse in decimal degrees, DMS and MGRS (a click copies it),
 * the zoom level and a scale bar. FX-thread only.
 */
public final class MapStatus extends HBox {
    private static final double SCALE_MAX_PIXELS = 110;

    private final Label coordinate = new Label();
    private final Label zoom = new Label();
    private final Region bar = new Region();
    private final Label scaleText = new Label();
    private String lastCopyable = "";

    /** Follows {@code map}'s pointer and view. */
    public MapStatus(MapView map) {
        setId("mapStatus");
        getStyleClass().add("map-status");
        setSpacing(10);
        coordinate.setId("mapCoordinate");
        coordinate.getStyleClass().add("map-coordinate");
        coordinate.setTooltip(new Tooltip("Click to copy the coordinate"));
        coordinate.setOnMouseClicked(e -> copy());
        zoom.setId("mapZoom");
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        coordinate.setMinWidth(Region.USE_PREF_SIZE);
        scaleText.setId("mapScale");
        bar.getStyleClass().add("scale-bar");
        StackPane scale = new StackPane(bar, scaleText);
        scale.setMinWidth(SCALE_MAX_PIXELS);
        scale.setPrefWidth(SCALE_MAX_PIXELS);
        StackPane.setAlignment(bar, javafx.geometry.Pos.BOTTOM_LEFT);
        StackPane.setAlignment(scaleText, javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(coordinate, zoom, scale);
        map.pointerProperty().addListener((o, was, now) -> showPointer(now));
        map.viewProperty().addListener((o, was, now) -> showView(now));
        showPointer(null);
        showView(map.viewProperty().get());
    }

    /** The text a click on the coordinate copies: decimal degrees, DMS and MGRS, or empty. */
    public String copyableText() {
        return lastCopyable;
    }

    private void showPointer(Point2D lonLat) {
        if (lonLat == null) {
            return; // keep the last position, so it can still be clicked and copied
        }
        double lon = lonLat.getX();
        double lat = lonLat.getY();
        String mgrs = Coordinates.mgrs(lon, lat);
        lastCopyable = Coordinates.decimal(lon, lat) + " · " + Coordinates.dms(lon, lat)
                + (mgrs.isEmpty() ? "" : " · " + mgrs);
        coordinate.setText(lastCopyable);
    }

    private void showView(MapViewState view) {
        zoom.setText(String.format(java.util.Locale.ROOT, "zoom %.1f", view.zoom()));
        if (view.width() == 0) {
            scaleText.setText("");
            bar.setMaxWidth(0);
            return;
        }
        ScaleBar scale = ScaleBar.fitting(view.metresPerPixel(), SCALE_MAX_PIXELS);
        bar.setMinWidth(scale.pixels());
        bar.setMaxWidth(scale.pixels());
        scaleText.setText(" " + scale.label());
    }

    private void copy() {
        if (lastCopyable.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(lastCopyable);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
