package org.paxmap.app.map;

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
    /** One cell's points: where to draw (mean position), how many, and the highest level. */
    public record Cluster(double x, double y, int count, int maxLevel) {}

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
        double[] cell = cells.computeIfAbsent((cx << 32) ^ (cy & 0xFFFFFFFFL), k -> new double[] {0, 0, 0, -1});
        cell[0] += x;
        cell[1] += y;
        cell[2]++;
        cell[3] = Math.max(cell[3], level);
    }

    /** The clusters, in no particular order. */
    public List<Cluster> clusters() {
        List<Cluster> out = new ArrayList<>(cells.size());
        for (double[] c : cells.values()) {
            out.add(new Cluster(c[0] / c[2], c[1] / c[2], (int) c[2], (int) c[3]));
        }
        return out;
    }
}
