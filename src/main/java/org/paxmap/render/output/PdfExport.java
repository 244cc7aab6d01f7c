package org.paxmap.render.output;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes pages to one PDF: one page per {@link PageArt}, all of one {@link PaperSize}, the art drawing in PDF points.
 * Shapes become PDF paths, text drawn with {@code drawString} becomes real text in an embedded font ({@link PdfFonts}),
 * and images become JPEG, each distinct one embedded once ({@link JpegImageEncoder}), so ten slides over the base map
 * stay a few megabytes. Runs on the calling thread: any thread but the JavaFX application thread. Stateless.
 */
public final class PdfExport {
    private final OutputFile output;

    /** A writer to real files. */
    public PdfExport() {
        this(OutputFile.DIRECT);
    }

    /** A writer whose file channel passes through {@code filter} (tests: a disk that fills up). */
    PdfExport(UnaryOperator<SeekableByteChannel> filter) {
        this(new OutputFile(filter));
    }

    private PdfExport(OutputFile output) {
        this.output = output;
    }

    /**
     * Writes {@code pages} to {@code target}, replacing it; the document's title is {@code title}. Progress counts one
     * step per page and one for the save.
     *
     * @return the absolute path written
     * @throws ExportException naming the file and why it could not be written (nothing is left behind)
     */
    public Path write(
            Path target, String title, PaperSize paper, List<? extends PageArt> pages, ExportProgress progress)
            throws ExportException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one page");
        }
        return output.writeStream(target, progress, pages.size() + 1, (out, steps) -> {
            try (PDDocument document = new PDDocument();
                    PdfFonts fonts = new PdfFonts()) {
                JpegImageEncoder images = new JpegImageEncoder();
                float width = (float) paper.widthPoints();
                float height = (float) paper.heightPoints();
                for (PageArt art : pages) {
                    addPage(document, art, width, height, fonts, images);
                    steps.done();
                }
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("Paxmap");
                info.setCreationDate(Calendar.getInstance());
                document.save(out);
                steps.done();
            }
        });
    }

    private static void addPage(
            PDDocument document, PageArt art, float width, float height, PdfFonts fonts, JpegImageEncoder images)
            throws IOException {
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
        g.setFontTextDrawer(fonts);
        g.setImageEncoder(images);
        try {
            art.draw(g, width, height);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawForm(g.getXFormObject());
        }
    }
}
