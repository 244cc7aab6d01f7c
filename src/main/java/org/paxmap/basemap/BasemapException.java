package org.paxmap.basemap;

/** A base map source that cannot be read or a build that cannot be done; the message names the file and reason. */
public final class BasemapException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure with a user-facing message. */
    public BasemapException(String message) {
        super(message);
    }

    /** A failure with a user-facing message and its cause (kept for debugging, never shown). */
    public BasemapException(String message, Throwable cause) {
        super(message, cause);
    }
}
