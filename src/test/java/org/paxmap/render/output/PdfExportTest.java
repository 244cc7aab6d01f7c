package org.paxmap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Tag("slow")
class PdfExportTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void onePageOfThePaperSizePerSlide(PaperSize paper) throws Exception {
        List<BufferedImage> tiles = TestSlides.basemapTiles(0, 4);
        List<PageArt> slides = List.of(
                TestSlides.slide("One", tiles), TestSlides.slide("Two", tiles), TestSlides.slide("Three", tiles));
        List<String> reported = new ArrayList<>();
        Path pdf = new PdfExport().write(dir.resolve("brief.pdf"), "Brief", paper, slides, new ExportProgress() {
            @Override
            public void progress(int done, int total) {
                reported.add(done + "/" + total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), reported);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, document.getNumberOfPages());
            assertEquals("Brief", document.getDocumentInformation().getTitle());
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(paper.widthPoints(), box.getWidth(), 0.01);
                assertEquals(paper.heightPoints(), box.getHeight(), 0.01);
                assertTrue(box.getWidth() > box.getHeight(), "landscape");
            }
        }
        assertEquals(List.of(pdf), listFolder(), "only the PDF, no temporary file");
    }

    @Test
    void paperSizesInPointsAndPixels() {
        assertEquals(841.89, PaperSize.A4_LANDSCAPE.widthPoints(), 0.01);
        assertEquals(595.28, PaperSize.A4_LANDSCAPE.heightPoints(), 0.01);
        assertEquals(1190.55, PaperSize.A3_LANDSCAPE.widthPoints(), 0.01);
        assertEquals(3508, PaperSize.A4_LANDSCAPE.pixelWidth(300));
        assertEquals(2480, PaperSize.A4_LANDSCAPE.pixelHeight(300));
        assertEquals(4961, PaperSize.A3_LANDSCAPE.pixelWidth(300));
    }

    @Test
    void drawnStringsAreExtractableText() throws Exception {
        List<BufferedImage> tiles = TestSlides.basemapTiles(0, 2);
        Path pdf = new PdfExport()
                .write(
                        dir.resolve("text.pdf"),
                        "Text",
                        PaperSize.A4_LANDSCAPE,
                        List.of(
                                TestSlides.slide("Situation 0600Z Sector North", tiles),
                                TestSlides.slide("Ceasefire violations – week 19 (Ḩalab)", tiles)),
                        ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertTrue(first.contains("Situation 0600Z Sector North"), first);
            assertTrue(first.contains("Legend: zone, route, incidents"), first);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertTrue(second.contains("Ceasefire violations – week 19 (Ḩalab)"), second);
        }
    }

    @Test
    void shapesAreVectorPathsAndTilesAreJpegNotOneBigImage() throws Exception {
        Path pdf = new PdfExport()
                .write(
                        dir.resolve("vector.pdf"),
                        "Vector",
                        PaperSize.A4_LANDSCAPE,
                        List.of(TestSlides.slide("Vector", TestSlides.basemapTiles(0, 40))),
                        ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(0);
            PdfContents contents = PdfContents.of(page);
            assertTrue(contents.moves >= 2, "zone and route start with m: " + contents.moves);
            assertTrue(contents.lines >= 3, "zone edges as l: " + contents.lines);
            assertTrue(contents.curves >= 1 + 6 * 4, "route and incident dots as c: " + contents.curves);
            assertTrue(contents.fills >= 1 + 6, "zone and dots filled: " + contents.fills);
            assertTrue(contents.strokes >= 2, "zone outline and route stroked: " + contents.strokes);
            double pageArea = page.getMediaBox().getWidth() * page.getMediaBox().getHeight();
            assertEquals(40, contents.imageAreas.size(), "each tile drawn as its own image");
            for (double area : contents.imageAreas) {
                assertTrue(area < pageArea / 20, "a tile, not the page: " + area + " of " + pageArea);
            }
            List<List<COSName>> images = PdfContents.imageFilters(document);
            assertFalse(images.isEmpty());
            for (List<COSName> filters : images) {
                assertEquals(List.of(COSName.DCT_DECODE), filters, "tiles embedded as JPEG");
            }
        }
    }

    @Test
    void aRepeatedTileIsEmbeddedOnce() throws Exception {
        BufferedImage tile = TestSlides.basemapTiles(0, 1).get(0);
        BufferedImage samePixels = new BufferedImage(tile.getWidth(), tile.getHeight(), BufferedImage.TYPE_INT_ARGB);
        samePixels.createGraphics().drawImage(tile, 0, 0, null);
        List<BufferedImage> sameTile = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sameTile.add(i % 2 == 0 ? tile : samePixels);
        }
        Path pdf = new PdfExport()
                .write(
                        dir.resolve("repeat.pdf"),
                        "Repeat",
                        PaperSize.A4_LANDSCAPE,
                        List.of(TestSlides.slide("A", sameTile), TestSlides.slide("B", sameTile)),
                        ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(20, PdfContents.of(document.getPage(1)).imageAreas.size());
            assertEquals(1, PdfContents.imageFilters(document).size(), "one image object for 40 draws");
        }
    }

    @Test
    void tenA4SlidesOfFortyDistinctBaseMapTilesStaySmall() throws Exception {
        List<PageArt> slides = IntStream.range(0, 10)
                .mapToObj(i -> TestSlides.slide("Slide " + (i + 1), TestSlides.basemapTiles(i * 40, 40)))
                .toList();
        long start = System.nanoTime();
        Path pdf = new PdfExport()
                .write(dir.resolve("ten.pdf"), "Ten", PaperSize.A4_LANDSCAPE, slides, ExportProgress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes = Files.size(pdf);
        int images;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(10, document.getNumberOfPages());
            images = PdfContents.imageFilters(document).size();
        }
        System.out.printf(
                "PdfExport: 10 A4 slides x 40 base-map tiles (%d distinct images embedded): %.2f MB in %d ms%n",
                images, bytes / 1e6, millis);
        assertTrue(images > 40, "the slides draw different tiles: " + images);
        assertTrue(bytes < 15_000_000, "10 slides under 15 MB: " + bytes);
    }

    private List<Path> listFolder() throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
