package org.paxmap.app.exchange;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A file taken into the picture from a stick: its path (typed, or chosen with Browse…), a button that hands it to a
 * store call on the window's I/O thread, and a line saying what was done — or, for a refused file, why, in place
 * ({@link Refusable}: nothing is changed then). Used for a root's certificate and a root's revocation list. FX-thread
 * only.
 */
final class FileTake extends VBox {
    /** The store call: what was done with the file, in words; a {@link org.paxmap.bundle.trust.TrustException} refuses it. */
    @FunctionalInterface
    interface Work {
        /** Takes {@code file} in; returns what was done, in words (text from the file already made visible). */
        String take(Path file) throws Exception;
    }

    private final ExchangeHost host;
    private final Window owner;
    private final FileChooser.ExtensionFilter filter;
    private final String action;
    private final Work work;
    private final Consumer<String> onTaken;
    private final TextField path = new TextField();
    private final Label status;
    private final Button take;

    /**
     * A row whose controls carry the ids {@code prefix + "File"}, {@code "Browse"}, {@code "Take"}, {@code "Status"};
     * {@code action} names the work for the host's alerts ("Taking the certificate"), {@code onTaken} runs on the FX
     * thread with the words once the file is taken.
     */
    FileTake(
            ExchangeHost host,
            Window owner,
            String prefix,
            String prompt,
            FileChooser.ExtensionFilter filter,
            String buttonLabel,
            String action,
            Work work,
            Consumer<String> onTaken) {
        super(8);
        this.host = host;
        this.owner = owner;
        this.filter = filter;
        this.action = action;
        this.work = work;
        this.onTaken = onTaken;
        path.setId(prefix + "File");
        path.setPromptText(prompt);
        path.setPrefColumnCount(36);
        path.setOnAction(e -> take());
        path.textProperty().addListener((o, a, b) -> buttons());
        status = DialogWindow.value(prefix + "Status");
        Button browse = DialogWindow.button(prefix + "Browse", "Browse…", this::browse);
        browse.setMinWidth(Button.USE_PREF_SIZE);
        take = DialogWindow.button(prefix + "Take", buttonLabel, this::take);
        take.setMinWidth(Button.USE_PREF_SIZE);
        getChildren().setAll(DialogWindow.pathRow(path, new javafx.scene.layout.HBox(6, browse, take)), status);
        buttons();
    }

    private void buttons() {
        take.setDisable(path.getText().isBlank());
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(action);
        chooser.getExtensionFilters().add(filter);
        var chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            path.setText(chosen.getPath());
        }
    }

    private void take() {
        Path file = DialogWindow.typedPath(path.getText().trim(), status).orElse(null);
        if (file == null) {
            return;
        }
        take.setDisable(true);
        status.setText(action + "…");
        DialogWindow.error(status, false);
        host.inBackground(
                action + " from " + file,
                () -> Refusable.of(() -> work.take(file)),
                outcome -> {
                    buttons();
                    status.setText(outcome.refused() ? outcome.refusal() : outcome.value());
                    DialogWindow.error(status, outcome.refused());
                    refit();
                    if (!outcome.refused()) {
                        onTaken.accept(outcome.value());
                    }
                },
                failure -> {
                    buttons();
                    status.setText("Nothing was changed.");
                    DialogWindow.error(status, true);
                    refit();
                });
    }

    /** Refits the window to the longer status, so that its buttons stay on the screen. */
    private void refit() {
        if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
            DialogWindow.fit(stage);
        }
    }
}
