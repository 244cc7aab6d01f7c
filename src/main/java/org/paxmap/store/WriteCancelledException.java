package org.paxmap.store;

/** A write stopped at the user's request ({@link Cancellation}) and rolled back: the picture is as it was before. */
public final class WriteCancelledException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** An exception with a user-facing message. */
    public WriteCancelledException(String message) {
        super(message);
    }
}
