package org.paxmap.app;

import static org.paxmap.text.OutsideText.visible;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.paxmap.app.brief.BriefingPanel;
import org.paxmap.app.exchange.ExchangeActions;
import org.paxmap.app.exchange.ExchangeHost;
import org.paxmap.app.map.Background;
import org.paxmap.app.map.MapLegend;
import org.paxmap.app.map.MapStatus;
import org.paxmap.app.map.MapView;
import org.paxmap.app.plot.PlotController;
import org.paxmap.app.plot.PlotOverlay;
import org.paxmap.app.plot.PlotTool;
import org.paxmap.app.review.MapLink;
import org.paxmap.app.review.ReviewPane;
import org.paxmap.model.Feature;
import org.paxmap.store.PictureStore;
import org.paxmap.tiles.MapFolder;
import org.paxmap.tiles.TileSetInfo;

/**
 * The main window: classification banners at top and bottom, the menu bar, the map (with the legend, the base map's
 * attribution, and a placeholder over it while a picture loads or none is open) with the review's timeline under it
 * and the review table below (a split pane; the map draws what the review's filter lets through), the layers panel
 * on the right and the status bar. It owns the open picture's store and runs its writes (and the reads that must see
 * them in order) on the {@code io} executor, and the map's, the review's and the selection's queries on the {@code
 * reads} executor — the store's reader connection, so they answer while an import or a bundle apply writes — never on
 * the FX thread; on start it opens the bundled base map ({@link MapFolder}) off the FX
 * thread. FX-thread only.
 */
final class MainWindow implements ExchangeHost {
    private final Stage stage;
    private final ExecutorService io;
    private final java.util.concurrent.Executor reads;
    private final ClassificationBanner topBanner = new ClassificationBanner("bannerTop");
    private final ClassificationBanner bottomBanner = new ClassificationBanner("bannerBottom");
    private final MapView map = new MapView();
    private final StatusBar statusBar = new StatusBar(new MapStatus(map));
    private final MapPlaceholder placeholder = new MapPlaceholder();
    private final MapLegend legend = new MapLegend();
    private final Label attribution = new Label();
    private final LayersPanel layers = new LayersPanel(map, this::openMap, MapFolder::tileSetCandidates);
    private final ReviewPane review = new ReviewPane();
    private final PlotController plot;
    private final BriefingPanel briefing;
    private LoadedPicture current;

