package org.paxmap.render;

/**
 * A scale bar's length: the largest round ground distance (1, 2 or 5 times a power of ten metres) that fits in a given
 * number of pixels. Immutable.
 *
 * @param metres the ground distance the bar stands for
 * @param pixels the bar's length on screen
 */
public record ScaleBar(double metres, double pixels) {
    /** The bar for {@code metresPerPixel}, at most {@code maxPixels} long. */
    public static ScaleBar fitting(double metresPerPixel, double maxPixels) {
        double max = metresPerPixel * maxPixels;
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        double metres = power;
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= max) {
                metres = step * power;
                break;
            }
        }
        return new ScaleBar(metres, metres / metresPerPixel);
    }

    /** {@code 500 m}, {@code 20 km}. */
    public String label() {
        return metres >= 1000 ? Math.round(metres / 1000) + " km" : Math.round(metres) + " m";
    }
}
