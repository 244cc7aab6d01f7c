package org.paxmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.paxmap.brief.present.PageSpec;

/**
 * The command line's exports against {@code BriefingExport} called directly: the exercise picture made by the command
 * line, and comparisons that leave out the one thing that must differ — the "produced" time, drawn at the right of the
 * header (the command line stamps the time it runs).
 */
final class ExportGolden {
    /** The bundled maps, as the command line finds them from the project folder. */
    static final Path MAPS = Path.of("maps").toAbsolutePath();

    private ExportGolden() {}

    /** A picture titled "Sector West" of the exercise sample, made and filled by the command line. */
    static Path exercisePicture(Path dir) {
        Path ops = dir.resolve("ops.gpkg");
        CliRun.ok("init", ops.toString(), "--node", "FRA-HQ", "--title", "Sector West");
        CliRun.ok(
                "import-geojson",
                ops.toString(),
                Path.of("samples/exercise-south-lebanon.geojson").toString());
        return ops;
    }

    /** The right half of a page's header, where the as-of and produced times are drawn, in pixels. */
    static Rectangle producedMask(PageSpec spec, double pixelsPerUnit) {
        Rectangle2D header = spec.layout().header();
        return new Rectangle(
                (int) Math.floor(header.getCenterX() * pixelsPerUnit),
                (int) Math.floor(header.getMinY() * pixelsPerUnit),
                (int) Math.ceil(header.getWidth() / 2 * pixelsPerUnit) + 1,
                (int) Math.ceil(header.getHeight() * pixelsPerUnit) + 1);
    }

    /** How many pixels differ between two PNGs of one size outside {@code mask}. */
    static long differingOutside(Path a, Path b, Rectangle mask) throws IOException {
        BufferedImage x = ImageIO.read(a.toFile());
        BufferedImage y = ImageIO.read(b.toFile());
        assertThat(y.getWidth()).isEqualTo(x.getWidth());
        assertThat(y.getHeight()).isEqualTo(x.getHeight());
        long n = 0;
        for (int row = 0; row < x.getHeight(); row++) {
            for (int col = 0; col < x.getWidth(); col++) {
                if (!mask.contains(col, row) && (x.getRGB(col, row) & 0xFFFFFF) != (y.getRGB(col, row) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A PDF's text with the produced date-time groups left out. */
    static String textButProduced(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("PRODUCED \\d{6}Z[A-Z]{3}\\d{2}", "PRODUCED …");
        }
    }

    /** The files in {@code dir}, by name. */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Asserts a refusal: exit 1, one line on standard error containing every one of {@code words}, no trace. */
    static void refusedInOneLine(CliRun run, String... words) {
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("paxmap: ").contains(words).doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("wrote");
    }

    /** Asserts a usage error: exit 2, the reason on the first line of standard error, no trace. */
    static void wrongUsage(CliRun run, String reason) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).contains(reason);
        assertThat(run.err()).doesNotContain("\tat ");
    }
}
