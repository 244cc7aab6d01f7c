package org.paxmap.export;

/** An export that could not be made: one line naming the file and the reason. Nothing was written. */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** With the one-line message. */
    public ExportException(String message) {
        super(message);
    }

    /** With the one-line message and the cause (for logs, never shown). */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
