package org.paxmap.app;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A long job of the window that the user may stop (File ▸ Export…, a file import): what runs, a progress bar (counted
 * when the job says how far it is, moving otherwise) and a stop button, which asks the job to stop — the job's own
 * contract says what is then left (for both: nothing written). Modeless, owned by the main window, closed by the
 * caller when the job ends. Node ids are {@code <id>ProgressText}, {@code <id>Progress} and {@code <id>Cancel}.
 * FX-thread only.
 */
final class ProgressWindow {
    private final Stage stage = new Stage();
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button stop;
    private final String running;
    private final String stopping;
    private long total = -1;

    /**
     * Shows the window.
     *
     * @param id the prefix of the node ids, e.g. {@code export}
     * @param running what runs, e.g. {@code Exporting to ops.kml} (outside text already made visible)
     * @param stopLabel the stop button's text, e.g. {@code Cancel}
     * @param stopping what the window says once stopping, e.g. {@code Stopping… nothing will be written.}
     * @param onStop runs (once) when the user chooses the stop button or closes the window
     */
    ProgressWindow(
            Window owner, String id, String title, String running, String stopLabel, String stopping, Runnable onStop) {
        this.running = running;
        this.stopping = stopping;
        this.stop = new Button(stopLabel);
        text.setId(id + "ProgressText");
        text.setText(running + "…");
        text.setWrapText(true);
        bar.setId(id + "Progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        stop.setId(id + "Cancel");
        stop.setCancelButton(true);
        stop.setOnAction(e -> stop(onStop));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox root = new VBox(10, text, bar, new HBox(grow, stop));
        root.setId(id + "ProgressWindow");
        root.setPadding(new Insets(14));
        root.setPrefWidth(440);
        Scene scene = new Scene(root);
        var css = ProgressWindow.class.getResource("paxmap.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed when the job ends; closing it asks to stop
            stop(onStop);
        });
        stage.show();
    }

    /** The number of features the job goes through, once known. */
    void total(long features) {
        total = features;
    }

    /** {@code done} features have gone through. */
    void progress(long done) {
        if (stop.isDisabled()) {
            return;
        }
        if (total > 0) {
            bar.setProgress(Math.min(1.0, done / (double) total));
            text.setText(running + ": " + done + " of " + total + " features…");
        } else {
            text.setText(running + ": " + done + " features…");
        }
    }

    /** Closes the window (the job ended, however). */
    void close() {
        stage.setOnCloseRequest(null);
        stage.close();
    }

    private void stop(Runnable onStop) {
        if (stop.isDisabled()) {
            return;
        }
        stop.setDisable(true);
        text.setText(stopping);
        onStop.run();
    }
}
