package org.paxmap.brief.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.paxmap.testing.OutputTools;

/** Reading exported files back for the tests: PDF text, PNG pixels, poppler's rendering, the folder's files. */
final class Pages {
    private Pages() {}

    /** The text of every page of {@code pdf}, in reading order. */
    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    static BufferedImage read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG at " + png).isNotNull();
        return image;
    }

    /** How many pixels of the {@code (2r+1)²} patch about {@code (x, y)} differ between the two images. */
    static int differingAround(BufferedImage a, BufferedImage b, double x, double y, int r) {
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        int n = 0;
        for (int py = cy - r; py <= cy + r; py++) {
            for (int px = cx - r; px <= cx + r; px++) {
                if ((a.getRGB(px, py) & 0xFFFFFF) != (b.getRGB(px, py) & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The pixels that differ between two images of one size, outside {@code mask} (x, y, width, height). */
    static List<int[]> differingOutside(BufferedImage a, BufferedImage b, java.awt.Rectangle mask) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        List<int[]> out = new ArrayList<>();
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (mask != null && mask.contains(x, y)) {
                    continue;
                }
                if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    /** Page {@code page} (from 1) of {@code pdf} rendered by poppler's pdftoppm at exactly {@code width × height}. */
    static BufferedImage poppler(Path pdf, int page, int width, int height, Path dir) throws Exception {
        Path prefix = dir.resolve("poppler-" + page);
        OutputTools.run(
                "pdftoppm",
                "-png",
                "-singlefile",
                "-f",
                Integer.toString(page),
                "-l",
                Integer.toString(page),
                "-scale-to-x",
                Integer.toString(width),
                "-scale-to-y",
                Integer.toString(height),
                pdf.toString(),
                prefix.toString());
        Path png = Path.of(prefix + ".png");
        BufferedImage image = read(png);
        Files.delete(png);
        return image;
    }

    /** The names of the files in {@code dir}, sorted. */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
