package org.paxmap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paxmap.model.Incident;
import org.paxmap.testing.StopInsideWrite;

/**
 * A child-process import for {@link CrashDuringImportTest} and a rough rate measurement: {@code BulkImport <file>
 * <count> [<wal bytes>]} opens (or creates) the picture, prints {@code writing}, saves {@code count} generated
 * incidents in one {@code saveAll}, and prints {@code done <count> <incidents/s>}; given WAL bytes, it stops inside
 * the write once the WAL has grown past them, after printing {@code halfway} ({@link StopInsideWrite}).
 */
public final class BulkImport {
    private BulkImport() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Incident> incidents = StoreSamples.manyIncidents(count, 42);
        try (PictureStore store =
                Files.exists(file) ? PictureStore.open(file) : PictureStore.create(file, StoreSamples.NODE)) {
            if (args.length > 2) {
                StopInsideWrite.arm(store, file, Long.parseLong(args[2]));
            }
            System.out.println("writing " + count);
            System.out.flush();
            long start = System.nanoTime();
            store.saveAll(incidents);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("done %d %.0f%n", count, count / seconds);
        }
    }
}
