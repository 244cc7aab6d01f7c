package org.paxmap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.paxmap.model.Incident;

/**
 * A child-process import for {@link CrashDuringImportTest} and a rough rate measurement: {@code BulkImport <file>
 * <count>} opens (or creates) the picture, prints {@code writing}, saves {@code count} generated incidents in one
 * {@code saveAll}, and prints {@code done <count> <incidents/s>}.
 */
public final class BulkImport {
    private BulkImport() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Incident> incidents = StoreSamples.manyIncidents(count, 42);
        try (PictureStore store =
                Files.exists(file) ? PictureStore.open(file) : PictureStore.create(file, StoreSamples.NODE)) {
            System.out.println("writing " + count);
            System.out.flush();
            long start = System.nanoTime();
            store.saveAll(incidents);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("done %d %.0f%n", count, count / seconds);
        }
    }
}
