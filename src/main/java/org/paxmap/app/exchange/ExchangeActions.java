package org.paxmap.app.exchange;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import org.paxmap.bundle.trust.LocalIdentity;
import org.paxmap.store.PictureStore;

/**
 * What the Exchange menu does. Every action but "This node…" first makes sure the picture has an identity: if it has
 * none, the identity dialog creates it, and the action continues once that dialog closes. FX-thread only.
 */
public final class ExchangeActions {
    private final ExchangeHost host;

    /** The actions of the window behind {@code host}. */
    public ExchangeActions(ExchangeHost host) {
        this.host = host;
    }

    /** Exchange ▸ This node…: creates the identity, or shows it with its fingerprint and public key file. */
    public void thisNode() {
        PictureStore store = requireStore();
        if (store == null) {
            return;
        }
        host.inBackground(
                "Reading the key of " + store.file(),
                () -> LocalIdentity.read(store),
                identity -> {
                    if (identity.isPresent()) {
                        IdentityDialog.show(host, store, identity.get());
                    } else {
                        IdentityDialog.create(host, store, null);
                    }
                },
                failure -> {});
    }

    /** Exchange ▸ Partners…. */
    public void partners() {
        withIdentity(store -> PartnersDialog.open(host, store));
    }

    /** Exchange ▸ Export bundle…. */
    public void exportBundle() {
        withIdentity(store -> ExportDialog.open(host, store));
    }

    /** Exchange ▸ Import bundle…. */
    public void importBundle() {
        withIdentity(store -> ImportDialog.open(host, store));
    }

    /** Exchange ▸ Conflicts…. */
    public void conflicts() {
        withIdentity(store -> ConflictsDialog.open(host, store));
    }

    private void withIdentity(Consumer<PictureStore> next) {
        PictureStore store = requireStore();
        if (store == null) {
            return;
        }
        host.inBackground(
                "Reading the key of " + store.file(),
                () -> LocalIdentity.read(store),
                identity -> {
                    if (identity.isPresent()) {
                        next.accept(store);
                    } else {
                        IdentityDialog.create(host, store, () -> next.accept(store));
                    }
                },
                failure -> {});
    }

    private PictureStore requireStore() {
        PictureStore store = host.store().orElse(null);
        if (store == null) {
            host.showAlert(
                    Alert.AlertType.WARNING, "Paxmap", "Open or create a picture first; there is nothing to exchange.");
        }
        return store;
    }
}
