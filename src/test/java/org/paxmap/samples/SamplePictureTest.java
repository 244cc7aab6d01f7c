package org.paxmap.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Layer;
import org.paxmap.store.PictureStore;
import org.paxmap.store.PictureSummary;

class SamplePictureTest {
    @TempDir
    Path dataDir;

    @Test
    void a_first_start_creates_the_exercise_picture_from_the_bundled_sample() throws Exception {
        ExerciseScenario scenario = ExerciseScenario.generate(ExerciseScenario.DEFAULT_SEED);
        Path folder = dataDir.resolve("new/paxmap");
        try (PictureStore store = SamplePicture.openOrCreate(folder)) {
            PictureSummary summary = store.summary();
            assertEquals(folder.resolve(SamplePicture.FILE_NAME), store.file());
            assertEquals(ExerciseScenario.TITLE, summary.title());
            assertEquals(
                    Map.of(
                            Layer.INCIDENTS, (long) scenario.incidents().size(),
                            Layer.ROUTES, (long) scenario.routes().size(),
                            Layer.ZONES, (long) scenario.zones().size()),
                    summary.counts());
            assertTrue(store.nodeId().startsWith("LOCAL-"), store.nodeId());
        }
        assertEquals(List.of(SamplePicture.FILE_NAME), fileNames(folder), "no partial files are left behind");
    }

    @Test
    void a_later_start_opens_the_same_picture_without_importing_again() throws Exception {
        String node;
        try (PictureStore store = SamplePicture.openOrCreate(dataDir)) {
            node = store.nodeId();
        }
        try (PictureStore store = SamplePicture.openOrCreate(dataDir)) {
            assertEquals(node, store.nodeId());
            assertEquals(
                    ExerciseScenario.generate(ExerciseScenario.DEFAULT_SEED)
                            .features()
                            .size(),
                    store.summary().total());
        }
    }

    @Test
    void leftovers_of_an_interrupted_creation_are_removed_and_never_opened() throws Exception {
        Path leftover = dataDir.resolve(SamplePicture.FILE_NAME + ".partial-deadbeef");
        Files.writeString(leftover, "half a picture");
        try (PictureStore store = SamplePicture.openOrCreate(dataDir)) {
            assertEquals(ExerciseScenario.TITLE, store.summary().title());
        }
        assertEquals(List.of(SamplePicture.FILE_NAME), fileNames(dataDir));
    }

    private static List<String> fileNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm"))
                    .sorted()
                    .toList();
        }
    }
}
