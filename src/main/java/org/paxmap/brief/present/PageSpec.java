package org.paxmap.brief.present;

import org.paxmap.render.SlideLayout;
import org.paxmap.render.output.PaperSize;

/**
 * The surface a slide is exported to: a picture of so many pixels (a screen, a video frame; the slide is laid out in
 * those pixels), or a sheet of paper at a resolution (laid out at 96 units per inch, so an A4 slide reads as on a
 * 1123 × 794 screen and is scaled to the paper's points or pixels). Immutable.
 *
 * @param pixelWidth the width in pixels, when not paper
 * @param pixelHeight the height in pixels, when not paper
 * @param paper the paper, or {@code null}
 * @param dpi the resolution on paper (PNG); unused for a PDF
 */
public record PageSpec(int pixelWidth, int pixelHeight, PaperSize paper, int dpi) {
    /** Layout units per inch on paper. */
    static final double UNITS_PER_INCH = 96;

    /** The largest side in pixels: 16384 (a 4-gigabyte-sized image is never what a briefing needs). */
    public static final int MAX_PIXELS = 16384;

    /** Checks the sizes. */
    public PageSpec {
        if (paper == null
                && (pixelWidth < 64 || pixelHeight < 64 || pixelWidth > MAX_PIXELS || pixelHeight > MAX_PIXELS)) {
            throw new IllegalArgumentException("a picture of " + pixelWidth + " x " + pixelHeight
                    + " pixels is outside 64 to " + MAX_PIXELS + " on each side");
        }
        if (paper != null && (dpi < 36 || dpi > 1200)) {
            throw new IllegalArgumentException("a resolution of " + dpi + " DPI is outside 36 to 1200");
        }
    }

    /** A picture of {@code width × height} pixels. */
    public static PageSpec pixels(int width, int height) {
        return new PageSpec(width, height, null, 0);
    }

    /** A sheet of {@code paper} at {@code dpi}. */
    public static PageSpec paper(PaperSize paper, int dpi) {
        return new PageSpec(0, 0, paper, dpi);
    }

    /** The slide's layout: the pixels, or the paper at 96 units per inch. */
    public SlideLayout layout() {
        if (paper == null) {
            return new SlideLayout(pixelWidth, pixelHeight);
        }
        return new SlideLayout(paper.widthPoints() / 72 * UNITS_PER_INCH, paper.heightPoints() / 72 * UNITS_PER_INCH);
    }

    /** Whether one layout unit is one device pixel (symbols may then be copied from sprites). */
    public boolean oneToOne() {
        return paper == null;
    }
}
