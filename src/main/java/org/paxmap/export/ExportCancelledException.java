package org.paxmap.export;

/**
 * An export stopped at the user's request (a {@code Cancellation}, or an interrupt of the exporting thread): nothing
 * was written, the temporary file is gone and a file already at the target is as it was.
 */
public final class ExportCancelledException extends ExportException {
    private static final long serialVersionUID = 1L;

    /** With the one-line message. */
    public ExportCancelledException(String message) {
        super(message);
    }
}
