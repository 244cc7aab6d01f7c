package org.paxmap.app.map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.model.Layer;
import org.paxmap.render.FeaturePainter;

/**
 * A screenshot-style golden test: the real window shows the bundled base map with the exercise sample picture (all
 * feature layers on) at a fixed centre and zoom; the central {@value #WIDTH}×{@value #HEIGHT} pixels of the map canvas
 * are compared with {@code src/test/resources/app/map/golden-exercise-z10.png}, tolerating anti-aliasing: a pixel
 * differs when a channel is off by more than {@value #CHANNEL_TOLERANCE}, and at most {@value #MAX_DIFFERING_PERCENT} %
 * of the pixels may differ. On failure the actual image and a difference mask are written to {@code target/golden/}.
 *
 * <p>When the golden file is missing, or with {@code -Dpaxmap.updateGolden=true}, the test writes it and fails,
 * saying so: look at the new PNG before committing it. The golden has to be regenerated whenever the map's rendering
 * changes on purpose — the base map in {@code maps/}, or {@link MapView}/{@link FeaturePainter} styling (such as the
 * {@code mapstyle} branch's styling and legend when it lands):
 *
 * <pre>./mvnw -B test -Dtest=org.paxmap.app.map.MapGoldenTest -Dpaxmap.updateGolden=true</pre>
 */
class MapGoldenTest {
    static final int WIDTH = 880;
    static final int HEIGHT = 560;
    static final int CHANNEL_TOLERANCE = 24;
    static final double MAX_DIFFERING_PERCENT = 1.0;
    static final double CENTRE_LON = 35.45;
    static final double CENTRE_LAT = 33.25;
    static final double ZOOM = 10;

    private static final Path GOLDEN = Path.of("src/test/resources/app/map/golden-exercise-z10.png");
    private static final Path OUT = Path.of("target/golden");

    @TempDir
    static Path dataDir;

    private static RealWindow window;

    @BeforeAll
    static void start() throws Exception {
        window = RealWindow.start(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        window.close();
    }

    @Test
    void the_exercise_picture_over_the_base_map_looks_as_it_did() throws Exception {
        for (Layer layer : Layer.values()) {
            window.showLayer(layer, true);
        }
        window.centreOn(CENTRE_LON, CENTRE_LAT, ZOOM);
        // the features for this view arrive from the store after the view changed; wait for them and the redraw
        org.testfx.util.WaitForAsyncUtils.waitFor(
                30,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> RealWindow.onFx(
                        () -> !window.map.shownFeatures(Layer.ZONES).isEmpty()
                                && !window.map.shownFeatures(Layer.ROUTES).isEmpty()));
        Thread.sleep(300); // let an in-flight feature query (if any) land
        window.waitUntilPainted();
        BufferedImage actual = centre(window.snapshot());

        boolean update = Boolean.getBoolean("paxmap.updateGolden");
        if (update || !Files.exists(GOLDEN)) {
            Files.createDirectories(GOLDEN.getParent());
            ImageIO.write(actual, "png", GOLDEN.toFile());
            fail((update ? "-Dpaxmap.updateGolden=true: " : "no golden image: ") + "wrote " + GOLDEN.toAbsolutePath()
                    + "; look at it, commit it and run the test again");
        }
        BufferedImage golden = ImageIO.read(GOLDEN.toFile());
        assertTrue(
                golden.getWidth() == WIDTH && golden.getHeight() == HEIGHT,
                "golden is " + golden.getWidth() + "x" + golden.getHeight() + ", expected " + WIDTH + "x" + HEIGHT);
        BufferedImage mask = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        int worst = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int d = channelDifference(actual.getRGB(x, y), golden.getRGB(x, y));
                worst = Math.max(worst, d);
                if (d > CHANNEL_TOLERANCE) {
                    differing++;
                    mask.setRGB(x, y, 0xff0000);
                }
            }
        }
        double percent = 100.0 * differing / ((double) WIDTH * HEIGHT);
        if (percent > MAX_DIFFERING_PERCENT) {
            write(actual, "actual.png");
            write(mask, "difference.png");
            fail(String.format(
                    "%.2f %% of pixels differ from %s by more than %d in a channel (allowed %.1f %%; worst %d);"
                            + " see %s. If the change is intended, regenerate: ./mvnw -B test"
                            + " -Dtest=org.paxmap.app.map.MapGoldenTest -Dpaxmap.updateGolden=true",
                    percent, GOLDEN, CHANNEL_TOLERANCE, MAX_DIFFERING_PERCENT, worst, OUT.toAbsolutePath()));
        }
    }

    /**
     * The central WIDTH×HEIGHT of the canvas. Incident clusters are cells of a screen grid, so the window's size still
     * matters: the main window's own default size (its 1200×760 scene) is what the golden was taken at.
     */
    private static BufferedImage centre(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        assertTrue(
                w >= WIDTH && h >= HEIGHT,
                "the map canvas is " + w + "x" + h + ", smaller than " + WIDTH + "x" + HEIGHT);
        BufferedImage whole = SwingFXUtils.fromFXImage(image, null);
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        out.getGraphics()
                .drawImage(whole.getSubimage(w / 2 - WIDTH / 2, h / 2 - HEIGHT / 2, WIDTH, HEIGHT), 0, 0, null);
        return out;
    }

    private static int channelDifference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }

    private static void write(BufferedImage image, String name) throws IOException {
        Files.createDirectories(OUT);
        ImageIO.write(image, "png", OUT.resolve(name).toFile());
    }
}
