package org.paxmap.render.output;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.paxmap.render.RasterParts;

/**
 * Paints a {@link PageArt} into an opaque RGB image, on white paper, with antialiased shapes and text and bilinear
 * image scaling: what the PNG and the video show, and what a PDF viewer shows of the same page. Any thread.
 */
public final class PageRaster {
    private PageRaster() {}

    /**
     * Paints {@code art}, drawing in {@code width × height} units, onto a new {@code pixelWidth × pixelHeight} image,
     * the units scaled to fill it.
     */
    public static BufferedImage render(PageArt art, double width, double height, int pixelWidth, int pixelHeight) {
        if (pixelWidth <= 0 || pixelHeight <= 0 || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException(
                    "empty page: " + width + " × " + height + " units, " + pixelWidth + " × " + pixelHeight + " px");
        }
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        paint(image, art, width, height);
        return image;
    }

    /**
     * Paints {@code art} over the whole of {@code image} (cleared to white first), the units scaled to fill it. Art
     * that {@linkplain PageArt#inParts() may be drawn in parts} is drawn as a top and a bottom half at once ({@link
     * RasterParts}).
     */
    static void paint(BufferedImage image, PageArt art, double width, double height) {
        PageArt parts = RasterParts.worthParts(image.getWidth(), image.getHeight()) ? art.inParts() : null;
        PageArt drawn = parts != null ? parts : art;
        RasterParts.draw(image, parts != null, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.scale(image.getWidth() / width, image.getHeight() / height);
            g.setColor(Color.BLACK);
            drawn.draw(g, width, height);
        });
    }
}
