package org.paxmap.app.exchange;

import static org.paxmap.text.OutsideText.visible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.bundle.trust.PublicKeyFile;
import org.paxmap.store.PictureStore;

/**
 * This node's identity: creates it when the picture has none (name, organisation, passphrase typed twice with the rule
 * checked as the user types; the key is generated and encrypted in the background with a progress indicator) or
 * loads the node's existing key from its backup ({@link KeyRestoreForm}), then
 * shows it — the fingerprint as partners compare it — and saves the public key file ({@code .paxkey}) for partners.
 * FX-thread only.
 */
final class IdentityDialog {
    private final ExchangeHost host;
    private final PictureStore store;
    private final Stage stage;
    private final VBox root = new VBox(10);
    private boolean created;

    private final TextField name = new TextField();
    private final TextField organisation = new TextField();
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Label rule = DialogWindow.value("identityRule");
    private final Label problem = DialogWindow.value("identityProblem");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button create = DialogWindow.button("identityCreate", "Create key", this::create);

    private final FingerprintView fingerprint = new FingerprintView("identity");
    private final TextField keyFile = new TextField();
    private final Label saved = DialogWindow.value("identitySaved");

    private IdentityDialog(ExchangeHost host, PictureStore store, Runnable afterCreated) {
        this.host = host;
        this.store = store;
        root.setPadding(new Insets(4));
        root.setPrefWidth(680); // four buttons under the identity: wide enough for their labels at 1024 px
        stage = DialogWindow.create(host.owner(), "identityDialog", "Paxmap — this node", root);
        stage.setOnHidden(e -> {
            if (created && afterCreated != null) {
                afterCreated.run();
            }
        });
    }

    /** Opens the dialog that creates this node's key; {@code afterCreated} runs when it closes after success. */
    static void create(ExchangeHost host, PictureStore store, Runnable afterCreated) {
        IdentityDialog dialog = new IdentityDialog(host, store, afterCreated);
        dialog.showCreateForm();
        dialog.stage.show();
    }

    /** Opens the dialog on an existing identity. */
    static void show(ExchangeHost host, PictureStore store, NodeIdentity identity) {
        IdentityDialog dialog = new IdentityDialog(host, store, null);
        dialog.showIdentity(identity, null);
        dialog.stage.show();
    }

