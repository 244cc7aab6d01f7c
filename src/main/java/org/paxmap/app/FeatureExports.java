package org.paxmap.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.paxmap.brief.Briefings;
import org.paxmap.export.ExportAudiences;
import org.paxmap.export.ExportCancelledException;
import org.paxmap.export.ExportReport;
import org.paxmap.export.FeatureExport;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.Cancellation;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.text.OutsideText;

/**
 * The window's File ▸ Export…: reads the audiences the picture knows, shows the {@link ExportDialog}, asks for
 * confirmation of the labels carried when there is no audience, then runs {@link FeatureExport} on a thread of its own
 * (not the FX thread, nor the store thread: the picture is only read) with its progress and a Cancel in an {@link
 * ProgressWindow}, and says what was written, left out and withheld. FX-thread only.
 */
final class FeatureExports {
    private final MainWindow window;

    FeatureExports(MainWindow window) {
        this.window = window;
    }

    /** Starts the export of {@code picture}'s features. */
    void start(LoadedPicture picture) {
        PictureStore store = picture.store();
        Path suggested = picture.summary()
                .file()
                .toAbsolutePath()
                .resolveSibling(
                        picture.summary().file().getFileName().toString().replaceFirst("\\.gpkg$", "") + "-export");
        window.inBackground(
                "Reading the release policies of " + store.file().getFileName(),
                () -> ExportAudiences.choices(store),
                audiences -> choose(store, suggested, audiences));
    }

    private void choose(PictureStore store, Path suggested, List<String> audiences) {
        ExportDialog.show(window.stage(), suggested, audiences).ifPresent(choice -> {
            if (choice.audience() != null) {
                var unused = write(store, choice);
                return;
            }
            window.inBackground("Reading the labels of " + store.file().getFileName(), store::labels, labels -> {
                if (confirm(labels)) {
                    var unused = write(store, choice);
                }
            });
        });
    }

    /** Asks whether to export, with no audience, features carrying {@code labels}. */
    private boolean confirm(List<ReleaseLabel> labels) {
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                "With no audience, the file carries every feature of the picture, with these labels:\n\n"
                        + String.join(
                                "\n",
                                ExportReport.labelTexts(new java.util.LinkedHashSet<>(labels)).stream()
                                        .map(l -> "• " + l)
                                        .toList())
                        + "\n\nGive it only to someone who may see all of them. Export?",
                export,
                ButtonType.CANCEL);
        alert.initOwner(window.stage());
        alert.setTitle("Paxmap — export without an audience");
        alert.setHeaderText("Export everything?");
        alert.getDialogPane().setId("exportConfirm");
        alert.getDialogPane().setMinWidth(480);
        alert.getDialogPane().lookupButton(export).setId("exportConfirmRun");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == export;
    }

    /**
     * Writes {@code choice} (no dialogs) on a new thread, with a {@link ProgressWindow} whose Cancel stops it;
     * completes with the report, and shows it (or that it was cancelled and nothing was written).
     */
    CompletableFuture<ExportReport> write(PictureStore store, ExportDialog.Choice choice) {
        CompletableFuture<ExportReport> done = new CompletableFuture<>();
        Cancellation cancellation = new Cancellation();
        String file = OutsideText.visible(String.valueOf(choice.file().getFileName()));
        ProgressWindow progress = new ProgressWindow(
                window.stage(),
                "export",
                "Paxmap — export",
                "Exporting to " + file,
                "Cancel",
                "Stopping… nothing will be written to " + file + ".",
                cancellation::cancel);
        AtomicLong latest = new AtomicLong(-1);
        Thread worker = new Thread(
                () -> {
                    try {
                        long total = store.summary().total();
                        Platform.runLater(() -> progress.total(total));
                        ExportReport report = FeatureExport.toFile(
                                store,
                                FeatureQuery.all(),
                                choice.format(),
                                new Briefings(store).filter(choice.audience()),
                                choice.file(),
                                cancellation,
                                n -> {
                                    // at most one hand-over waiting on the FX thread, which shows the latest count
                                    if (latest.getAndSet(n) < 0) {
                                        Platform.runLater(() -> progress.progress(latest.getAndSet(-1)));
                                    }
                                });
                        Platform.runLater(() -> {
                            progress.close();
                            window.showAlert(
                                    Alert.AlertType.INFORMATION, "Paxmap — export", String.join("\n", report.lines()));
                        });
                        done.complete(report);
                    } catch (ExportCancelledException e) {
                        Platform.runLater(() -> {
                            progress.close();
                            window.showAlert(Alert.AlertType.INFORMATION, "Paxmap — export", e.getMessage() + ".");
                        });
                        done.completeExceptionally(e);
                    } catch (Exception | Error e) {
                        Platform.runLater(() -> {
                            progress.close();
                            window.showAlert(
                                    Alert.AlertType.ERROR,
                                    "Paxmap — error",
                                    UserMessages.describe("Exporting to " + choice.file(), e));
                        });
                        done.completeExceptionally(e);
                    }
                },
                "paxmap-export");
        worker.setDaemon(true);
        worker.start();
        return done;
    }
}
