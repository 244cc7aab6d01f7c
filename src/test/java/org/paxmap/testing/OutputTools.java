package org.paxmap.testing;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Checking exported pictures and videos from the outside: the mean difference of two images, and the Debian tools
 * (poppler's pdftoppm, ffmpeg's ffprobe) that the output tests use when they are installed.
 */
public final class OutputTools {
    private OutputTools() {}

    /** The mean absolute difference per channel (R, G, B) of two images of one size, in 0–255. */
    public static double[] meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError("images of " + a.getWidth() + "x" + a.getHeight() + " and " + b.getWidth() + "x"
                    + b.getHeight() + " pixels");
        }
        double[] sum = new double[3];
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    int shift = 16 - 8 * c;
                    sum[c] += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        double pixels = (double) a.getWidth() * a.getHeight();
        return new double[] {sum[0] / pixels, sum[1] / pixels, sum[2] / pixels};
    }

    /** Whether {@code tool} is an executable on the PATH. */
    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a tool; fails on a non-zero exit or after two minutes, with what it printed; returns what it printed. */
    public static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in two minutes");
        }
        String log = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + "\n" + log);
        }
        return log;
    }

    /** What ffprobe reads of a video's first stream: {@code codec,width,height,frames decoded}. */
    public static String ffprobe(Path video) throws Exception {
        return run(
                        "ffprobe",
                        "-v",
                        "error",
                        "-count_frames",
                        "-select_streams",
                        "v:0",
                        "-show_entries",
                        "stream=codec_name,width,height,nb_read_frames",
                        "-of",
                        "csv=p=0",
                        video.toString())
                .trim();
    }
}
