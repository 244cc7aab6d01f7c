package org.paxmap.tiles;

/**
 * Draws one 256 px output tile from decoded source tiles of one level. The mapping from output to source pixels is
 * separable — a source column for each output column, a source row for each output row — which holds exactly for
 * Web Mercator and for EPSG:4326 sources (whose rows follow the latitude of each output row). Each output pixel
 * averages {@code samples × samples} bilinear samples, taken in premultiplied alpha so transparent source pixels do
 * not darken the edges; pixels with no source tile are transparent. Stateless and thread-safe.
 */
final class TileResampler {
    private TileResampler() {}

    /**
     * The sample positions of one output tile in the level's pixel coordinates (0 at the west/north edge of the
     * matrix set; the centre of source pixel (i, j) is at (i + .5, j + .5)).
     *
     * @param samples samples per output pixel along each axis
     * @param xs {@code 256 * samples} source x positions, west to east
     * @param ys {@code 256 * samples} source y positions, north to south
     */
    record Grid(int samples, double[] xs, double[] ys) {
        double minX() {
            return Math.min(xs[0], xs[xs.length - 1]) - 1;
        }

        double maxX() {
            return Math.max(xs[0], xs[xs.length - 1]) + 1;
        }

        double minY() {
            return Math.min(ys[0], ys[ys.length - 1]) - 1;
        }

        double maxY() {
            return Math.max(ys[0], ys[ys.length - 1]) + 1;
        }
    }

    /**
     * The output pixels (non-premultiplied ARGB), or {@code null} if every one is transparent.
     *
     * @param sources decoded tiles by {@code (row - minRow) * columns + (column - minColumn)}, {@code null} where
     *     none is stored
     * @param tileWidth the matrix's tile width (a source tile decoded at another size is scaled to it)
     */
    static int[] resample(
            Grid grid, DecodedTile[] sources, int columns, long minColumn, long minRow, int tileWidth, int tileHeight) {
        int size = TileSource.TILE_SIZE;
        int k = grid.samples();
        Sources block =
                new Sources(sources, columns, sources.length / columns, minColumn, minRow, tileWidth, tileHeight);
        int[] out = new int[size * size];
        boolean any = false;
        float[] acc = new float[4];
        for (int oy = 0; oy < size; oy++) {
            for (int ox = 0; ox < size; ox++) {
                acc[0] = acc[1] = acc[2] = acc[3] = 0;
                for (int sy = 0; sy < k; sy++) {
                    double y = grid.ys()[oy * k + sy] - 0.5;
                    for (int sx = 0; sx < k; sx++) {
                        double x = grid.xs()[ox * k + sx] - 0.5;
                        bilinear(x, y, block, acc);
                    }
                }
                float n = k * k;
                float a = acc[3] / n;
                int alpha = Math.round(a * 255);
                if (alpha == 0) {
                    continue;
                }
                int r = Math.round(acc[0] / n / a * 255);
                int g = Math.round(acc[1] / n / a * 255);
                int b = Math.round(acc[2] / n / a * 255);
                out[oy * size + ox] = alpha << 24 | clamp(r) << 16 | clamp(g) << 8 | clamp(b);
                any = true;
            }
        }
        return any ? out : null;
    }

    /**
     * Adds the bilinear sample at source position (x, y) to {@code acc} as premultiplied r, g, b and alpha (0..1). A
     * sample whose own pixel has no source tile adds nothing; at the edge of the stored tiles the weights of the
     * missing neighbours go to the present ones, so the data ends crisply where it ends.
     */
    private static void bilinear(double x, double y, Sources sources, float[] acc) {
        long x0 = (long) Math.floor(x);
        long y0 = (long) Math.floor(y);
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        if (sources.tileAt(x0 + (fx >= 0.5f ? 1 : 0), y0 + (fy >= 0.5f ? 1 : 0)) == null) {
            return;
        }
        float r = 0;
        float g = 0;
        float b = 0;
        float a = 0;
        float weight = 0;
        for (int dy = 0; dy <= 1; dy++) {
            float wy = dy == 0 ? 1 - fy : fy;
            for (int dx = 0; dx <= 1; dx++) {
                float w = wy * (dx == 0 ? 1 - fx : fx);
                DecodedTile tile = w == 0 ? null : sources.tileAt(x0 + dx, y0 + dy);
                if (tile == null) {
                    continue;
                }
                int p = sources.pixel(tile, x0 + dx, y0 + dy);
                float wa = w * (p >>> 24) / 255f;
                r += wa * ((p >> 16) & 0xFF) / 255f;
                g += wa * ((p >> 8) & 0xFF) / 255f;
                b += wa * (p & 0xFF) / 255f;
                a += wa;
                weight += w;
            }
        }
        acc[0] += r / weight;
        acc[1] += g / weight;
        acc[2] += b / weight;
        acc[3] += a / weight;
    }

    /** The decoded tiles of a block of the matrix, addressed by level pixel. */
    private record Sources(
            DecodedTile[] tiles, int columns, int rows, long minColumn, long minRow, int tileWidth, int tileHeight) {
        DecodedTile tileAt(long x, long y) {
            long column = Math.floorDiv(x, tileWidth) - minColumn;
            long row = Math.floorDiv(y, tileHeight) - minRow;
            if (column < 0 || row < 0 || column >= columns || row >= rows) {
                return null;
            }
            return tiles[(int) (row * columns + column)];
        }

        /** The pixel at level pixel (x, y) of {@code tile}, which must be {@link #tileAt} (x, y). */
        int pixel(DecodedTile tile, long x, long y) {
            int px = (int) Math.floorMod(x, (long) tileWidth);
            int py = (int) Math.floorMod(y, (long) tileHeight);
            if (tile.width() != tileWidth) {
                px = px * tile.width() / tileWidth;
            }
            if (tile.height() != tileHeight) {
                py = py * tile.height() / tileHeight;
            }
            return tile.argb()[py * tile.width() + px];
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
