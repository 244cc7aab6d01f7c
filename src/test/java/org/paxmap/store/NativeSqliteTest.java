package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bytes.Sha256;

/**
 * The native library placed once per user, atomically, so that processes starting together do not disturb each
 * other's extraction: concurrent extractions into one folder all find the whole library; a folder others may write is
 * not used; and two real {@code paxmap init} processes started at once with a fresh temporary folder both succeed
 * without a stack trace, with nothing of the driver's own extraction (its {@code sqlite-*.so} and {@code .lck} files)
 * in that folder.
 */
@Tag("slow")
class NativeSqliteTest {
    @TempDir
    Path dir;

    private static byte[] library() throws Exception {
        try (InputStream in = NativeSqlite.class.getResourceAsStream(NativeSqlite.resource())) {
            assumeTrue(in != null, "no native sqlite library for this platform in the driver's jar");
            return in.readAllBytes();
        }
    }

    @Test
    void concurrentExtractionsIntoOneFolderAllFindTheWholeLibrary() throws Exception {
        byte[] expected = library();
        Path folder = dir.resolve("paxmap-me");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Path>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> NativeSqlite.extract(folder)));
            }
            for (Future<Optional<Path>> r : results) {
                Path file = r.get().orElseThrow();
                assertEquals(Sha256.hex(expected), Sha256.hex(Files.readAllBytes(file)));
            }
        } finally {
            pool.shutdown();
        }
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "no POSIX permissions here");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "one library, no partial files left");
        }
    }

    @Test
    void aFolderOthersMayWriteIsNotUsed() throws Exception {
        library();
        Path folder = Files.createDirectory(dir.resolve("shared"));
        assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertTrue(NativeSqlite.extract(folder).isEmpty());
    }

    @Test
    void twoCommandsStartedTogetherBothOpenTheirPicturesWithoutAStackTrace() throws Exception {
        library();
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (String node : List.of("FRA-HQ", "ITA-BN")) {
            processes.add(new ProcessBuilder(
                            java,
                            "-Djava.io.tmpdir=" + tmp,
                            "-cp",
                            System.getProperty("java.class.path"),
                            "org.paxmap.cli.PaxmapCommand",
                            "init",
                            dir.resolve(node + ".gpkg").toString(),
                            "--node",
                            node)
                    .redirectErrorStream(true)
                    .start());
        }
        for (Process p : processes) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), output);
            assertTrue(!output.contains("Exception") && !output.contains("\tat "), output);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(List.of("paxmap-" + System.getProperty("user.name")), names, "only the per-user folder");
        }
    }
}
