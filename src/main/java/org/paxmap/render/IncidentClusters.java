package org.paxmap.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups screen points into square grid cells, for drawing many incidents at low zoom as counts instead of a smear of
 * dots. A cell's disc sits at the mean of its points and takes the highest level among them. Not thread-safe: one
 * instance per frame.
 */
public final class IncidentClusters {
    /**
     * One cell's points: where to draw (mean position), how many, the highest level, the tag of its point when it
     * holds only one ({@code -1} otherwise, or when the point was added without one), and the box the points span (in
     * the same pixels as the position).
     */
    public record Cluster(
            double x, double y, int count, int maxLevel, int tag, double minX, double minY, double maxX, double maxY) {
        /** A cluster drawn at ({@code x}, {@code y}) without a tag whose span is not known: its box is that point. */
        public Cluster(double x, double y, int count, int maxLevel) {
            this(x, y, count, maxLevel, -1, x, y, x, y);
        }
    }

    private final double cellSize;
    // The cells, in an open-addressing table from the mixed cell key to its slot in the cell columns: one look-up per
    // point with no boxing, where a HashMap<Long, double[]> cost a Long and a probe object per point.
    private long[] keys = new long[1024];
    private int[] slots = new int[1024];
    private boolean[] used = new boolean[1024];
    private int cellCount;
    private double[] sumX = new double[256];
    private double[] sumY = new double[256];
    private int[] counts = new int[256];
    private int[] maxLevels = new int[256];
    private int[] tags = new int[256];
    private double[] minXs = new double[256];
    private double[] minYs = new double[256];
    private double[] maxXs = new double[256];
    private double[] maxYs = new double[256];
    private long[] cellXs = new long[256];
    private long[] cellYs = new long[256];

    /** Clusters into cells of {@code cellSize} pixels. */
    public IncidentClusters(double cellSize) {
        this.cellSize = cellSize;
    }

    /** Adds a point at screen {@code x}, {@code y} with {@code level}. */
    public void add(double x, double y, int level) {
        add(x, y, level, -1);
    }

    /** Adds a point at screen {@code x}, {@code y} with {@code level} and a caller's {@code tag} (e.g. its index). */
    public void add(double x, double y, int level, int tag) {
        int cell = cell((long) Math.floor(x / cellSize), (long) Math.floor(y / cellSize));
        sumX[cell] += x;
        sumY[cell] += y;
        counts[cell]++;
        maxLevels[cell] = Math.max(maxLevels[cell], level);
        tags[cell] = counts[cell] == 1 ? tag : -1;
        minXs[cell] = counts[cell] == 1 ? x : Math.min(minXs[cell], x);
        minYs[cell] = counts[cell] == 1 ? y : Math.min(minYs[cell], y);
        maxXs[cell] = counts[cell] == 1 ? x : Math.max(maxXs[cell], x);
        maxYs[cell] = counts[cell] == 1 ? y : Math.max(maxYs[cell], y);
    }

    /**
     * Adds the points of grid cell ({@code cx}, {@code cy}) already summed (e.g. by the store: {@link
     * org.paxmap.store.IncidentCell}): their count, coordinate sums, highest level and box, in the same pixels as
     * {@link #add}; {@code tag} is kept when the cell then holds one point only. Clustered as the points themselves
     * would be.
     */
    public void addCell(
            long cx,
            long cy,
            int count,
            double sx,
            double sy,
            int level,
            int tag,
            double x0,
            double y0,
            double x1,
            double y1) {
        int cell = cell(cx, cy);
        boolean first = counts[cell] == 0;
        sumX[cell] += sx;
        sumY[cell] += sy;
        counts[cell] += count;
        maxLevels[cell] = Math.max(maxLevels[cell], level);
        tags[cell] = counts[cell] == 1 ? tag : -1;
        minXs[cell] = first ? x0 : Math.min(minXs[cell], x0);
        minYs[cell] = first ? y0 : Math.min(minYs[cell], y0);
        maxXs[cell] = first ? x1 : Math.max(maxXs[cell], x1);
        maxYs[cell] = first ? y1 : Math.max(maxYs[cell], y1);
    }

    // The slot of grid cell (cx, cy), made empty if new.
    private int cell(long cx, long cy) {
        long key = key(cx, cy);
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        int slot = cellCount++;
        if (slot == counts.length) {
            int n = slot * 2;
            sumX = java.util.Arrays.copyOf(sumX, n);
            sumY = java.util.Arrays.copyOf(sumY, n);
            counts = java.util.Arrays.copyOf(counts, n);
            maxLevels = java.util.Arrays.copyOf(maxLevels, n);
            tags = java.util.Arrays.copyOf(tags, n);
            minXs = java.util.Arrays.copyOf(minXs, n);
            minYs = java.util.Arrays.copyOf(minYs, n);
            maxXs = java.util.Arrays.copyOf(maxXs, n);
            maxYs = java.util.Arrays.copyOf(maxYs, n);
            cellXs = java.util.Arrays.copyOf(cellXs, n);
            cellYs = java.util.Arrays.copyOf(cellYs, n);
        }
        cellXs[slot] = cx;
        cellYs[slot] = cy;
        maxLevels[slot] = -1;
        used[i] = true;
        keys[i] = key;
        slots[i] = slot;
        if (cellCount * 2 > keys.length) {
            grow();
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        slots = new int[keys.length];
        used = new boolean[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldUsed[j]) {
                int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    /**
     * The clusters, largest first (cells of equal count in grid order, row by row, so the result does not depend on
     * the order the points came in). Cells whose centres lie closer than a cell's edge (a group straddling a cell
     * border) are merged into the larger one, so one group never shows as two stacked discs.
     */
    public List<Cluster> clusters() {
        Integer[] order = new Integer[cellCount];
        java.util.Arrays.setAll(order, c -> c);
        java.util.Arrays.sort(
                order,
                (a, b) -> counts[a] != counts[b]
                        ? Integer.compare(counts[b], counts[a])
                        : cellYs[a] != cellYs[b]
                                ? Long.compare(cellYs[a], cellYs[b])
                                : Long.compare(cellXs[a], cellXs[b]));
        List<double[]> sorted = new ArrayList<>(cellCount);
        for (int c : order) {
            sorted.add(new double[] {
                sumX[c], sumY[c], counts[c], maxLevels[c], tags[c], minXs[c], minYs[c], maxXs[c], maxYs[c]
            });
        }
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
                m[4] = -1;
                m[5] = Math.min(m[5], c[5]);
                m[6] = Math.min(m[6], c[6]);
                m[7] = Math.max(m[7], c[7]);
                m[8] = Math.max(m[8], c[8]);
                long after = gridKey(m);
                if (after != before) {
                    near.get(before).remove(Integer.valueOf(into));
                    near.computeIfAbsent(after, k -> new ArrayList<>()).add(into);
                }
            }
        }
        List<Cluster> out = new ArrayList<>(merged.size());
        for (double[] c : merged) {
            out.add(new Cluster(c[0] / c[2], c[1] / c[2], (int) c[2], (int) c[3], (int) c[4], c[5], c[6], c[7], c[8]));
        }
        return out;
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
