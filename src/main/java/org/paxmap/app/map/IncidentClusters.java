package org.paxmap.app.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups screen points into square grid cells, for drawing many incidents at low zoom as counts instead of a smear of
 * dots. A cell's disc sits at the mean of its points and takes the highest level among them; it also knows the box
 * its points span (what a click on the disc zooms to). Not thread-safe: one instance per frame.
 */
public final class IncidentClusters {
    /**
     * One cell's points: where to draw (mean position), how many, the highest level, and the box they span (in the
     * same pixels as the position).
     */
    public record Cluster(
            double x, double y, int count, int maxLevel, double minX, double minY, double maxX, double maxY) {
        /** A cluster drawn at ({@code x}, {@code y}) whose span is not known: its box is that one point. */
        public Cluster(double x, double y, int count, int maxLevel) {
            this(x, y, count, maxLevel, x, y, x, y);
        }
    }

    private final double cellSize;
    private final Map<Long, double[]> cells = new HashMap<>();

    /** Clusters into cells of {@code cellSize} pixels. */
    public IncidentClusters(double cellSize) {
        this.cellSize = cellSize;
    }

    /** Adds a point at screen {@code x}, {@code y} with {@code level}. */
    public void add(double x, double y, int level) {
        long cx = (long) Math.floor(x / cellSize);
        long cy = (long) Math.floor(y / cellSize);
        double[] cell = cells.computeIfAbsent(key(cx, cy), k -> new double[] {0, 0, 0, -1, x, y, x, y});
        cell[0] += x;
        cell[1] += y;
        cell[2]++;
        cell[3] = Math.max(cell[3], level);
        span(cell, x, y, x, y);
    }

    /**
     * The clusters, largest first. Cells whose centres lie closer than a cell's edge (a group straddling a cell border)
     * are merged into the larger one, so one group never shows as two stacked discs.
     */
    public List<Cluster> clusters() {
        List<double[]> sorted = new ArrayList<>(cells.values());
        sorted.sort((a, b) -> Double.compare(b[2], a[2]));
        // merged groups, indexed by the grid cell (of cellSize) their current mean lies in: a group closer than
        // cellSize
        // to a centre lies in the centre's grid cell or one of its eight neighbours; of those, the earliest close one
        // is
        // taken, as a scan of all groups in order would
        List<double[]> merged = new ArrayList<>();
        Map<Long, List<Integer>> near = new HashMap<>();
        for (double[] c : sorted) {
            double x = c[0] / c[2];
            double y = c[1] / c[2];
            long gx = (long) Math.floor(x / cellSize);
            long gy = (long) Math.floor(y / cellSize);
            int into = -1;
            for (long nx = gx - 1; nx <= gx + 1; nx++) {
                for (long ny = gy - 1; ny <= gy + 1; ny++) {
                    List<Integer> candidates = near.get(key(nx, ny));
                    if (candidates == null) {
                        continue;
                    }
                    for (int index : candidates) {
                        double[] m = merged.get(index);
                        if ((into < 0 || index < into) && Math.hypot(x - m[0] / m[2], y - m[1] / m[2]) < cellSize) {
                            into = index;
                        }
                    }
                }
            }
            if (into < 0) {
                merged.add(c.clone());
                near.computeIfAbsent(key(gx, gy), k -> new ArrayList<>()).add(merged.size() - 1);
            } else {
                double[] m = merged.get(into);
                long before = gridKey(m);
                m[0] += c[0];
                m[1] += c[1];
                m[2] += c[2];
                m[3] = Math.max(m[3], c[3]);
                span(m, c[4], c[5], c[6], c[7]);
                long after = gridKey(m);
                if (after != before) {
                    near.get(before).remove(Integer.valueOf(into));
                    near.computeIfAbsent(after, k -> new ArrayList<>()).add(into);
                }
            }
        }
        List<Cluster> out = new ArrayList<>(merged.size());
        for (double[] c : merged) {
            out.add(new Cluster(c[0] / c[2], c[1] / c[2], (int) c[2], (int) c[3], c[4], c[5], c[6], c[7]));
        }
        return out;
    }

    /** Widens the box of {@code group} to take in the box (x0, y0)–(x1, y1). */
    private static void span(double[] group, double x0, double y0, double x1, double y1) {
        group[4] = Math.min(group[4], x0);
        group[5] = Math.min(group[5], y0);
        group[6] = Math.max(group[6], x1);
        group[7] = Math.max(group[7], y1);
    }

    private long gridKey(double[] group) {
        return key(
                (long) Math.floor(group[0] / group[2] / cellSize), (long) Math.floor(group[1] / group[2] / cellSize));
    }

    // A cell's key, its bits mixed (a bijection: multiplying by an odd constant), because Long.hashCode folds x ^ y,
    // which puts every cell of a diagonal in one hash bucket.
    private static long key(long x, long y) {
        return ((x << 32) ^ (y & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
    }
}
