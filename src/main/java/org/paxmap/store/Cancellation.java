package org.paxmap.store;

import java.sql.SQLException;

/**
 * A user's request to stop a long write (a bundle apply) that is running or about to run: {@link #cancel} may be
 * called from any thread, typically the FX thread's Cancel button. The store checks the token between the steps of
 * the write and interrupts the SQL statement running at the moment ({@code sqlite3_interrupt}), so even one large
 * set-wise statement stops early; the write's transaction is then rolled back and the picture is as it was. One token
 * per operation; thread-safe.
 */
public final class Cancellation {
    private volatile boolean requested;
    private volatile Runnable interrupt;

    /** A token nobody has cancelled yet. */
    public Cancellation() {}

    /** A token that is never cancelled, for callers that offer no Cancel. */
    public static Cancellation none() {
        return new Cancellation();
    }

    /** Asks the write to stop; idempotent. Any thread. */
    public void cancel() {
        requested = true;
        Runnable running = interrupt;
        if (running != null) {
            running.run();
        }
    }

    /** Whether {@link #cancel} was called. */
    public boolean requested() {
        return requested;
    }

    /** Throws if cancelled: called by the store between the steps of a write. */
    void check() throws SQLException {
        if (requested) {
            throw new SQLException("cancelled");
        }
    }

    /** While the write runs, {@code interrupting} stops its current statement on {@link #cancel}; {@code null} after. */
    void whileRunning(Runnable interrupting) {
        interrupt = interrupting;
        if (interrupting != null && requested) {
            interrupting.run();
        }
    }
}
