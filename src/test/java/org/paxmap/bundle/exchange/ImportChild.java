package org.paxmap.bundle.exchange;

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
 * A child-process bundle import for {@link KilledImportTest}: {@code ImportChild <picture> <bundle> <bytes>} opens
 * the picture, previews the bundle, prints {@code applying N}, and applies it; once the apply transaction has spilled
 * more than {@code bytes} into the WAL (looked at every 1,024 row changes, on the writing thread itself) it prints
 * {@code halfway} and stops that transaction where it is, for the parent to kill the process at a known point — no
 * race with the end of the apply.
 */
public final class ImportChild {
    private ImportChild() {}

    /** Runs one import up to the marker; exits non-zero with the reason if it is refused. */
    public static void main(String[] args) throws Exception {
        Path wal = Path.of(args[0] + "-wal");
        long walBytes = Long.parseLong(args[2]);
        try (PictureStore store = PictureStore.open(Path.of(args[0]))) {
            AtomicLong changes = new AtomicLong();
            writer(store).addUpdateListener((type, database, table, rowId) -> {
                if (changes.incrementAndGet() % 1024 == 0 && size(wal) > walBytes) {
                    System.out.println("halfway");
                    System.out.flush();
                    awaitKill();
                }
            });
            BundleImport importer = new BundleImport(store);
            ImportPreview preview = importer.preview(Path.of(args[1]));
            System.out.println("applying " + preview.bundle().allFeatures().size());
            System.out.flush();
            ImportResult result = importer.apply(preview);
            System.out.println("done " + result.applied().written());
        }
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
