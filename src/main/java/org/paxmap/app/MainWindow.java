package org.paxmap.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.paxmap.store.PictureStore;

/**
 * The main window: classification banners at top and bottom, the menu bar, the map placeholder and the status bar. It
 * owns the open picture's store and runs all store I/O on the {@code io} executor, never on the FX thread. FX-thread
 * only.
 */
final class MainWindow {
    private final Stage stage;
    private final ExecutorService io;
    private final ClassificationBanner topBanner = new ClassificationBanner("bannerTop");
    private final ClassificationBanner bottomBanner = new ClassificationBanner("bannerBottom");
    private final StatusBar statusBar = new StatusBar();
    private final MapPlaceholder placeholder = new MapPlaceholder();
    private LoadedPicture current;

    MainWindow(Stage stage, ExecutorService io) {
        this.stage = stage;
        this.io = io;
        VBox top = new VBox(topBanner, MainMenu.create(new PictureActions(this)));
        VBox bottom = new VBox(statusBar, bottomBanner);
        BorderPane root = new BorderPane(placeholder, top, null, bottom, null);
        root.setId("mainWindow");
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("paxmap.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Paxmap");
        stage.setMinWidth(640);
        stage.setMinHeight(400);
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
    }

    /**
     * Runs {@code work} on the I/O thread; on success hands the result to {@code onSuccess} on the FX thread; on
     * failure shows an error naming {@code action} and its reason.
     */
    <T> void inBackground(String action, Callable<T> work, Consumer<T> onSuccess) {
        inBackground(action, work, onSuccess, failure -> {});
    }

    private <T> void inBackground(
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
            showAlert(Alert.AlertType.ERROR, "Paxmap — error", UserMessages.describe(action, failure));
        });
        io.execute(task);
    }

    /** Shows a message dialog owned by this window; does not block. */
    void showAlert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    /** Closes the open store on the I/O thread (at exit). */
    void close() {
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
            placeholder.showMessage("No picture open", "Use File › Open picture… or File › New picture….");
        }
    }
}
