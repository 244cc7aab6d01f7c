package org.paxmap.basemap;

import java.awt.Font;
import java.awt.geom.Rectangle2D;

/**
 * A name placed at one zoom: its text baseline origin and occupied box in world pixels of that zoom. Immutable.
 *
 * @param text the name
 * @param x baseline start, world pixels
 * @param y baseline, world pixels
 * @param font the font
 * @param dot whether a place dot is drawn at ({@code dotX}, {@code dotY})
 * @param dotX the place's world-pixel x
 * @param dotY the place's world-pixel y
 * @param box the occupied rectangle (text, halo and dot), world pixels
 */
public record Label(
        String text, double x, double y, Font font, boolean dot, double dotX, double dotY, Rectangle2D box) {}
