package org.paxmap.render.output;

/** The paper sizes a briefing is printed on, landscape, in PDF points (1/72 inch). */
public enum PaperSize {
    /** ISO A4 landscape, 297 × 210 mm. */
    A4_LANDSCAPE(297, 210),
    /** ISO A3 landscape, 420 × 297 mm. */
    A3_LANDSCAPE(420, 297);

    private static final double POINTS_PER_MM = 72 / 25.4;

    private final double widthMm;
    private final double heightMm;

    PaperSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The width in points (A4 landscape: 841.89). */
    public double widthPoints() {
        return widthMm * POINTS_PER_MM;
    }

    /** The height in points (A4 landscape: 595.28). */
    public double heightPoints() {
        return heightMm * POINTS_PER_MM;
    }

    /** The width in pixels at {@code dpi} dots per inch, rounded (A4 landscape at 300 DPI: 3508). */
    public int pixelWidth(int dpi) {
        return pixels(widthMm, dpi);
    }

    /** The height in pixels at {@code dpi} dots per inch, rounded (A4 landscape at 300 DPI: 2480). */
    public int pixelHeight(int dpi) {
        return pixels(heightMm, dpi);
    }

    private static int pixels(double mm, int dpi) {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        return (int) Math.round(mm / 25.4 * dpi);
    }
}