    MainWindow(Stage stage, ExecutorService io, java.util.concurrent.Executor reads) {
        this.stage = stage;
        this.io = io;
        this.reads = reads;
        // plotting: toolbar, overlay over the map, details panel on the right, keys (org.paxmap.app.plot)
        plot = new PlotController(io, reads, stage, edited -> pictureChanged());
        PlotOverlay plotOverlay = new PlotOverlay(map, plot, io);
        // briefings: a side panel left of the layers panel, hidden until View > Briefing (org.paxmap.app.brief)
        briefing = new BriefingPanel(stage, map, review.model(), io, this::openMap);
        briefing.setVisible(false);
        briefing.managedProperty().bind(briefing.visibleProperty());
        // on a laptop screen the two side panels would crowd the map: showing the briefing hides the layers (View >
        // Layers shows them again)
        briefing.visibleProperty().addListener((o, was, now) -> {
            if (now && stage.getWidth() < 1600) {
                layers.setVisible(false);
            }
        });
        PictureActions actions = new PictureActions(this);
        VBox top = new VBox(
                topBanner,
                MainMenu.create(actions, new ExchangeActions(this), map, legend, layers, review, plot, briefing),
                plot.createPalette());
        VBox bottom = new VBox(statusBar, bottomBanner);
        attribution.setId("mapAttribution");
        attribution.getStyleClass().add("map-attribution");
        attribution.setMouseTransparent(true);
        attribution
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            TileSetInfo info = map.tileSetInfoProperty().get();
                            return info == null ? "" : info.attribution();
                        },
                        map.tileSetInfoProperty()));
        attribution.visibleProperty().bind(attribution.textProperty().isNotEmpty());
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        // the details panel lies over the right edge of the map and review, full height, so opening it never moves
        // the map under the cursor
        StackPane.setAlignment(plot.detailsPanel(), Pos.TOP_RIGHT);
        StackPane.setMargin(legend, new Insets(10));
        layers.managedProperty().bind(layers.visibleProperty());
        MapLink link = MapLink.connect(review.model(), map);
        oneSelection(link);
        BorderPane root = new BorderPane(
                new StackPane(
                        review.around(new StackPane(map, plotOverlay, legend, attribution, placeholder)),
                        plot.detailsPanel()),
                top,
                new HBox(briefing, layers),
                bottom,
                null);
        root.setId("mainWindow");
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("paxmap.css").toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, plot::handleKey);
        FileDrop.onto(scene, actions::importFiles);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), plot::redo);
        stage.setScene(scene);
        stage.setTitle("Paxmap");
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        openBaseMap();
        layers.scan();
    }

    /** The map view. */
    MapView map() {
        return map;
    }

    Stage stage() {
        return stage;
    }

    /** The open picture, if any. */
    Optional<LoadedPicture> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Opens a picture in the background and shows it; {@code description} (e.g. "Opening /x.gpkg") is shown while
     * loading and names the action in an error. The previous picture stays open if this one fails.
     */
    void load(String description, Callable<PictureStore> opener) {
        placeholder.setVisible(true);
        placeholder.showLoading(description);
        statusBar.showMessage("Loading…");
        topBanner.showNeutral("LOADING…");
        bottomBanner.showNeutral("LOADING…");
        inBackground(
                description,
                () -> {
                    PictureStore store = opener.call();
                    try {
                        return LoadedPicture.read(store);
                    } catch (Exception | Error e) {
                        store.close();
                        throw e;
                    }
                },
                this::show,
                failure -> restore());
    }

    /** Shows {@code picture}, closing the previously shown store if it was another one. */
    void show(LoadedPicture picture) {
        LoadedPicture previous = current;
        current = picture;
        if (previous != null && previous.store() != picture.store()) {
            io.execute(previous.store()::close);
        }
        stage.setTitle("Paxmap — " + picture.title());
        topBanner.show(picture);
        bottomBanner.show(picture);
        statusBar.show(picture);
        placeholder.show(picture);
        placeholder.setVisible(false);
        map.showPicture(picture.store(), reads, picture.summary().extent());
        map.showConflicts(picture.conflicts());
        briefing.show(picture.store());
        plot.attach(picture.store(), picture.labels());
        review.show(
                picture.store(),
                picture.labels(),
                reads,
                failure -> showAlert(
                        Alert.AlertType.ERROR,
                        "Paxmap — review",
                        UserMessages.describe("Reading the picture for the review table", failure)));
        if (previous == null || previous.store() != picture.store()) {
            map.zoomToPicture();
        }
        if (picture.keyNotice() != null) {
            showAlert(Alert.AlertType.INFORMATION, "Paxmap — node key moved", visible(picture.keyNotice()));
        }
    }

    /** Opens the tile set at {@code file} as the map, alerting (naming the file and why) if it cannot be used. */
    void openMap(java.nio.file.Path file) {
        map.openTileSet(
                file,
                failure -> showAlert(
                        Alert.AlertType.ERROR,
                        "Paxmap — map",
                        UserMessages.describe("Opening the map " + file, failure)));
    }

    private void openBaseMap() {
        Background.run("paxmap-find-base-map", () -> MapFolder.baseMap()
                .ifPresent(file -> javafx.application.Platform.runLater(() -> openMap(file))));
    }

    /**
     * Runs {@code work} on the I/O thread; on success hands the result to {@code onSuccess} on the FX thread; on
     * failure shows an error naming {@code action} and its reason.
     */
    <T> void inBackground(String action, Callable<T> work, Consumer<T> onSuccess) {
        inBackground(action, work, onSuccess, failure -> {});
    }

    @Override
    public <T> void inBackground(
            String action, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            System.getLogger(MainWindow.class.getName()).log(System.Logger.Level.WARNING, action + " failed", failure);
            onFailure.accept(failure);
            if (!(failure instanceof org.paxmap.store.WriteCancelledException)) { // the user asked; the caller says so
                showAlert(Alert.AlertType.ERROR, "Paxmap — error", UserMessages.describe(action, failure));
            }
        });
        io.execute(task);
    }

    /** Shows a message dialog owned by this window; does not block. */
    @Override
    public void showAlert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    @Override
    public Window owner() {
        return stage;
    }

    @Override
    public Optional<PictureStore> store() {
        return current().map(LoadedPicture::store);
    }

    /**
     * One selection for the window: a row chosen in the review's table (or a feature clicked on the map) opens the
     * feature in the details panel when the Select tool is on, and the plot's selection — picked, box-selected,
     * deleted, or cleared with Escape — is the one the table and the map's mark show (without moving the map).
     */
    private void oneSelection(MapLink link) {
        plot.selectedProperty().addListener((o, was, now) -> {
            UUID id = now == null ? null : now.id();
            if (!Objects.equals(review.model().selectedProperty().get(), id)) {
                link.selectWithoutMoving(id);
            }
        });
        review.model().selectedProperty().addListener((o, was, now) -> {
            Feature current = plot.selectedProperty().get();
            if (now != null
                    && plot.toolProperty().get() == PlotTool.SELECT
                    && (current == null || !current.id().equals(now))) {
                plot.select(now);
            }
        });
    }

    /** Re-reads the open picture (after an edit, an import or a conflict resolution) and shows it again. */
    @Override
    public void pictureChanged() {
        if (current == null) {
            return;
        }
        PictureStore store = current.store();
        inBackground("Reading " + store.file(), () -> LoadedPicture.read(store), picture -> {
            if (current != null && current.store() == picture.store()) {
                show(picture);
            }
        });
    }

    /** Closes the open store on the I/O thread (at exit). */
    void close() {
        map.dispose();
        if (current != null) {
            io.execute(current.store()::close);
            current = null;
        }
    }

    private void restore() {
        if (current != null) {
            show(current);
        } else {
            stage.setTitle("Paxmap");
            topBanner.showNeutral("NO PICTURE OPEN");
            bottomBanner.showNeutral("NO PICTURE OPEN");
            statusBar.showMessage("No picture open");
            placeholder.setVisible(true);
            placeholder.showMessage("No picture open", "Use File › Open picture… or File › New picture….");
        }
    }
}
