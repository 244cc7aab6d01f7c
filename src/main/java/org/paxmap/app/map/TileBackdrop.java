package org.paxmap.app.map;

/**
 * The tiles of the last render of the view, kept as pixels, so that a render of the same region with the same tiles
 * but other features — a review filter change, an edit, a layer toggle — copies them (a few milliseconds for a
 * 1920×1080 view with its margin) instead of drawing every tile again (tens of milliseconds of scaled, bilinear
 * blits on the software pipeline). Costs one more raster-sized {@code int[]}.
 *
 * <p>Used by the background renderer only: {@link #matches} and {@link #begin} / {@link #commit} on the render thread
 * between renders; {@link #save} and {@link #restore} by the two threads drawing one render, on disjoint rows.
 */
final class TileBackdrop {
    private int[] pixels = new int[0];
    private int width;
    private int height;
    private double zoom = Double.NaN;
    private double left;
    private double top;
    private long tileVersion;
    private boolean valid;

    /** Whether the kept tiles are those a render of this region and tile version would draw. */
    boolean matches(int w, int h, double z, double l, double t, long version) {
        return valid && w == width && h == height && z == zoom && l == left && t == top && version == tileVersion;
    }

    /** Forgets the kept tiles and makes room for a region of {@code w} × {@code h} to be {@linkplain #save saved}. */
    void begin(int w, int h) {
        valid = false;
        if (pixels.length != w * h) {
            pixels = new int[w * h];
        }
        width = w;
        height = h;
    }

    /** Keeps the saved rows as the tiles of this region and version (after every row was saved). */
    void commit(double z, double l, double t, long version) {
        zoom = z;
        left = l;
        top = t;
        tileVersion = version;
        valid = true;
    }

    /** Copies rows {@code y0} (inclusive) to {@code y1} of a raster of the begun size into the backdrop. */
    void save(int[] raster, int y0, int y1) {
        System.arraycopy(raster, y0 * width, pixels, y0 * width, (y1 - y0) * width);
    }

    /** Copies rows {@code y0} (inclusive) to {@code y1} of the backdrop into a raster of its size. */
    void restore(int[] raster, int y0, int y1) {
        System.arraycopy(pixels, y0 * width, raster, y0 * width, (y1 - y0) * width);
    }
}
