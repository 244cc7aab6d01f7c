package org.paxmap.app.brief;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.paxmap.app.map.Background;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;
import org.paxmap.brief.present.BriefingExport;
import org.paxmap.brief.present.PageSpec;
import org.paxmap.brief.present.Playback;
import org.paxmap.render.output.ExportCancelledException;
import org.paxmap.render.output.ExportProgress;
import org.paxmap.render.output.PaperSize;
import org.paxmap.store.PictureStore;
import org.paxmap.tiles.MapFolder;

/**
 * The window's briefing exports (File menu): the view as PNG, the chosen briefing as PDF, the selected slide's playback
 * as MP4. Each asks its options in a small dialog and the target in a file chooser, then writes on a thread of its
 * own (not the store thread: the picture is only read, and {@code PictureStore} reads are thread-safe) with a
 * progress bar and Cancel, and says what it wrote or, in the export's own words, why it could not. FX-thread only.
 */
public final class BriefingExports {
    /** Frame size and rate of a playback video. */
    static final int VIDEO_WIDTH = 1280;

    static final int VIDEO_HEIGHT = 720;
    static final double VIDEO_FPS = 2;

    private final BriefingPanel panel;

    BriefingExports(BriefingPanel panel) {
        this.panel = panel;
    }

    /** File ▸ Export view as PNG…: the current view, for the chosen briefing's audience or local use. */
    public void exportViewPng() {
        if (panel.requireStore("export the view") == null) {
            return;
        }
        pngOptions().ifPresent(spec -> target("Export view as PNG", "view.png", "PNG image (*.png)", "*.png")
                .ifPresent(file -> {
                    // run() reports the outcome in the panel; the window needs nothing from the future
                    var unused = writeViewPng(spec, file);
                }));
    }

    /** File ▸ Export briefing as PDF…: every slide of the chosen briefing, a page each. */
    public void exportBriefingPdf() {
        Briefing b = panel.requireBriefing("export as PDF");
        if (b == null) {
            return;
        }
        if (b.slides().isEmpty()) {
            panel.alert(Alert.AlertType.WARNING, "Briefing '" + b.name() + "' has no slides yet: add one first.");
            return;
        }
        paperChoice().ifPresent(paper -> target(
                        "Export briefing as PDF", fileName(b.name()) + ".pdf", "PDF document (*.pdf)", "*.pdf")
                .ifPresent(file -> {
                    // run() reports the outcome in the panel; the window needs nothing from the future
                    var unused = writePdf(paper, file);
                }));
    }

    /** File ▸ Export playback as MP4…: the selected slide played through its time. */
    public void exportPlaybackMp4() {
        Briefing b = panel.requireBriefing("export a playback");
        if (b == null) {
            return;
        }
        int index = panel.selectedIndex();
        if (index < 0) {
            panel.alert(Alert.AlertType.WARNING, "Select the slide to play back in the briefing panel first.");
            return;
        }
        playbackOptions().ifPresent(o -> target(
                        "Export playback as MP4",
                        fileName(b.name()) + "-slide-" + (index + 1) + ".mp4",
                        "MP4 video (*.mp4)",
                        "*.mp4")
                .ifPresent(file -> {
                    // run() reports the outcome in the panel; the window needs nothing from the future
                    var unused = writePlayback(o.steps(), o.windowDays(), file);
                }));
    }

    /** Writes the view as a PNG to {@code file} (no dialogs); completes with the file written. */
    CompletableFuture<Path> writeViewPng(PageSpec spec, Path file) {
        PictureStore store = panel.requireStore("export the view");
        Slide view = panel.liveSlide("Map view");
        String audience = panel.chosenBriefing().map(Briefing::audience).orElse(null);
        return run(
                "Writing " + file.getFileName(),
                (export, progress) ->
                        export.png(view, audience, store.nodeId(), spec, withExtension(file, ".png"), progress));
    }

    /** Writes the chosen briefing as a PDF to {@code file} (no dialogs); completes with the file written. */
    CompletableFuture<Path> writePdf(PaperSize paper, Path file) {
        Briefing b = panel.chosenBriefing().orElseThrow();
        return run(
                "Writing " + file.getFileName(),
                (export, progress) -> export.pdf(b, null, paper, withExtension(file, ".pdf"), progress));
    }

