package org.paxmap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One run of the command line in this JVM: exit code, standard output and standard error. */
record CliRun(int exit, String out, String err) {
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PaxmapCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs and fails the test with the output unless the command exits 0. */
    static CliRun ok(String... args) {
        CliRun r = run(args);
        if (r.exit != 0) {
            throw new AssertionError("exit " + r.exit + " from " + String.join(" ", args) + "\n" + r.out + r.err);
        }
        return r;
    }

    /** The bundles in {@code folder}. */
    static List<Path> bundles(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".paxb")).sorted().toList();
        }
    }
}
