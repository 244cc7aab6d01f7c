package org.paxmap.store;

/**
 * The live incidents of one square cell of the map's cluster grid at one quarter zoom, aggregated in the store
 * ({@link PictureStore#incidentCells}): the grid the map clusters incidents on below zoom {@value #ZOOM_LIMIT} —
 * cells of {@value #CELL_PIXELS} world pixels at zoom {@code q / 4}, anchored to the world (cell {@code cx} holds the
 * incidents whose world pixel {@code x} at that zoom has {@code floor(x / CELL_PIXELS) == cx}). Positions are world
 * pixels at the cell's zoom. Immutable.
 *
 * @param cx the cell's column
 * @param cy the cell's row
 * @param count how many live incidents with a point it holds (at least 1)
 * @param sumX the sum of their world pixel x (the disc is drawn at {@code sumX / count})
 * @param sumY the sum of their world pixel y
 * @param maxLevel the highest severity ordinal among them (0 low … 3 critical)
 * @param minX the least world pixel x among them
 * @param minY the least world pixel y
 * @param maxX the greatest world pixel x
 * @param maxY the greatest world pixel y
 * @param single the one incident's map symbol when {@code count} is 1, else {@code null}
 */
public record IncidentCell(
        long cx,
        long cy,
        int count,
        double sumX,
        double sumY,
        int maxLevel,
        double minX,
        double minY,
        double maxX,
        double maxY,
        MapFeature single) {
    /** The edge of a cell in world pixels at its zoom (the map's cluster cell). */
    public static final int CELL_PIXELS = 48;

    /** The zoom from which the map draws every incident and no clusters; the cells exist for the zooms below it. */
    public static final int ZOOM_LIMIT = 11;

    /** How many quarter zooms have cells: {@code q} from 0 to {@code QUARTER_ZOOMS - 1}, zoom {@code q / 4}. */
    public static final int QUARTER_ZOOMS = 4 * ZOOM_LIMIT;

    /** The scale of quarter zoom {@code q} against zoom 0, computed as the map computes it. */
    public static double scale(int q) {
        return Math.pow(2, q / 4.0);
    }

    /** The cell column or row of world pixel {@code pixel} (at the cell's zoom). */
    public static long cellOf(double pixel) {
        return (long) Math.floor(pixel / CELL_PIXELS);
    }
}
