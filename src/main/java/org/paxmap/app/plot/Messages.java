package org.paxmap.app.plot;

/** Failures in words for the plotting panel, never a stack trace. Stateless; thread-safe. */
final class Messages {
    private Messages() {}

    /** The reason {@code failure} gives, or its kind when it gives none. */
    static String reason(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank()
                ? "unexpected " + t.getClass().getSimpleName()
                : message;
    }
}
