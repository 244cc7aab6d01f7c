package org.paxmap.app.exchange;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.paxmap.bundle.trust.KeyLifecycle;
import org.paxmap.bundle.trust.KeyStatement;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.bundle.trust.NodeIdentity;
import org.paxmap.store.PictureStore;

/**
 * Rotates and revokes this node's keys from the window, as {@code paxmap keys rotate} and {@code keys revoke} do:
 * "Make a new key" replaces both keys under the same passphrase with a rotation statement signed by the old key
 * ({@link KeyLifecycle#rotate}); "Revoke" signs, with the current key, the revocation of an earlier key from a time
 * ({@link KeyLifecycle#revoke}). The next bundles carry the statements. The picture is read and written in the
 * background; FX-thread only.
 */
final class KeyLifecycleForm extends VBox {
    private final ExchangeHost host;
    private final PictureStore store;
    private final PasswordField passphrase = new PasswordField();
    private final ComboBox<String> earlier = new ComboBox<>();
    private final TextField since = new TextField();
    private final Label status = DialogWindow.value("keysStatus");
    private final Button rotate = DialogWindow.button("keysRotate", "Make a new key", this::rotate);
    private final Button revoke = DialogWindow.button("keysRevoke", "Revoke this key", this::revoke);
    private NodeIdentity latest;

    /**
     * A form for {@code store}'s node, whose key is {@code identity}; {@code onBack} returns to the node's details with
     * its key as it is then (a new one after a rotation).
     */
    KeyLifecycleForm(ExchangeHost host, PictureStore store, NodeIdentity identity, Consumer<NodeIdentity> onBack) {
        super(10);
        this.host = host;
        this.store = store;
        this.latest = identity;
        passphrase.setId("keysPassphrase");
        earlier.setId("keysEarlier");
        earlier.setPromptText("no earlier key");
        since.setId("keysSince");
        since.setText(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        passphrase.textProperty().addListener((o, a, b) -> check());
        earlier.valueProperty().addListener((o, a, b) -> buttons());
        since.textProperty().addListener((o, a, b) -> buttons());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Passphrase:"), passphrase);
        GridPane revokeRow = new GridPane();
        revokeRow.setHgap(8);
        revokeRow.setVgap(8);
        revokeRow.addRow(0, new Label("Earlier key:"), earlier);
        revokeRow.addRow(1, new Label("Refuse its bundles dated after (UTC):"), since);
        Button back = DialogWindow.button("keysBack", "Back", () -> onBack.accept(latest));
        back.setCancelButton(true);
        javafx.scene.control.ButtonBar.setButtonUniformSize(revoke, false);
        getChildren()
                .setAll(
                        DialogWindow.heading("Rotate or revoke this node's key"),
                        DialogWindow.note("Make a new key when a laptop changes hands or the key may have been seen:"
                                + " the next bundles carry a statement signed by the old key, and partners move to the"
                                + " new one when they import a bundle (a root certificate must be made anew). Make a"
                                + " new backup afterwards."),
                        form,
                        DialogWindow.buttons(rotate),
                        DialogWindow.note("If an earlier key leaked, revoke it: partners then refuse the bundles it"
                                + " signs dated after the time you give."),
                        revokeRow,
                        status,
                        DialogWindow.buttons(revoke, back));
        loadEarlierKeys();
        check();
    }

    /** The buttons for what is typed, and the prompt while the passphrase is missing. */
    private void check() {
        if (passphrase.getText().isEmpty()) {
            status.setText("Enter this node's passphrase.");
            DialogWindow.error(status, false);
        }
        buttons();
    }

    private void buttons() {
        boolean noPassphrase = passphrase.getText().isEmpty();
        rotate.setDisable(noPassphrase);
        revoke.setDisable(
                noPassphrase || earlier.getValue() == null || since.getText().isBlank());
    }

    private void loadEarlierKeys() {
        host.inBackground(
                "Reading the earlier keys of node " + store.nodeId(),
                () -> KeyLifecycle.revocable(store),
                (List<String> kids) -> {
                    earlier.getItems().setAll(kids);
                    if (!kids.isEmpty()) {
                        earlier.setValue(kids.get(kids.size() - 1));
                    }
                    buttons();
                },
                failure -> earlier.getItems().clear());
    }

    private void rotate() {
        char[] secret = passphrase.getText().toCharArray();
        passphrase.clear();
        status.setText("Making the new key…");
        host.inBackground(
                "Making a new key for node " + store.nodeId(),
                () -> {
                    try {
                        boolean certified = KeyLifecycle.rootCertified(store);
                        KeyLifecycle.rotate(store, secret);
                        return new Rotated(LocalIdentity.require(store), certified);
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                },
                (Rotated done) -> {
                    NodeIdentity next = done.identity();
                    latest = next;
                    status.setText("Done: node " + next.nodeId() + " has a new key, fingerprint "
                            + next.fingerprint().digits() + ". The next bundles carry the rotation; make a new"
                            + " backup."
                            + (done.certified()
                                    ? " This node needs a new certificate from its root (paxmap root certify …, then"
                                            + " paxmap keys certificate …) for partners who accept it on the root's"
                                            + " word."
                                    : ""));
                    DialogWindow.error(status, false);
                    if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
                        DialogWindow.fit(stage); // the longer status keeps the buttons on the screen
                    }
                    loadEarlierKeys();
                },
                failure -> {
                    status.setText("Nothing was changed: the node keeps its key.");
                    DialogWindow.error(status, true);
                });
    }

    /** A rotation's outcome: the new key, and whether the old one held a root certificate. */
    private record Rotated(NodeIdentity identity, boolean certified) {}

    private void revoke() {
        Instant from;
        try {
            from = Instant.parse(since.getText().trim());
        } catch (DateTimeParseException e) {
            status.setText("'" + since.getText().trim() + "' is not a UTC time like 2026-11-30T00:00:00Z.");
            DialogWindow.error(status, true);
            return;
        }
        String kid = earlier.getValue();
        char[] secret = passphrase.getText().toCharArray();
        passphrase.clear();
        status.setText("Signing the revocation…");
        host.inBackground(
                "Revoking key " + kid + " of node " + store.nodeId(),
                () -> {
                    try {
                        return KeyLifecycle.revoke(store, secret, kid, from);
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                },
                (KeyStatement s) -> {
                    status.setText("Done: key " + s.key() + " is revoked from " + s.effectiveAt() + " (statement "
                            + s.version() + "); the next bundles carry the revocation.");
                    DialogWindow.error(status, false);
                    loadEarlierKeys();
                },
                failure -> {
                    status.setText("Nothing was revoked.");
                    DialogWindow.error(status, true);
                });
    }
}
