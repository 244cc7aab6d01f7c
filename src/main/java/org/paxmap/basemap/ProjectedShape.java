package org.paxmap.basemap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.paxmap.geo.WebMercator;

/**
 * One polygon (outer ring then holes) or one line, projected once to Web Mercator world pixels at zoom 0 (0..256):
 * at zoom z a point is at {@code 2^z} times these values. Immutable; thread-safe.
 *
 * @param parts interleaved x,y arrays: the rings of a polygon or the single part of a line
 * @param polygon whether the parts are rings to fill
 * @param envelope the zoom-0 pixel envelope
 */
public record ProjectedShape(double[][] parts, boolean polygon, Envelope envelope) {

    /**
     * Projects a JTS Polygon or LineString (multi-parts split; other types, and lines of fewer than two points, give
     * nothing). Rings that cross the antimeridian are unwrapped and also emitted shifted by one world width, so both
     * sides of the map show them; lines are split where they jump across it.
     */
    public static List<ProjectedShape> of(Geometry g) {
        List<ProjectedShape> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                double[][] rings = new double[1 + p.getNumInteriorRing()][];
                rings[0] = unwrap(p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings[h + 1] = unwrap(p.getInteriorRingN(h).getCoordinates());
                }
                Envelope e = envelope(rings[0]);
                out.add(new ProjectedShape(rings, true, e));
                if (e.getMaxX() > 256) {
                    out.add(shifted(rings, -256));
                }
                if (e.getMinX() < 0) {
                    out.add(shifted(rings, 256));
                }
            } else if (part instanceof LineString && part.getNumPoints() >= 2) {
                out.addAll(lines(part.getCoordinates(), false));
            }
        }
        return out;
    }

    /**
     * The coastlines of polygonal {@code g}: its rings as lines, without the artificial edges Natural Earth adds along
     * the antimeridian and the south pole.
     */
    public static List<ProjectedShape> coastlines(Geometry g) {
        List<ProjectedShape> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                out.addAll(lines(p.getExteriorRing().getCoordinates(), true));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    out.addAll(lines(p.getInteriorRingN(h).getCoordinates(), true));
                }
            }
        }
        return out;
    }

    private static List<ProjectedShape> lines(Coordinate[] cs, boolean dropArtificial) {
        List<ProjectedShape> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= cs.length; i++) {
            boolean cut = i == cs.length;
            if (!cut) {
                Coordinate a = cs[i - 1];
                Coordinate b = cs[i];
                cut = Math.abs(b.x - a.x) > 180;
                if (dropArtificial && !cut) {
                    boolean meridian = Math.abs(a.x) >= 179.99 && Math.abs(b.x) >= 179.99 && a.x * b.x > 0;
                    boolean pole = a.y < -84.9 && b.y < -84.9;
                    cut = meridian || pole;
                }
            }
            if (cut) {
                if (i - start >= 2) {
                    double[] xy = project(Arrays.copyOfRange(cs, start, i));
                    out.add(new ProjectedShape(new double[][] {xy}, false, envelope(xy)));
                }
                start = i;
            }
        }
        return out;
    }

    /** Projects a ring, unwrapping longitudes that jump across the antimeridian when the ring still closes. */
    private static double[] unwrap(Coordinate[] cs) {
        double[] lon = new double[cs.length];
        lon[0] = cs[0].x;
        boolean jumped = false;
        for (int i = 1; i < cs.length; i++) {
            double l = cs[i].x;
            while (l - lon[i - 1] > 180) {
                l -= 360;
                jumped = true;
            }
            while (l - lon[i - 1] < -180) {
                l += 360;
                jumped = true;
            }
            lon[i] = l;
        }
        boolean closes = Math.abs(lon[cs.length - 1] - lon[0]) < 1e-6;
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            double l = jumped && closes ? lon[i] : cs[i].x;
            xy[2 * i] = (l + 180) / 360 * 256;
            xy[2 * i + 1] = WebMercator.y(cs[i].y, 0);
        }
        return xy;
    }

    private static ProjectedShape shifted(double[][] rings, double dx) {
        double[][] moved = new double[rings.length][];
        for (int r = 0; r < rings.length; r++) {
            moved[r] = rings[r].clone();
            for (int i = 0; i < moved[r].length; i += 2) {
                moved[r][i] += dx;
            }
        }
        return new ProjectedShape(moved, true, envelope(moved[0]));
    }

    private static double[] project(Coordinate[] cs) {
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = WebMercator.x(cs[i].x, 0);
            xy[2 * i + 1] = WebMercator.y(cs[i].y, 0);
        }
        return xy;
    }

    private static Envelope envelope(double[] xy) {
        Envelope e = new Envelope();
        for (int i = 0; i < xy.length; i += 2) {
            e.expandToInclude(xy[i], xy[i + 1]);
        }
        return e;
    }
}