    /**
     * Writes the selected slide's playback to {@code file} (no dialogs): {@code steps} steps over the slide's window
     * (its open ends closed by the picture's oldest and newest incidents), each showing the last {@code windowDays}
     * days, or everything since the start when {@code null}.
     */
    CompletableFuture<Path> writePlayback(int steps, Integer windowDays, Path file) {
        Briefing b = panel.chosenBriefing().orElseThrow();
        int index = panel.selectedIndex();
        PictureStore store = panel.requireStore("export a playback");
        return run("Writing " + file.getFileName(), (export, progress) -> {
            Optional<Instant> oldest = store.briefings().oldestIncident();
            Optional<Instant> newest = store.briefings().newestIncident();
            if (oldest.isEmpty() || newest.isEmpty()) {
                throw new IllegalStateException("The picture has no incidents to play through.");
            }
            TimeWindow.Period w = b.slides().get(index).time().resolve(newest.get());
            Instant from = w.from() != null ? w.from() : oldest.get().truncatedTo(ChronoUnit.DAYS);
            Instant to = w.to() != null ? w.to() : newest.get().plus(Duration.ofMinutes(1));
            Playback playback =
                    Playback.ofSteps(from, to, steps, windowDays == null ? null : Duration.ofDays(windowDays));
            return export.playback(
                    b,
                    index + 1,
                    null,
                    playback,
                    VIDEO_WIDTH,
                    VIDEO_HEIGHT,
                    VIDEO_FPS,
                    withExtension(file, ".mp4"),
                    progress);
        });
    }

    /** One export, run on the export's thread. */
    @FunctionalInterface
    private interface Work {
        Path write(BriefingExport export, ExportProgress progress) throws Exception;
    }

    /** A progress report the export thread writes and the window reads; cancelled from the FX thread. */
    private static final class Progress implements ExportProgress {
        private volatile boolean cancelled;
        private final ProgressBar bar;

