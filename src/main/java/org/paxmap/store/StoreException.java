package org.paxmap.store;

/**
 * A failure the user can act on: the message names the picture file (and feature or field where there is one) and
 * the reason, and is fit to show as it is. The store is unchanged when a write throws this.
 */
public class StoreException extends Exception {
    /** An exception with a user-facing message. */
    public StoreException(String message) {
        super(message);
    }

    /** An exception with a user-facing message and the low-level cause (for logs, never shown). */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
