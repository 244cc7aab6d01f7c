package org.paxmap.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.geojson.GeoJsonFeatureReader;
import org.paxmap.geojson.ImportOptions;
import org.paxmap.model.Feature;

class ExerciseGeneratorTest {
    @TempDir
    Path temp;

    @Test
    void regenerating_the_scenario_writes_the_same_bytes_twice() throws Exception {
        Path first = ExerciseGenerator.writeInto(temp.resolve("a"), ExerciseScenario.DEFAULT_SEED);
        Path second = ExerciseGenerator.writeInto(temp.resolve("b"), ExerciseScenario.DEFAULT_SEED);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertTrue(Files.size(first) > 100_000, "a few hundred features, got " + Files.size(first) + " bytes");
    }

    @Test
    void the_committed_sample_is_what_the_generator_writes() throws Exception {
        Path committed = Path.of("samples", ExerciseGenerator.FILE_NAME);
        Path fresh = ExerciseGenerator.writeInto(temp, ExerciseScenario.DEFAULT_SEED);
        assertTrue(
                java.util.Arrays.equals(Files.readAllBytes(committed), Files.readAllBytes(fresh)),
                committed + " is stale: regenerate it with the command in samples/README.md");
    }

    @Test
    void the_bundled_sample_reads_back_as_the_scenario_s_features() throws Exception {
        List<Feature> expected =
                ExerciseScenario.generate(ExerciseScenario.DEFAULT_SEED).features();
        List<Feature> read;
        try (InputStream in = SamplePicture.class.getResourceAsStream(SamplePicture.RESOURCE)) {
            read = GeoJsonFeatureReader.read(
                            in,
                            ExerciseGenerator.FILE_NAME,
                            new ImportOptions("TEST", "test", ExerciseScenario.LABEL, false, false))
                    .features();
        }
        assertEquals(expected.size(), read.size());
        for (int i = 0; i < expected.size(); i++) {
            Feature e = expected.get(i);
            Feature r = read.get(i);
            UUID id = e.id();
            assertEquals(id, r.id());
            assertEquals(e.layer(), r.layer(), id.toString());
            assertEquals(e.name(), r.name(), id.toString());
            assertEquals(e.label(), r.label(), id.toString());
            assertEquals(ExerciseScenario.ORIGIN, r.sync().origin(), id.toString());
            assertTrue(e.geometry().equalsExact(r.geometry()), id.toString());
        }
    }
}
