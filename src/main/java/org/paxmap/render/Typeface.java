package org.paxmap.render;

/**
 * A font the renderer draws text with: a family ({@code "System"} is the platform's user-interface font), weight and
 * size in pixels (points on paper). Immutable; any thread.
 *
 * @param family a font family name, or {@code "System"}
 * @param bold bold or regular
 * @param size the size in pixels
 */
public record Typeface(String family, boolean bold, double size) {
    /** The user-interface font, bold, at {@code size}. */
    public static Typeface bold(double size) {
        return new Typeface("System", true, size);
    }

    /** The user-interface font, regular, at {@code size}. */
    public static Typeface regular(double size) {
        return new Typeface("System", false, size);
    }

    /** The same family and weight at {@code newSize}. */
    public Typeface sized(double newSize) {
        return new Typeface(family, bold, newSize);
    }
}
