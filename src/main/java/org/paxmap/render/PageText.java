package org.paxmap.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/**
 * Text on a slide, drawn with {@link Graphics2D#drawString} so that a PDF keeps it as text (searchable, extractable),
 * cut with an ellipsis to the width it is given. Stateless; any thread, one {@code Graphics2D} per thread.
 */
final class PageText {
    private PageText() {}

    /** The Java2D font of {@code face}. */
    static Font font(Typeface face) {
        return AwtPen.awtFont(face);
    }

    /**
     * Draws {@code text} in {@code face} and {@code ink}, its baseline at {@code baseline}, starting at {@code x}
     * ({@code align} LEFT), centred on it (CENTER) or ending at it (RIGHT), cut to {@code maxWidth}; returns the width
     * drawn (0 for empty text).
     */
    static double draw(
            Graphics2D g,
            String text,
            Typeface face,
            Ink ink,
            double x,
            double baseline,
            Pen.Align align,
            double maxWidth) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        g.setFont(font(face));
        FontMetrics metrics = g.getFontMetrics();
        String shown = fit(text, metrics, g, maxWidth);
        double width = metrics.getStringBounds(shown, g).getWidth();
        double left = align == Pen.Align.CENTER ? x - width / 2 : align == Pen.Align.RIGHT ? x - width : x;
        g.setColor(ink.awt());
        g.drawString(shown, (float) left, (float) baseline);
        return width;
    }

    /** The width of {@code text} in {@code face}. */
    static double width(Graphics2D g, String text, Typeface face) {
        g.setFont(font(face));
        return g.getFontMetrics().getStringBounds(text, g).getWidth();
    }

    private static String fit(String text, FontMetrics metrics, Graphics2D g, double maxWidth) {
        if (metrics.getStringBounds(text, g).getWidth() <= maxWidth) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String cut = text.substring(0, end).stripTrailing() + "…";
            if (metrics.getStringBounds(cut, g).getWidth() <= maxWidth) {
                return cut;
            }
        }
        return "…";
    }
}
