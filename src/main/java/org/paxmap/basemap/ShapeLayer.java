package org.paxmap.basemap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A set of projected shapes with an STRtree over their zoom-0 pixel envelopes, so a tile asks only for the shapes
 * near it. Built once, then read-only: the tree is built in the constructor, and queries are thread-safe.
 */
public final class ShapeLayer {
    /** A layer with nothing in it. */
    public static final ShapeLayer EMPTY = new ShapeLayer(List.of());

    private final STRtree index = new STRtree();
    private final int size;

    /** Indexes {@code shapes}. */
    public ShapeLayer(Collection<ProjectedShape> shapes) {
        for (ProjectedShape s : shapes) {
            index.insert(s.envelope(), s);
        }
        index.build();
        size = shapes.size();
    }

    /** Projects and indexes JTS geometries (polygons and lines; multi-parts split). */
    public static ShapeLayer ofGeometries(Collection<? extends Geometry> geometries) {
        List<ProjectedShape> shapes = new ArrayList<>();
        for (Geometry g : geometries) {
            shapes.addAll(ProjectedShape.of(g));
        }
        return new ShapeLayer(shapes);
    }

    /** The shapes whose envelope meets {@code zoom0Pixels}, in insertion order. */
    @SuppressWarnings("unchecked")
    public List<ProjectedShape> query(Envelope zoom0Pixels) {
        if (size == 0) {
            return List.of();
        }
        return index.query(zoom0Pixels);
    }

    /** How many shapes the layer holds. */
    public int size() {
        return size;
    }
}
