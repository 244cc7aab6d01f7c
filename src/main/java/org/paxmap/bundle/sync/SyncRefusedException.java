package org.paxmap.bundle.sync;

/** An import or resolution the sync engine refuses; the message names the features and the reasons. */
public final class SyncRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A refusal with its reason. */
    public SyncRefusedException(String message) {
        super(message);
    }
}
