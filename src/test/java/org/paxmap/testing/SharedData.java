package org.paxmap.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real-world fixtures in {@code ../shared/realdata} (system property {@code paxmap.shared}, set by surefire).
 * Tests that need them are skipped, with the reason shown, when the folder is absent (a fresh clone).
 */
public final class SharedData {
    private SharedData() {}

    /** The realdata folder, or a skipped test saying why. */
    public static Path realdata() {
        Path shared = Path.of(System.getProperty("paxmap.shared", "../shared"));
        Path realdata = shared.resolve("realdata");
        assumeTrue(
                Files.isDirectory(realdata),
                "skipped: " + realdata.toAbsolutePath() + " is missing (clone the shared fixtures beside the project)");
        return realdata;
    }

    /** The {@code .geojson} files of a realdata sub-folder, sorted by name. */
    public static List<Path> geojsonFiles(String folder) throws IOException {
        try (Stream<Path> files = Files.list(realdata().resolve(folder))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".geojson"))
                    .sorted()
                    .toList();
        }
    }
}
