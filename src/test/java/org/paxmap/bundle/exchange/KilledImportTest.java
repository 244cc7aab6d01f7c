package org.paxmap.bundle.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.bundle.format.Manifest;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreChecksum;

/**
 * Brief §4, "an import is one SQLite transaction": a child JVM importing a real 20,000-feature bundle is killed
 * inside its apply transaction (the child stops itself there once its WAL has grown past 2 MB, its page cache made
 * small so that the transaction's pages spill there early, {@link org.paxmap.testing.StopInsideWrite}); the picture passes {@code PRAGMA integrity_check}, holds exactly what it
 * held before, and the same bundle then imports completely.
 */
@Tag("slow")
class KilledImportTest {
    private static final int COUNT = 20_000;
    private static final long WAL_BYTES = 2_000_000;

    @TempDir
    Path dir;

    @Test
    void killingTheImporterMidApplyLeavesThePictureAsItWasAndTheImportSucceedsAfterwards() throws Exception {
        Path picture = dir.resolve("ita.gpkg");
        Path bundle;
        try (ExchangeNode fra = new ExchangeNode(dir.resolve("fra.gpkg"), "FRA-HQ", "FRA");
                ExchangeNode ita = new ExchangeNode(picture, "ITA-BN", "ITA")) {
            ExchangeNode.pair(fra, ita);
            ita.store.saveAll(List.of(ita.incident("ITA patrol report", ReleaseLabel.exercise("ITA"))));
            fra.store.saveAll(fra.manyIncidents(COUNT));
            bundle = fra.send(ita, Files.createDirectories(dir.resolve("stick")), Manifest.SyncMode.FULL);
        }
        String before = StoreChecksum.of(picture);

        Process child = start(picture, bundle);
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("applying")) {
                // skip logging until the child has verified and previewed the bundle and starts to apply it
            }
            assertEquals("applying " + COUNT, line, "the child previewed the bundle");
            assertEquals("halfway", out.readLine(), "the child stopped inside its apply transaction");
            Path wal = Path.of(picture + "-wal");
            assertTrue(Files.size(wal) > WAL_BYTES, "the apply transaction has written pages into the WAL");
            assertTrue(child.isAlive(), "the child is still inside its transaction when killed");
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + picture);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertEquals("ok", rs.getString(1));
        }
        assertEquals(before, StoreChecksum.of(picture), "the picture is as it was before the killed import");

        try (PictureStore store = PictureStore.open(picture)) {
            BundleImport importer = new BundleImport(store);
            ImportResult result = importer.apply(importer.preview(bundle));
            assertEquals(COUNT, result.applied().written());
            assertEquals(COUNT + 1, store.summary().counts().get(Layer.INCIDENTS));
        }
    }

    private static Process start(Path picture, Path bundle) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-D" + org.paxmap.bundle.trust.NodeKeyStore.PROPERTY + "="
                                + org.paxmap.bundle.trust.NodeKeyStore.forUser().folder(),
                        ImportChild.class.getName(),
                        picture.toString(),
                        bundle.toString(),
                        String.valueOf(WAL_BYTES))
                .redirectErrorStream(true)
                .start();
    }
}
