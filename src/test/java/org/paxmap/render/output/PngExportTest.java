package org.paxmap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.testing.OutputTools;

class PngExportTest {
    @TempDir
    Path dir;

    @Test
    void writesThePixelSizeAsked() throws Exception {
        Path png = new PngExport()
                .write(dir.resolve("view.png"), TestSlides.slide("View", List.of()), 1001, 601, ExportProgress.NONE);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(1001, read.getWidth());
        assertEquals(601, read.getHeight());
        assertEquals(0xFFFFFF, read.getRGB(500, 30) & 0xFFFFFF, "white title band");
        assertEquals(0xDC2828, read.getRGB(330, 270) & 0xFFFFFF, "inside the red zone");
    }

    @Test
    void aPageAtADpiHasThePaperInPixels() throws Exception {
        Path png = new PngExport()
                .write(
                        dir.resolve("a4.png"),
                        TestSlides.slide("A4", List.of()),
                        PaperSize.A4_LANDSCAPE,
                        150,
                        ExportProgress.NONE);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(PaperSize.A4_LANDSCAPE.pixelWidth(150), read.getWidth());
        assertEquals(PaperSize.A4_LANDSCAPE.pixelHeight(150), read.getHeight());
        // the file says its resolution (pHYs, pixels per metre), so that it prints at A4
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys =
                    (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            assertEquals(Math.round(150 / 0.0254), Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis")));
            assertEquals(Math.round(150 / 0.0254), Long.parseLong(phys.getAttribute("pixelsPerUnitYAxis")));
            reader.dispose();
        }
    }

    /** Poppler's rendering of the PDF page and our PNG of the same art agree but for antialiasing and JPEG. */
    @Test
    void thePdfPageLooksLikeThePngOfTheSameArt() throws Exception {
        assumeTrue(OutputTools.onPath("pdftoppm"), "pdftoppm (Debian package poppler-utils) is not installed");
        PageArt art = TestSlides.slide("Compare 0600Z", TestSlides.basemapTiles(0, 40));
        PaperSize paper = PaperSize.A4_LANDSCAPE;
        int dpi = 100;
        int width = paper.pixelWidth(dpi);
        int height = paper.pixelHeight(dpi);
        Path pdf = new PdfExport().write(dir.resolve("page.pdf"), "Compare", paper, List.of(art), ExportProgress.NONE);
        Path png = new PngExport().write(dir.resolve("page.png"), art, paper, dpi, ExportProgress.NONE);
        Process pdftoppm = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-singlefile",
                        "-scale-to-x",
                        Integer.toString(width),
                        "-scale-to-y",
                        Integer.toString(height),
                        pdf.toString(),
                        dir.resolve("poppler").toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(pdftoppm.waitFor(60, TimeUnit.SECONDS));
        String log = new String(pdftoppm.getInputStream().readAllBytes());
        assertEquals(0, pdftoppm.exitValue(), log);
        BufferedImage poppler = ImageIO.read(dir.resolve("poppler.png").toFile());
        BufferedImage ours = ImageIO.read(png.toFile());
        assertEquals(width, poppler.getWidth());
        assertEquals(height, poppler.getHeight());
        double[] difference = OutputTools.meanAbsoluteDifference(poppler, ours);
        System.out.printf(
                "PDF (pdftoppm) vs PNG at %d DPI: mean absolute difference R %.2f G %.2f B %.2f of 255%n",
                dpi, difference[0], difference[1], difference[2]);
        for (double channel : difference) {
            assertTrue(channel < 6, "the PDF page differs from the PNG: " + channel);
        }
        // and the comparison can fail: a blank page is far from the slide
        BufferedImage blank = PageRaster.render((g, w, h) -> {}, width, height, width, height);
        assertTrue(OutputTools.meanAbsoluteDifference(blank, ours)[2] > 20);
    }
}
