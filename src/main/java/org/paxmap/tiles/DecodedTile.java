package org.paxmap.tiles;

/**
 * A decoded tile image: non-premultiplied ARGB pixels, row by row from the top-left. The array is owned by this
 * record and must not be modified.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param argb {@code width * height} pixels
 */
public record DecodedTile(int width, int height, int[] argb) {
    /** Checks the pixel count. */
    public DecodedTile {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException(
                    "a " + width + "x" + height + " tile needs " + width * height + " pixels, not " + argb.length);
        }
    }

    /** The memory the pixels take, for a cache sized in bytes. */
    public long sizeInBytes() {
        return 4L * argb.length + 32;
    }
}