    private void showCreateForm() {
        name.setId("identityName");
        name.setPromptText("e.g. French HQ, Sector West");
        organisation.setId("identityOrganisation");
        organisation.setPromptText("e.g. FRA or UN");
        organisation.setPrefColumnCount(8);
        passphrase.setId("identityPassphrase");
        repeated.setId("identityRepeat");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Node:"), new Label(store.nodeId() + "  (the picture's node id)"));
        form.addRow(1, new Label("Display name:"), name);
        form.addRow(2, new Label("Nation / organisation code:"), organisation);
        form.addRow(3, new Label("Passphrase:"), passphrase);
        form.addRow(4, new Label("Passphrase again:"), repeated);
        GridPane.setFillWidth(name, true);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefSize(22, 22);
        rule.setText(PassphraseRule.TEXT);
        rule.getStyleClass().add("exchange-note");
        name.textProperty().addListener((o, a, b) -> check());
        organisation.textProperty().addListener((o, a, b) -> check());
        passphrase.textProperty().addListener((o, a, b) -> check());
        repeated.textProperty().addListener((o, a, b) -> check());
        Button cancel = DialogWindow.button("identityCancel", "Cancel", stage::close);
        cancel.setCancelButton(true);
        create.setDefaultButton(true);
        Button fromBackup = DialogWindow.button("identityFromBackup", "Load key from backup…", this::showRestoreForm);
        javafx.scene.control.ButtonBar.setButtonUniformSize(fromBackup, false); // its label is longer than the others
        root.getChildren()
                .setAll(
                        DialogWindow.heading("Create this node's signing key"),
                        DialogWindow.note("Bundles you send are signed with this key, and partners check the"
                                + " signature against the fingerprint you give them. A node keeps its key: create"
                                + " it once."),
                        form,
                        rule,
                        new HBox(8, progress, problem),
                        DialogWindow.buttons(create, fromBackup, cancel));
        check();
        DialogWindow.fit(stage);
    }

    /** Replaces the create form by the form that loads the node's existing key from its backup. */
    private void showRestoreForm() {
        root.getChildren()
                .setAll(new KeyRestoreForm(
                        host,
                        store,
                        stage,
                        identity -> {
                            created = true;
                            showIdentity(identity, "The key is loaded");
                        },
                        this::showCreateForm));
        DialogWindow.fit(stage);
    }

    /** Re-checks the form as the user types; the Create button is enabled only when everything is acceptable. */
    private void check() {
        String message = "";
        if (name.getText().isBlank()) {
            message = "Enter a display name partners will recognise.";
        } else if (organisation.getText().isBlank()) {
            message = "Enter your nation or organisation code.";
        } else {
            try {
                NodeIdentity.organisation(organisation.getText());
            } catch (IllegalArgumentException e) {
                message = DialogWindow.sentence(e.getMessage());
            }
        }
        String passphraseProblem = PassphraseRule.problem(passphrase.getText(), repeated.getText());
        if (message.isEmpty()) {
            message = passphraseProblem;
        }
        DialogWindow.error(
                rule, !passphraseProblem.isEmpty() && !passphrase.getText().isEmpty());
        problem.setText(message);
        DialogWindow.error(problem, !message.isEmpty());
        create.setDisable(!message.isEmpty());
    }

    private void create() {
        String displayName = name.getText().trim();
        String org = organisation.getText().trim();
        char[] secret = passphrase.getText().toCharArray();
        setBusy(true, "Generating the key and encrypting it under the passphrase…");
        host.inBackground(
                "Creating the key of node " + store.nodeId() + " in " + store.file(),
                () -> {
                    try {
                        return LocalIdentity.create(store, displayName, org, secret);
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                },
                identity -> {
                    created = true;
                    passphrase.clear();
                    repeated.clear();
                    showIdentity(identity, "The key is created");
                },
                failure -> setBusy(false, ""));
    }

    private void setBusy(boolean busy, String message) {
        progress.setVisible(busy);
        name.setDisable(busy);
        organisation.setDisable(busy);
        passphrase.setDisable(busy);
        repeated.setDisable(busy);
        create.setDisable(busy);
        if (busy) {
            problem.setText(message);
            DialogWindow.error(problem, false);
        } else {
            check();
        }
    }

    /** Shows {@code identity}; {@code justDone} is the heading after creating or loading it, {@code null} if not. */
    private void showIdentity(NodeIdentity identity, String justDone) {
        boolean justCreated = justDone != null;
        fingerprint.show(identity);
        keyFile.setId("identityKeyFile");
        keyFile.setPromptText("where to save the public key file, e.g. on the stick");
        keyFile.setText(defaultKeyFile(identity).toString());
        Button browse = DialogWindow.button("identityBrowseKey", "Browse…", () -> browse(identity));
        Button save = DialogWindow.button("identitySaveKey", "Save public key file", () -> save(identity));
        Button close = DialogWindow.button("identityClose", justCreated ? "Done" : "Close", stage::close);
        Button passwd = DialogWindow.button("identityPasswd", "Change passphrase…", () -> {
            root.getChildren().setAll(new PassphraseChangeForm(host, store, () -> showIdentity(identity, null)));
            DialogWindow.fit(stage);
        });
        javafx.scene.control.ButtonBar.setButtonUniformSize(passwd, false);
        Button keys = DialogWindow.button("identityKeys", "Rotate or revoke…", () -> {
            root.getChildren()
                    .setAll(new KeyLifecycleForm(host, store, identity, latest -> showIdentity(latest, null)));
            DialogWindow.fit(stage);
        });
        javafx.scene.control.ButtonBar.setButtonUniformSize(keys, false);
        Button certificate = DialogWindow.button("identityCertificate", "Root certificate…", () -> {
            root.getChildren().setAll(new RootCertificateForm(host, store, () -> showIdentity(identity, null)));
            DialogWindow.fit(stage);
        });
        javafx.scene.control.ButtonBar.setButtonUniformSize(certificate, false);
        for (Button b : java.util.List.of(passwd, keys, certificate)) {
            b.setMinWidth(Button.USE_PREF_SIZE); // four buttons: the dialog widens rather than cut their labels
        }
        close.setDefaultButton(true);
        close.setCancelButton(true);
        Label who = DialogWindow.value("identityWho");
        who.setText(visible(identity.name()) + " — node " + visible(identity.nodeId()) + ", "
                + visible(identity.organisation())
                + " — key created " + Times.format(identity.createdAt()));
        root.getChildren()
                .setAll(
                        DialogWindow.heading(justCreated ? justDone : "This node"),
                        who,
                        DialogWindow.note("Fingerprint. Read these 60 digits to each partner over the phone or give"
                                + " them on paper; they compare them with what their Paxmap shows when they add your"
                                + " public key file."),
                        fingerprint,
                        DialogWindow.note("The public key file carries no secret: copy it to the partners' sticks."),
                        DialogWindow.pathRow(keyFile, browse),
                        new HBox(8, save, saved),
                        DialogWindow.buttons(passwd, keys, certificate, close));
        DialogWindow.fit(stage);
    }

    private Path defaultKeyFile(NodeIdentity identity) {
        Path folder = store.file().toAbsolutePath().getParent();
        return folder.resolve(identity.nodeId() + PublicKeyFile.EXTENSION);
    }

    private void browse(NodeIdentity identity) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save public key file");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("Paxmap public keys (*.paxkey)", "*" + PublicKeyFile.EXTENSION));
        Path current = DialogWindow.pathOrNull(
                keyFile.getText().isBlank() ? defaultKeyFile(identity).toString() : keyFile.getText());
        if (current == null || current.getFileName() == null) {
            current = defaultKeyFile(identity);
        }
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        var chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            keyFile.setText(chosen.getPath());
        }
    }

    private void save(NodeIdentity identity) {
        String text = keyFile.getText().trim();
        if (text.isEmpty()) {
            saved.setText("Enter where to save the file.");
            DialogWindow.error(saved, true);
            return;
        }
        Path file = DialogWindow.typedPath(
                        text.endsWith(PublicKeyFile.EXTENSION) ? text : text + PublicKeyFile.EXTENSION, saved)
                .orElse(null);
        if (file == null) {
            return;
        }
        host.inBackground(
                "Saving the public key file " + file,
                () -> {
                    PublicKeyFile.write(identity, file);
                    return file;
                },
                written -> {
                    saved.setText("Saved " + written.getFileName() + " in "
                            + written.toAbsolutePath().getParent());
                    DialogWindow.error(saved, false);
                },
                failure -> saved.setText(""));
    }
}
