package org.paxmap.app.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.paxmap.bundle.trust.KeyBackup;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.store.PictureStore;

/**
 * The form that gives a picture without a key the key of its node from a backup — the public key file and the
 * private key file {@code paxmap keys export-private} (or the window's backup) wrote — unlocked with the passphrase
 * ({@link KeyBackup#restore}, in the background). This is how a node moves to a new laptop or a rebuilt picture
 * without new fingerprint calls. FX-thread only.
 */
final class KeyRestoreForm extends VBox {
    private final ExchangeHost host;
    private final PictureStore store;
    private final Stage stage;
    private final TextField publicFile = new TextField();
    private final TextField privateFile = new TextField();
    private final PasswordField passphrase = new PasswordField();
    private final Label status = DialogWindow.value("restoreStatus");
    private final Button load = DialogWindow.button("restoreLoad", "Load key", this::load);
    private final Consumer<NodeIdentity> onRestored;

    /**
     * A form in {@code stage} for {@code store}; {@code onRestored} runs on the FX thread with the identity once it
     * is stored, {@code onBack} when the user goes back to creating a key.
     */
    KeyRestoreForm(
            ExchangeHost host, PictureStore store, Stage stage, Consumer<NodeIdentity> onRestored, Runnable onBack) {
        super(10);
        this.host = host;
        this.store = store;
        this.stage = stage;
        publicFile.setId("restorePublic");
        publicFile.setPromptText(store.nodeId() + PublicKeyFile.EXTENSION);
        privateFile.setId("restorePrivate");
        privateFile.setPromptText("the private key backup, e.g. " + store.nodeId() + ".private.json");
        passphrase.setId("restorePassphrase");
        passphrase.setPromptText("the passphrase the backup is encrypted under");
        publicFile.textProperty().addListener((o, a, b) -> check());
        privateFile.textProperty().addListener((o, a, b) -> check());
        passphrase.textProperty().addListener((o, a, b) -> check());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, caption("Public key file:"), row(publicFile, "restoreBrowsePublic", "Public key file"));
        form.addRow(1, caption("Private key backup:"), row(privateFile, "restoreBrowsePrivate", "Private key backup"));
        form.addRow(2, caption("Passphrase:"), passphrase);
        Button back = DialogWindow.button("restoreBack", "Create a new key instead", onBack);
        Button cancel = DialogWindow.button("restoreCancel", "Cancel", stage::close);
        cancel.setCancelButton(true);
        load.setDefaultButton(true);
        javafx.scene.control.ButtonBar.setButtonUniformSize(back, false);
        setPrefWidth(680);
        this.onRestored = onRestored;
        getChildren()
                .setAll(
                        DialogWindow.heading("Load this node's key from its backup"),
                        DialogWindow.note("Node " + store.nodeId() + " already has a key that partners have verified:"
                                + " load it from the two backup files and its passphrase. Nothing is stored unless"
                                + " the passphrase unlocks the backup and both files belong to this node."),
                        form,
                        status,
                        DialogWindow.buttons(load, back, cancel));
        check();
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private javafx.scene.layout.HBox row(TextField field, String browseId, String title) {
        field.setPrefColumnCount(34);
        Button browse = DialogWindow.button(browseId, "Browse…", () -> browse(field, title));
        browse.setMinWidth(Button.USE_PREF_SIZE);
        return DialogWindow.pathRow(field, browse);
    }

    private void browse(TextField field, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            field.setText(chosen.getPath());
        }
    }

    private void check() {
        String message = publicFile.getText().isBlank()
                ? "Enter the node's public key file."
                : privateFile.getText().isBlank()
                        ? "Enter the private key backup."
                        : passphrase.getText().isEmpty() ? "Enter the passphrase of the backup." : "";
        status.setText(message);
        DialogWindow.error(status, false);
        load.setDisable(!message.isEmpty());
    }

    private void load() {
        Optional<Path> pub = DialogWindow.typedPath(publicFile.getText().trim(), status);
        Optional<Path> priv =
                pub.flatMap(p -> DialogWindow.typedPath(privateFile.getText().trim(), status));
        if (priv.isEmpty()) {
            return;
        }
        char[] secret = passphrase.getText().toCharArray();
        passphrase.clear();
        load.setDisable(true);
        status.setText("Unlocking the backup…");
        host.inBackground(
                "Loading the key of node " + store.nodeId() + " from " + pub.get(),
                () -> KeyBackup.restore(store, pub.get(), priv.get(), secret),
                onRestored,
                failure -> {
                    status.setText("Nothing was stored. Check the files and the passphrase, then try again.");
                    DialogWindow.error(status, true);
                });
    }
}
