package org.paxmap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.paxmap.samples.SamplePicture;
import org.paxmap.store.PictureStore;

/**
 * The Paxmap desktop application. Arguments: an optional picture file (without one, the EXERCISE sample picture in
 * the user data folder is opened, created on first start) and {@code --exit-after-ms=N} for smoke runs. The system
 * property {@code paxmap.dataDir} moves the data folder. Lifecycle methods run on the FX thread.
 */
public final class PaxmapApp extends Application {
    private ExecutorService io;
    private ExecutorService reads;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        List<String> raw = getParameters() == null ? List.of() : getParameters().getRaw();
        AppArguments arguments;
        String argumentError = null;
        try {
            arguments = AppArguments.parse(raw);
        } catch (IllegalArgumentException e) {
            arguments = new AppArguments(Optional.empty(), 0);
            argumentError = e.getMessage();
        }
        io = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "paxmap-store-io");
            thread.setDaemon(true);
            return thread;
        });
        reads = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "paxmap-store-reads");
            thread.setDaemon(true);
            return thread;
        });
        window = new MainWindow(stage, io, reads);
        stage.show();
        if (argumentError != null) {
            window.showAlert(Alert.AlertType.ERROR, "Paxmap — arguments", "Ignoring the arguments: " + argumentError);
        }
        if (arguments.picture().isPresent()) {
            Path picture = arguments.picture().get();
            window.load("Opening " + picture, () -> PictureStore.open(picture));
        } else {
            Path dataDir = UserDataDir.resolve();
            window.load("Opening the exercise picture in " + dataDir, () -> SamplePicture.openOrCreate(dataDir));
        }
        if (arguments.exitAfterMillis() > 0) {
            PauseTransition exit = new PauseTransition(Duration.millis((double) arguments.exitAfterMillis()));
            exit.setOnFinished(e -> Platform.exit());
            exit.play();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (window != null) {
            window.close();
        }
        if (reads != null) {
            reads.shutdownNow();
        }
        if (io != null) {
            io.shutdown();
            io.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Starts the application (JavaFX on the module path); see {@link Launcher} for classpath launches. */
    public static void main(String[] args) {
        org.paxmap.store.NativeSqlite.prepare(); // before the first connection: no clash with another process
        launch(args);
    }
}
