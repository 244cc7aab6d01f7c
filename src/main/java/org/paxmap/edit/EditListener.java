package org.paxmap.edit;

/**
 * Told of every change an {@link EditSession} writes. Called synchronously on the thread that called the session
 * (the window's store thread, never necessarily the FX thread), after the store's transaction has committed and the
 * history has been updated, in the order listeners were added. A listener that must touch the scene graph hands the
 * event over with {@code Platform.runLater}; a listener should not throw (if one does, the others are still told and
 * the first exception is then rethrown to the session's caller — the change itself stays written).
 */
@FunctionalInterface
public interface EditListener {
    /** The picture has changed. */
    void pictureEdited(EditEvent event);
}
