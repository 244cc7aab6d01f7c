package org.paxmap.testing;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.paxmap.store.PictureStore;
import org.sqlite.SQLiteConnection;

/**
 * For a child process that a crash test kills: stops the store's writing thread inside its open transaction once the
 * transaction has spilled more than a given number of bytes into the WAL (looked at every 1,024 row changes, on the
 * writing thread itself), after printing {@code halfway} on standard output — so the parent kills the process at a
 * known point, with no race against the end of the write. Call before the write, on the child's main thread.
 */
public final class StopInsideWrite {
    private StopInsideWrite() {}

    /**
     * Arms the stop on {@code store}'s write connection for its WAL growing past {@code walBytes}. The connection's
     * page cache is made small (256 KiB), so a transaction's pages spill into the WAL long before it commits, whatever
     * cache the store would use: a test's write of a few tens of thousands of rows is then killed with many of its
     * pages in the WAL, as a far larger one would be.
     */
    public static void arm(PictureStore store, Path picture, long walBytes)
            throws ReflectiveOperationException, SQLException {
        Path wal = Path.of(picture + "-wal");
        AtomicLong changes = new AtomicLong();
        SQLiteConnection writer = writer(store);
        try (java.sql.Statement s = writer.createStatement()) {
            s.execute("PRAGMA cache_size = -256");
        }
        writer.addUpdateListener((type, database, table, rowId) -> {
            if (changes.incrementAndGet() % 1024 == 0 && size(wal) > walBytes) {
                System.out.println("halfway");
                System.out.flush();
                awaitKill();
            }
        });
    }

    // The store keeps its write connection to itself; a test process may look inside to place its marker.
    private static SQLiteConnection writer(PictureStore store) throws ReflectiveOperationException, SQLException {
        Field f = PictureStore.class.getDeclaredField("writer");
        f.setAccessible(true);
        return ((Connection) f.get(store)).unwrap(SQLiteConnection.class);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // no WAL yet
        }
    }

    private static void awaitKill() {
        try {
            new CountDownLatch(1).await(); // inside the open transaction, until the parent kills this process
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
