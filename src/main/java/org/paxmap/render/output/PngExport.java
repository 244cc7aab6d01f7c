package org.paxmap.render.output;

import java.awt.image.BufferedImage;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes one {@link PageArt} as an opaque RGB PNG on white (a slide has no see-through parts, and RGB is a quarter
 * smaller than ARGB). Runs on the calling thread: any thread but the JavaFX application thread. Stateless.
 */
public final class PngExport {
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
        return write(target, art, pixelWidth, pixelHeight, pixelWidth, pixelHeight, progress);
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
                progress);
    }

    private Path write(
            Path target,
            PageArt art,
            double width,
            double height,
            int pixelWidth,
            int pixelHeight,
            ExportProgress progress)
            throws ExportException {
        return output.writeStream(target, progress, 2, (out, steps) -> {
            BufferedImage image = PageRaster.render(art, width, height, pixelWidth, pixelHeight);
            steps.done();
            // a memory-cached stream: ImageIO's default would cache in a file outside the target folder
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(image);
            } finally {
                writer.dispose();
            }
            steps.done();
        });
    }
}
