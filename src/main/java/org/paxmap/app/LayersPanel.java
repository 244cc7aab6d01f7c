package org.paxmap.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.app.map.Background;
import org.paxmap.app.map.MapView;
import org.paxmap.model.Layer;
import org.paxmap.tiles.TileSetInfo;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSources;

/**
 * The layers side panel: the base maps found in the maps folder, one radio button each with its name, zoom range,
 * bounds and attribution (files that are not usable tile sets listed greyed, their refusal as tooltip); and a check box
 * per feature layer, bound to the map's layer visibility (and so to the View menu). The folder is read and every
 * candidate opened on a background thread; only the descriptions are kept. FX-thread only.
 */
final class LayersPanel extends VBox {
    /** One candidate of the maps folder: its description, or why it cannot be used. Immutable. */
    record Candidate(Path file, TileSetInfo info, String refusal) {}

    private final MapView map;
    private final Consumer<Path> opener;
    private final Supplier<List<Path>> lister;
    private final VBox baseMaps = new VBox(6);
    private final ToggleGroup choice = new ToggleGroup();
    private boolean following;

    /**
     * A panel for {@code map}; {@code opener} opens a chosen base map (off the FX thread, reporting failures);
     * {@code lister} lists the candidate files (called off the FX thread).
     */
    LayersPanel(MapView map, Consumer<Path> opener, Supplier<List<Path>> lister) {
        this.map = map;
        this.opener = opener;
        this.lister = lister;
        setId("layersPanel");
        getStyleClass().add("layers-panel");
        setPrefWidth(260);
        setMinWidth(200);
        Button rescan = new Button("Look again");
        rescan.setId("rescanMaps");
        rescan.setOnAction(e -> scan());
        baseMaps.setPadding(new Insets(4));
        VBox mapsBox = new VBox(8, baseMaps, rescan);
        TitledPane mapsPane = new TitledPane("Base maps", mapsBox);
        mapsPane.setId("baseMapsPane");
        VBox layers = new VBox(
                6,
                layerBox("layerCheckIncidents", "Incidents", Layer.INCIDENTS),
                layerBox("layerCheckRoutes", "Routes", Layer.ROUTES),
                layerBox("layerCheckZones", "Zones", Layer.ZONES));
        layers.setPadding(new Insets(4));
        TitledPane layersPane = new TitledPane("Layers", layers);
        layersPane.setId("featureLayersPane");
        ScrollPane scroll = new ScrollPane(new VBox(mapsPane, layersPane));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        baseMaps.getChildren().add(new Label("Looking in the maps folder…"));
        choice.selectedToggleProperty().addListener((o, was, now) -> chosen(now));
        map.tileSetFileProperty().addListener((o, was, now) -> follow(now));
    }

    /** Reads the maps folder again in the background and lists what it holds. */
    void scan() {
        Background.run("paxmap-scan-maps", () -> {
            List<Candidate> found = new ArrayList<>();
            for (Path file : lister.get()) {
                found.add(describe(file));
            }
            Platform.runLater(() -> show(found));
        });
    }

    // Off the FX thread: opens the candidate, keeps its description, closes it.
    static Candidate describe(Path file) {
        try (TileSource source = TileSources.open(file)) {
            return new Candidate(file, source.info(), null);
        } catch (Exception | Error e) {
            return new Candidate(file, null, UserMessages.reason(e));
        }
    }

    private void show(List<Candidate> found) {
        following = true;
        try {
            choice.getToggles().clear();
            baseMaps.getChildren().clear();
            if (found.isEmpty()) {
                baseMaps.getChildren().add(new Label("No tile sets in the maps folder."));
            }
            for (Candidate c : found) {
                baseMaps.getChildren().add(c.info() == null ? refused(c) : usable(c));
            }
        } finally {
            following = false;
        }
        follow(map.tileSetFileProperty().get());
    }

    private VBox usable(Candidate c) {
        TileSetInfo info = c.info();
        RadioButton radio = new RadioButton(info.name());
        radio.setId(idFor(c.file()));
        radio.setUserData(c.file().toAbsolutePath().normalize());
        radio.setToggleGroup(choice);
        radio.setWrapText(true);
        Envelope b = info.bounds();
        String details = String.format(
                Locale.ROOT,
                "%s · zoom %d–%d%nW %.2f S %.2f E %.2f N %.2f",
                c.file().getFileName(),
                info.minZoom(),
                info.maxZoom(),
                b.getMinX(),
                b.getMinY(),
                b.getMaxX(),
                b.getMaxY());
        if (!info.attribution().isBlank()) {
            details += "\n" + info.attribution();
        }
        Label about = new Label(details);
        about.getStyleClass().add("map-details");
        about.setWrapText(true);
        VBox box = new VBox(1, radio, indent(about));
        return box;
    }

    private VBox refused(Candidate c) {
        Label name = new Label(c.file().getFileName().toString());
        name.setId(idFor(c.file()));
        name.getStyleClass().add("map-refused");
        name.setTooltip(new Tooltip(c.refusal()));
        Label why = new Label("not usable — " + c.refusal());
        why.getStyleClass().addAll("map-details", "map-refused");
        why.setWrapText(true);
        why.setMaxHeight(48);
        why.setTooltip(new Tooltip(c.refusal()));
        return new VBox(1, name, indent(why));
    }

    /** The node id of a candidate's entry: {@code baseMap-} and its file name with every other character a dash. */
    static String idFor(Path file) {
        return "baseMap-" + file.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static HBox indent(Region content) {
        Region gap = new Region();
        gap.setMinWidth(22);
        HBox.setHgrow(content, Priority.ALWAYS);
        return new HBox(gap, content);
    }

    private CheckBox layerBox(String id, String text, Layer layer) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(map.layerVisibleProperty(layer));
        return box;
    }

    private void chosen(Toggle toggle) {
        if (following || toggle == null) {
            return;
        }
        Path file = (Path) toggle.getUserData();
        Path shown = map.tileSetFileProperty().get();
        if (shown == null || !shown.toAbsolutePath().normalize().equals(file)) {
            opener.accept(file);
        }
    }

    // Selects the radio of the map shown (opened from the menu, say), without opening it again.
    private void follow(Path shown) {
        following = true;
        try {
            Path wanted = shown == null ? null : shown.toAbsolutePath().normalize();
            Toggle match = null;
            for (Toggle t : choice.getToggles()) {
                if (t.getUserData().equals(wanted)) {
                    match = t;
                }
            }
            choice.selectToggle(match);
        } finally {
            following = false;
        }
    }
}
