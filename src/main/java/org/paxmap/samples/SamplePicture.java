package org.paxmap.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.paxmap.geojson.GeoJsonException;
import org.paxmap.geojson.GeoJsonFeatureReader;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.geojson.ImportPlan;
import org.paxmap.model.NodeIds;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The picture a user sees when no picture is open: the bundled EXERCISE scenario, imported once into
 * {@code <dataDir>/exercise.gpkg}. Thread-safe (stateless), but two processes creating the same picture at the same
 * moment each build their own copy and the last move wins.
 */
public final class SamplePicture {
    /** The picture's file name inside the data folder. */
    public static final String FILE_NAME = "exercise.gpkg";

    /** The bundled scenario, as a classpath resource (the pom copies {@code samples/*.geojson} there). */
    public static final String RESOURCE = "/org/paxmap/samples/" + ExerciseGenerator.FILE_NAME;

    /** The settings key the picture title is stored under. */
    public static final String TITLE_SETTING = "title";

    private static final String PARTIAL_PREFIX = FILE_NAME + ".partial-";

    private SamplePicture() {}

    /**
     * Opens {@code dataDir/exercise.gpkg}, creating it first from the bundled scenario if it does not exist. Creation
     * writes a temporary file in the same folder and moves it into place only when complete, so a crash never leaves a
     * half-built picture under the real name; leftovers of an interrupted creation are deleted. The caller owns (and
     * closes) the returned store.
     *
     * @throws IOException if the folder cannot be created or the bundled scenario is missing or unreadable
     * @throws StoreException if the picture cannot be created or opened
     */
    public static PictureStore openOrCreate(Path dataDir) throws IOException, StoreException {
        Path target = dataDir.resolve(FILE_NAME);
        if (Files.exists(target)) {
            return PictureStore.open(target);
        }
        Files.createDirectories(dataDir);
        deleteLeftovers(dataDir);
        Path partial = dataDir.resolve(PARTIAL_PREFIX + randomHex(4));
        try {
            build(partial, NodeIds.random());
            if (Files.exists(sidecar(partial, "-wal"))) {
                throw new StoreException("the new picture " + partial + " still has a write-ahead log after closing");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteWithSidecars(partial);
        }
        return PictureStore.open(target);
    }

    private static void build(Path file, String nodeId) throws IOException, StoreException {
        ImportPlan plan;
        try (InputStream in = SamplePicture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the bundled exercise scenario " + RESOURCE + " is missing from the program");
            }
            plan = GeoJsonFeatureReader.read(
                    in,
                    ExerciseGenerator.FILE_NAME,
                    new ImportOptions(nodeId, "paxmap", ExerciseScenario.LABEL, false, false));
        } catch (GeoJsonException e) {
            throw new IOException("the bundled exercise scenario cannot be read: " + e.getMessage(), e);
        }
        try (PictureStore store = PictureStore.create(file, nodeId)) {
            store.saveAll(plan.features());
            store.putSetting(TITLE_SETTING, ExerciseScenario.TITLE);
            store.putSetting(PictureStore.SETTING_SAMPLE, "true");
        }
    }

    private static void deleteLeftovers(Path dataDir) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dataDir, PARTIAL_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static void deleteWithSidecars(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(sidecar(file, "-wal"));
        Files.deleteIfExists(sidecar(file, "-shm"));
        Files.deleteIfExists(sidecar(file, "-journal"));
    }

    private static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
