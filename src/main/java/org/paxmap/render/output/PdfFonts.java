package org.paxmap.render.output;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Turns the text a page draws into real PDF text: each {@link Font} is mapped to a TrueType file of this machine
 * ({@link FontFiles}), embedded once per document as a subset; where none is found, to the PDF's standard Helvetica,
 * Times or Courier (not embedded, Latin-1 only). Either way the text can be selected, searched and extracted. One
 * instance per document, used on the writer's thread.
 */
final class PdfFonts extends PdfBoxGraphics2DFontTextDrawer {
    private final Map<Path, PDFont> embedded = new HashMap<>();
    private final Map<String, PDFont> standard = new HashMap<>();

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        Optional<Path> file = FontFiles.forFont(font);
        if (file.isPresent()) {
            PDFont loaded = embedded.get(file.get());
            if (loaded == null) {
                loaded = PDType0Font.load(env.getDocument(), file.get().toFile());
                embedded.put(file.get(), loaded);
            }
            return loaded;
        }
        var name = PdfBoxGraphics2DFontTextDrawerDefaultFonts.mapDefaultFonts(font);
        return standard.computeIfAbsent(name.getName(), n -> new PDType1Font(name));
    }
}
