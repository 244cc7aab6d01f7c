package org.paxmap.app.exchange;

import java.util.Arrays;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.store.PictureStore;

/**
 * Changes the passphrase of this node's keys from the window, as {@code paxmap keys passwd} does: the current
 * passphrase, the new one typed twice with the rule checked as the user types; both private keys are re-encrypted in
 * the background ({@link LocalIdentity#changePassphrase}). The keys, and so the fingerprint partners verified, stay.
 * FX-thread only.
 */
final class PassphraseChangeForm extends VBox {
    private final ExchangeHost host;
    private final PictureStore store;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Label status = DialogWindow.value("passwdStatus");
    private final Button change = DialogWindow.button("passwdChange", "Change passphrase", this::change);

    /** A form for {@code store}'s node; {@code onBack} returns to the node's details. */
    PassphraseChangeForm(ExchangeHost host, PictureStore store, Runnable onBack) {
        super(10);
        this.host = host;
        this.store = store;
        current.setId("passwdCurrent");
        fresh.setId("passwdNew");
        repeated.setId("passwdRepeat");
        current.textProperty().addListener((o, a, b) -> check());
        fresh.textProperty().addListener((o, a, b) -> check());
        repeated.textProperty().addListener((o, a, b) -> check());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Current passphrase:"), current);
        form.addRow(1, new Label("New passphrase:"), fresh);
        form.addRow(2, new Label("New passphrase again:"), repeated);
        Button back = DialogWindow.button("passwdBack", "Back", onBack);
        back.setCancelButton(true);
        change.setDefaultButton(true);
        getChildren()
                .setAll(
                        DialogWindow.heading("Change this node's passphrase"),
                        DialogWindow.note("The keys stay the same, so partners notice nothing. A backup made before"
                                + " (keys export-private) still opens with the old passphrase: make a new one."),
                        form,
                        DialogWindow.note(PassphraseRule.TEXT),
                        status,
                        DialogWindow.buttons(change, back));
        check();
    }

    private void check() {
        String problem = current.getText().isEmpty()
                ? "Enter the current passphrase."
                : PassphraseRule.problem(fresh.getText(), repeated.getText());
        status.setText(problem);
        DialogWindow.error(status, false);
        change.setDisable(!problem.isEmpty());
    }

    private void change() {
        char[] old = current.getText().toCharArray();
        char[] chosen = fresh.getText().toCharArray();
        current.clear();
        fresh.clear();
        repeated.clear();
        change.setDisable(true);
        status.setText("Re-encrypting the keys…");
        host.inBackground(
                "Changing the passphrase of node " + store.nodeId(),
                () -> {
                    try {
                        LocalIdentity.changePassphrase(store, old, chosen);
                        return store.nodeId();
                    } finally {
                        Arrays.fill(old, '\0');
                        Arrays.fill(chosen, '\0');
                    }
                },
                node -> {
                    status.setText("Done: the keys of " + node + " now open with the new passphrase.");
                    DialogWindow.error(status, false);
                },
                failure -> {
                    status.setText("Nothing was changed: the keys still open with the current passphrase.");
                    DialogWindow.error(status, true);
                });
    }
}
