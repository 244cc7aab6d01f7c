package org.paxmap.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.paxmap.geojson.GeoJsonFeatureWriter;
import org.paxmap.model.Feature;

/**
 * Writes the EXERCISE scenario to {@code <folder>/exercise-south-lebanon.geojson}. Usage: {@code ExerciseGenerator
 * [folder] [seed]} (defaults: {@code samples}, {@link ExerciseScenario#DEFAULT_SEED}). The same seed always writes the
 * same bytes. See {@code samples/README.md} for the command line.
 */
public final class ExerciseGenerator {
    /** The scenario file's name. */
    public static final String FILE_NAME = "exercise-south-lebanon.geojson";

    private ExerciseGenerator() {}

    /** Writes the scenario for {@code seed} as one FeatureCollection to {@code out} (not closed). */
    public static void write(long seed, OutputStream out) throws IOException {
        List<Feature> features = ExerciseScenario.generate(seed).features();
        GeoJsonFeatureWriter.write(features, out);
    }

    /** Writes the scenario into {@code folder}, replacing the file atomically; returns the file. */
    public static Path writeInto(Path folder, long seed) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(FILE_NAME);
        Path partial = folder.resolve(FILE_NAME + ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
            write(seed, out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Command-line entry point. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : ExerciseScenario.DEFAULT_SEED;
        Path file = writeInto(folder, seed);
        ExerciseScenario scenario = ExerciseScenario.generate(seed);
        System.out.printf(
                "wrote %s: %d incidents, %d routes, %d zones (seed %d)%n",
                file,
                scenario.incidents().size(),
                scenario.routes().size(),
                scenario.zones().size(),
                seed);
    }
}
