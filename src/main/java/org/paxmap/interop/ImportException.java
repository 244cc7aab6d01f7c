package org.paxmap.interop;

import org.paxmap.text.OutsideText;

/**
 * Why a file cannot be imported: one line naming the file, the item and the reason. Nothing was written. The message
 * is made visible with {@link OutsideText#visible} (it may quote text from the file), and never holds raw bytes.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message the whole line, e.g. {@code a.kml: Placemark 3 ("Camp"), coordinates: latitude 95 out of range} */
    public ImportException(String message) {
        super(OutsideText.visible(message));
    }

    public ImportException(String message, Throwable cause) {
        super(OutsideText.visible(message), cause);
    }
}
