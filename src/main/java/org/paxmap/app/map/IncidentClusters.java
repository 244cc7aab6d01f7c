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

    /**
     * The clusters, largest first. Cells whose centres lie closer than a cell's edge (a group straddling a cell border)
     * are merged into the larger one, so one group never shows as two stacked discs.
     */
    public List<Cluster> clusters() {
        List<double[]> sorted = new ArrayList<>(cells.values());
        sorted.sort((a, b) -> Double.compare(b[2], a[2]));
        List<double[]> merged = new ArrayList<>();
        for (double[] c : sorted) {
            double[] into = null;
            for (double[] m : merged) {
                if (Math.hypot(c[0] / c[2] - m[0] / m[2], c[1] / c[2] - m[1] / m[2]) < cellSize) {
                    into = m;
                    break;
                }
            }
            if (into == null) {
                merged.add(c.clone());
            } else {
                into[0] += c[0];
                into[1] += c[1];
                into[2] += c[2];
                into[3] = Math.max(into[3], c[3]);
            }
        }
        List<Cluster> out = new ArrayList<>(merged.size());
        for (double[] c : merged) {
            out.add(new Cluster(c[0] / c[2], c[1] / c[2], (int) c[2], (int) c[3]));
        }
        return out;
    }
}
