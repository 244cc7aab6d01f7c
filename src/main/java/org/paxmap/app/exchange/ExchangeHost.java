package org.paxmap.app.exchange;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.paxmap.store.PictureStore;

/**
 * What the exchange dialogs need from the main window: its stage as owner, the open picture, the background I/O
 * thread, alerts, and a refresh after the picture changed. Every method is called on the FX thread.
 */
public interface ExchangeHost {
    /** The window that owns the dialogs. */
    Window owner();

    /** The store of the open picture, if one is open. */
    Optional<PictureStore> store();

    /**
     * Runs {@code work} on the window's I/O thread; hands its result to {@code onSuccess} on the FX thread, or, on
     * failure, calls {@code onFailure} on the FX thread and shows an alert naming {@code action} and the reason (none
     * when the user cancelled the work: {@link org.paxmap.store.WriteCancelledException}; the caller says so).
     */
    <T> void inBackground(String action, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Shows a message dialog owned by the window; does not block. */
    void showAlert(Alert.AlertType type, String title, String message);

    /** Re-reads the open picture in the background and refreshes the map, banners and status bar. */
    void pictureChanged();
}
