package org.paxmap.render;

import java.awt.image.BufferedImage;

/**
 * A part of a decoded tile image to draw: source rectangle {@code s*} of {@code image} into the destination rectangle
 * {@code d*} (pixels of the image being rendered, or units of the page). Immutable; the image is never drawn into.
 */
public record TilePiece(
        BufferedImage image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh) {}
