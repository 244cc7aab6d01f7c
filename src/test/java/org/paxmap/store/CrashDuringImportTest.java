package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Layer;

/**
 * A child JVM importing 30,000 incidents in one {@code saveAll} is killed inside its write transaction (the child
 * stops itself there once its WAL has grown past 2 MB, its page cache made small so that the transaction's pages
 * spill there early, {@link org.paxmap.testing.StopInsideWrite}); the picture is
 * intact and holds none of them, and the same import run again succeeds.
 */
@Tag("slow")
class CrashDuringImportTest {
    private static final int COUNT = 30_000;
    private static final long WAL_BYTES = 2_000_000;

    @TempDir
    Path dir;

    @Test
    void killingTheProcessMidImportLeavesAnIntactPictureWithNoneOfIt() throws Exception {
        Path file = dir.resolve("crash.gpkg");
        Process child = start(file, String.valueOf(WAL_BYTES));
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("writing")) {
                // skip logging noise until the child reports it is writing
            }
            assertTrue(line != null, "child reported it is writing");
            assertEquals("halfway", out.readLine(), "the child stopped inside its write transaction");
            assertTrue(
                    Files.size(Path.of(file + "-wal")) > WAL_BYTES, "the transaction has written pages into the WAL");
            assertTrue(child.isAlive(), "the child is still inside its transaction when killed");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertEquals("ok", rs.getString(1));
        }
        try (PictureStore store = PictureStore.open(file)) {
            assertEquals(0L, (long) store.summary().counts().get(Layer.INCIDENTS), "none of the killed write's");
        }

        Process again = start(file);
        String output = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(300, TimeUnit.SECONDS), "second import finished");
        assertEquals(0, again.exitValue(), output);
        System.out.println("second import: "
                + output.lines().filter(l -> l.startsWith("done")).findFirst().orElse(""));
        try (PictureStore store = PictureStore.open(file)) {
            assertEquals(COUNT, store.summary().counts().get(Layer.INCIDENTS));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_incidents_geom_%'")) {
            assertEquals(6, rs.getInt(1), "the R*Tree triggers are back after the bulk write");
        }
    }

    // The child import, with its stop's WAL bytes if any.
    private static Process start(Path file, String... stop) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BulkImport.class.getName(),
                file.toString(),
                Integer.toString(COUNT)));
        command.addAll(List.of(stop));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
