package org.paxmap.render;

import java.util.Locale;

/**
 * A colour the renderer draws with: sRGB components 0–255 and an opacity 0–1. The renderer's own value type, so that
 * nothing below the window needs JavaFX; the window turns it into a JavaFX colour ({@code FxPen}) and Java2D into an
 * AWT one ({@link #awt()}). Immutable; any thread.
 *
 * @param red 0–255
 * @param green 0–255
 * @param blue 0–255
 * @param opacity 0 (transparent) – 1 (opaque)
 */
public record Ink(int red, int green, int blue, double opacity) {
    public static final Ink WHITE = new Ink(255, 255, 255, 1);
    public static final Ink BLACK = new Ink(0, 0, 0, 1);

    public Ink {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0–255: " + red + ", " + green + ", " + blue);
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be 0–1: " + opacity);
        }
    }

    /** The opaque colour of a {@code #rrggbb} (or {@code rrggbb}) web code. */
    public static Ink web(String code) {
        return web(code, 1);
    }

    /** The colour of a {@code #rrggbb} web code at {@code opacity}. */
    public static Ink web(String code, double opacity) {
        String hex = code.startsWith("#") ? code.substring(1) : code;
        if (hex.length() != 6) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + code);
        }
        int rgb = Integer.parseInt(hex, 16);
        return new Ink((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, opacity);
    }

    /**
     * This colour with its brightness (HSB) and opacity multiplied by the factors, clamped to 0–1: JavaFX's {@code
     * Color.deriveColor(0, 1, brightness, opacity)}.
     */
    public Ink derive(double brightness, double opacityFactor) {
        float[] hsb = java.awt.Color.RGBtoHSB(red, green, blue, null);
        float b = (float) Math.max(0, Math.min(1, hsb[2] * brightness));
        int rgb = java.awt.Color.HSBtoRGB(hsb[0], hsb[1], b);
        return new Ink(
                (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, Math.max(0, Math.min(1, opacity * opacityFactor)));
    }

    /** This colour at {@code newOpacity}. */
    public Ink withOpacity(double newOpacity) {
        return new Ink(red, green, blue, newOpacity);
    }

    /** The Java2D colour. */
    public java.awt.Color awt() {
        return new java.awt.Color(red, green, blue, (int) Math.round(opacity * 255));
    }

    /** Packed {@code 0xAARRGGBB}. */
    public int argb() {
        return ((int) Math.round(opacity * 255) << 24) | (red << 16) | (green << 8) | blue;
    }

    /** {@code #rrggbb}, lower case, without the opacity. */
    public String webCode() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
