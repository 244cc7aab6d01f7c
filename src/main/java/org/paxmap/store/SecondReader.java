package org.paxmap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A second read connection to a picture with a thread of its own, so that a read of many rows can be split in two and
 * both halves read at once (a 2-core machine's other core: measured on a slide of 100,000 incidents, the rows' decoding
 * in Java costs twice what SQLite's own work does). Opened on first use, closed with the store. Each half is a read of
 * its own (in WAL mode each sees a committed state of the picture); a caller must not need both to see the same one.
 * Thread-safe: one read at a time runs on its thread.
 */
final class SecondReader implements AutoCloseable {
    /** A read on a connection's statements (this reader's, or the store's own for the other half). */
    @FunctionalInterface
    interface Work<T> {
        T run(StatementCache statements) throws SQLException;
    }

    private final Path file;
    private Connection connection;
    private StatementCache statements;
    private ExecutorService thread;
    private boolean closed;

    SecondReader(Path file) {
        this.file = file;
    }

    /** Starts {@code work} on the second connection's thread, opening the connection first if need be. */
    synchronized <T> Future<T> submit(Work<T> work) {
        if (closed) {
            throw new IllegalStateException("the picture " + file + " is closed");
        }
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "paxmap-second-reader");
                t.setDaemon(true);
                return t;
            });
        }
        return thread.submit(() -> work.run(statements()));
    }

    // On the reader's thread only.
    private StatementCache statements() throws SQLException {
        if (statements == null) {
            connection = PictureStore.connect(file);
            statements = new StatementCache(connection);
        }
        return statements;
    }

    /** Closes the connection after any read in progress. */
    @Override
    public void close() {
        ExecutorService t;
        synchronized (this) {
            closed = true;
            t = thread;
        }
        if (t == null) {
            return;
        }
        t.execute(() -> {
            if (statements != null) {
                statements.close();
            }
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    // closing a read-only connection: nothing to lose
                }
            }
        });
        t.shutdown();
    }
}