        Progress(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void progress(int done, int total) {
            double fraction = total <= 0 ? -1 : (double) done / total;
            Platform.runLater(() -> bar.setProgress(fraction));
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    // Shows the progress window, runs the work on a thread of its own, reports the outcome on the FX thread.
    private CompletableFuture<Path> run(String title, Work work) {
        PictureStore store = panel.requireStore("export");
        CompletableFuture<Path> done = new CompletableFuture<>();
        if (store == null) {
            done.completeExceptionally(new IllegalStateException("no picture open"));
            return done;
        }
        ProgressBar bar = new ProgressBar(-1);
        bar.setId("exportProgress");
        bar.setPrefWidth(320);
        Progress progress = new Progress(bar);
        Button cancel = new Button("Cancel");
        cancel.setId("exportCancel");
        cancel.setCancelButton(true);
        Label what = new Label(title + "…");
        VBox box = new VBox(10, what, bar, new HBox(cancel));
        box.setPadding(new Insets(14));
        Stage window = new Stage(StageStyle.UTILITY);
        window.initOwner(panel.owner());
        window.initModality(Modality.NONE);
        window.setTitle("Paxmap — export");
        window.setScene(new Scene(box));
        window.setOnCloseRequest(e -> progress.cancelled = true);
        cancel.setOnAction(e -> {
            progress.cancelled = true;
            cancel.setDisable(true);
            what.setText("Cancelling…");
        });
        window.show();
        Background.run("paxmap-export", () -> {
            try {
                BriefingExport export = new BriefingExport(store, mapsFolder(), Instant.now());
                Path written = work.write(export, progress);
                Platform.runLater(() -> {
                    window.close();
                    panel.message("Wrote " + written);
                    panel.alert(Alert.AlertType.INFORMATION, "Wrote " + written);
                    done.complete(written);
                });
            } catch (ExportCancelledException e) {
                Platform.runLater(() -> {
                    window.close();
                    panel.message("Export cancelled; nothing was written.");
                    done.completeExceptionally(e);
                });
            } catch (Exception | Error e) {
                System.getLogger(BriefingExports.class.getName())
                        .log(System.Logger.Level.WARNING, title + " failed", e);
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> {
                    window.close();
                    panel.message(reason);
                    panel.alert(Alert.AlertType.ERROR, reason);
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    static Path mapsFolder() {
        return MapFolder.folder().orElse(Path.of("maps").toAbsolutePath());
    }

    // -- option dialogs

    private Optional<PageSpec> pngOptions() {
        RadioButton[] kind = radios("Pixels", "Paper");
        RadioButton pixels = kind[0];
        RadioButton paper = kind[1];
        Spinner<Integer> width = spinner(64, PageSpec.MAX_PIXELS, 1920, 100);
        Spinner<Integer> height = spinner(64, PageSpec.MAX_PIXELS, 1080, 100);
        ChoiceBox<PaperSize> sheet = paperBox();
        ChoiceBox<Integer> dpi = new ChoiceBox<>();
        dpi.getItems().addAll(96, 150, 200, 300);
        dpi.setValue(150);
        width.disableProperty().bind(paper.selectedProperty());
        height.disableProperty().bind(paper.selectedProperty());
        sheet.disableProperty().bind(pixels.selectedProperty());
        dpi.disableProperty().bind(pixels.selectedProperty());
        GridPane grid = grid();
        grid.addRow(0, pixels, width, new Label("×"), height);
        grid.addRow(1, paper, sheet, new Label("at"), dpi, new Label("dpi"));
        return ask(
                "Export view as PNG",
                grid,
                () -> paper.isSelected()
                        ? PageSpec.paper(sheet.getValue(), dpi.getValue())
                        : PageSpec.pixels(width.getValue(), height.getValue()));
    }

    private Optional<PaperSize> paperChoice() {
        ChoiceBox<PaperSize> sheet = paperBox();
        GridPane grid = grid();
        grid.addRow(0, new Label("Paper"), sheet);
        return ask("Export briefing as PDF", grid, sheet::getValue);
    }

    /** A playback's options: steps, and the sliding window's days ({@code null}: cumulative). */
    record PlaybackOptions(int steps, Integer windowDays) {}

    private Optional<PlaybackOptions> playbackOptions() {
        Spinner<Integer> steps = spinner(1, Playback.MAX_STEPS - 1, 30, 100);
        RadioButton[] kind = radios("Sliding window of", "Cumulative (everything since the start)");
        RadioButton sliding = kind[0];
        RadioButton cumulative = kind[1];
        Spinner<Integer> days = spinner(1, TimeWindow.MAX_DAYS, 7, 80);
        days.disableProperty().bind(cumulative.selectedProperty());
        GridPane grid = grid();
        grid.addRow(0, new Label("Steps"), steps);
        grid.addRow(1, sliding, days, new Label("days"));
        grid.add(cumulative, 0, 2, 3, 1);
        grid.add(
                new Label(VIDEO_WIDTH + " × " + VIDEO_HEIGHT + " pixels, " + (int) VIDEO_FPS + " steps a second"),
                0,
                3,
                3,
                1);
        return ask(
                "Export playback as MP4",
                grid,
                () -> new PlaybackOptions(steps.getValue(), cumulative.isSelected() ? null : days.getValue()));
    }

    /** Two radio buttons of one group, the first selected. */
    private static RadioButton[] radios(String first, String second) {
        ToggleGroup group = new ToggleGroup();
        RadioButton a = new RadioButton(first);
        RadioButton b = new RadioButton(second);
        a.setToggleGroup(group);
        b.setToggleGroup(group);
        a.setSelected(true);
        return new RadioButton[] {a, b};
    }

    private static Spinner<Integer> spinner(int min, int max, int value, double width) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        return spinner;
    }

    private static ChoiceBox<PaperSize> paperBox() {
        ChoiceBox<PaperSize> sheet = new ChoiceBox<>();
        sheet.getItems().addAll(PaperSize.values());
        sheet.setValue(PaperSize.A4_LANDSCAPE);
        sheet.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PaperSize p) {
                return p == null ? "" : p == PaperSize.A4_LANDSCAPE ? "A4 landscape" : "A3 landscape";
            }

            @Override
            public PaperSize fromString(String s) {
                return null;
            }
        });
        return sheet;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        return grid;
    }

    private <T> Optional<T> ask(String title, GridPane content, java.util.function.Supplier<T> result) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(panel.owner());
        dialog.setTitle("Paxmap — " + title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? result.get() : null);
        try {
            return dialog.showAndWait();
        } catch (IllegalArgumentException e) {
            panel.alert(Alert.AlertType.ERROR, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Path> target(String title, String initialName, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(initialName);
        panel.store()
                .map(s -> s.file().toAbsolutePath().getParent())
                .filter(Files::isDirectory)
                .ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        Window owner = panel.owner();
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "briefing" : safe;
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
