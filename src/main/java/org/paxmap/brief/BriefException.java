package org.paxmap.brief;

/**
 * Refused briefing input or a briefing that cannot be used: the message names the picture, the briefing, the slide or
 * field and the reason, and is fit to show as it is. The store is unchanged when an operation throws this.
 */
public class BriefException extends Exception {
    /** An exception with a user-facing message. */
    public BriefException(String message) {
        super(message);
    }

    /** An exception with a user-facing message and the low-level cause (for logs, never shown). */
    public BriefException(String message, Throwable cause) {
        super(message, cause);
    }
}
