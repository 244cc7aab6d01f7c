package org.paxmap.render.output;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.image.BufferedImage;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Writes one {@link PageArt} as an opaque RGB PNG on white (a slide has no see-through parts, and RGB is a quarter
 * smaller than ARGB); a page at a DPI says its resolution in the file, so it prints at its paper size. The page is
 * drawn in two halves at once where the art allows ({@link PageRaster}) and deflated on every core by {@code
 * pngencoder} (measured on an A4 slide at 300 DPI: 170 ms against ImageIO's 420 ms, the same size within 1%). Runs on
 * the calling thread: any thread but the JavaFX application thread. Stateless.
 */
public final class PngExport {
    /**
     * zlib's level 3, the last of its fast levels: on a 300 DPI page 25% faster than level 4 for a file 2.5% larger,
     * and level 6 costs 60% more time for 4% less. Without the per-row predictor, which on these pages (map tiles,
     * antialiased edges) made the file 13% larger in 2.3x the time.
     */
    private static final int COMPRESSION_LEVEL = 3;

    private final OutputFile output;

    /** A writer to real files. */
    public PngExport() {
        this(OutputFile.DIRECT);
    }

    /** A writer whose file channel passes through {@code filter} (tests: a disk that fills up). */
    PngExport(UnaryOperator<SeekableByteChannel> filter) {
        this(new OutputFile(filter));
    }

    private PngExport(OutputFile output) {
        this.output = output;
    }

    /**
     * Writes {@code art} to {@code target} at {@code pixelWidth × pixelHeight}; the art draws in pixels (one unit one
     * pixel), as the map view does on screen.
     *
     * @return the absolute path written
     * @throws ExportException naming the file and why it could not be written (nothing is left behind)
     */
    public Path write(Path target, PageArt art, int pixelWidth, int pixelHeight, ExportProgress progress)
            throws ExportException {
        return write(target, art, pixelWidth, pixelHeight, pixelWidth, pixelHeight, 0, progress);
    }

    /**
     * Writes {@code art} to {@code target} as a page of {@code paper} at {@code dpi}; the art draws in points, as for
     * {@link PdfExport}, scaled to the pixels (A4 at 300 DPI: 3508 × 2480 px).
     *
     * @return the absolute path written
     * @throws ExportException naming the file and why it could not be written (nothing is left behind)
     */
    public Path write(Path target, PageArt art, PaperSize paper, int dpi, ExportProgress progress)
            throws ExportException {
        return write(
                target,
                art,
                paper.widthPoints(),
                paper.heightPoints(),
                paper.pixelWidth(dpi),
                paper.pixelHeight(dpi),
                dpi,
                progress);
    }

    private Path write(
            Path target,
            PageArt art,
            double width,
            double height,
            int pixelWidth,
            int pixelHeight,
            int dpi,
            ExportProgress progress)
            throws ExportException {
        return output.writeStream(target, progress, 2, (out, steps) -> {
            BufferedImage image = PageRaster.render(art, width, height, pixelWidth, pixelHeight);
            steps.done();
            PngEncoder encoder = new PngEncoder()
                    .withBufferedImage(image)
                    .withCompressionLevel(COMPRESSION_LEVEL)
                    .withPredictorEncoding(false);
            if (dpi > 0) {
                encoder = encoder.withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch(dpi));
            }
            encoder.toStream(out);
            steps.done();
        });
    }
}
