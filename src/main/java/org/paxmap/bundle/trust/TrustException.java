package org.paxmap.bundle.trust;

/**
 * A trust operation that was refused: a malformed key file, an unknown or suspended partner, a duplicate partner, a
 * key that does not unlock. The message names the file, field or partner and the reason, and is fit to show to the
 * user as it is (never a stack trace).
 */
public class TrustException extends Exception {
    /** A refusal with a user-facing message. */
    public TrustException(String message) {
        super(message);
    }

    /** A refusal with a user-facing message and the low-level cause (for logs, never shown). */
    public TrustException(String message, Throwable cause) {
        super(message, cause);
    }
}
