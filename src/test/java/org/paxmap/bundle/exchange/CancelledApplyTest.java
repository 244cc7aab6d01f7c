package org.paxmap.bundle.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.store.Cancellation;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreChecksum;
import org.paxmap.store.WriteCancelledException;
import org.sqlite.SQLiteConnection;

/**
 * A large bundle's apply cancelled while it writes — from inside the statement that is writing rows, the hardest
 * moment — leaves every row of the picture as it was, says so in words, and the same preview applies in full
 * afterwards.
 */
@Tag("slow")
class CancelledApplyTest {
    @TempDir
    Path dir;

    @Test
    void anApplyCancelledMidStatementLeavesThePictureAsItWasAndCanBeAppliedLater() throws Exception {
        try (ExchangePair pair = ExchangePair.create(dir)) {
            pair.fra().store.saveAll(pair.fra().manyIncidents(6_000));
            Path bundle = pair.fra().send(pair.ita(), pair.stick(), Manifest.SyncMode.FULL);
            PictureStore ita = pair.ita().store;
            BundleImport importer = new BundleImport(ita);
            ImportPreview preview = importer.preview(bundle);
            String before = StoreChecksum.of(ita.file());

            Cancellation cancel = new Cancellation();
            AtomicLong rows = new AtomicLong();
            SQLiteConnection writer = writer(ita);
            org.sqlite.SQLiteUpdateListener listener = (type, database, table, rowId) -> {
                if (rows.incrementAndGet() == 1_500) {
                    cancel.cancel(); // on the writing thread, inside the statement inserting the rows
                }
            };
            writer.addUpdateListener(listener);
            WriteCancelledException refused =
                    assertThrows(WriteCancelledException.class, () -> importer.apply(preview, cancel));
            writer.removeUpdateListener(listener);

            assertThat(rows.get()).as("the apply was under way").isGreaterThanOrEqualTo(1_500);
            assertThat(refused.getMessage())
                    .startsWith("Import cancelled: nothing was imported from bundle ")
                    .endsWith(" is as it was.");
            assertEquals(before, StoreChecksum.of(ita.file()), "every row as it was");

            ImportResult later = importer.apply(importer.preview(bundle));
            assertEquals(6_000, later.applied().written(), "the store still works and takes the bundle in full");
        }
    }

    // The store keeps its write connection to itself; the test looks inside to cancel at a known point.
    private static SQLiteConnection writer(PictureStore store) throws Exception {
        Field f = PictureStore.class.getDeclaredField("writer");
        f.setAccessible(true);
        return ((Connection) f.get(store)).unwrap(SQLiteConnection.class);
    }
}
