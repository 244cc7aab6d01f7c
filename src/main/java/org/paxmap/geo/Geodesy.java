package org.paxmap.geo;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Geodesic measurement on the WGS84 ellipsoid with Karney's algorithms (GeographicLib-Java), accurate to well below a
 * millimetre: distance and bearings between two points, the length of a route leg by leg, the area and perimeter of a
 * zone, and the point reached from a start on a bearing after a distance (for circle zones and corridors).
 *
 * <p>Coordinates are JTS coordinates in WGS84 longitude/latitude (x = longitude, y = latitude), as everywhere in a
 * picture; bearings are degrees clockwise from true north, returned in 0…360. Nothing here projects to a plane or
 * assumes a sphere. Stateless and thread-safe (GeographicLib's {@code Geodesic.WGS84} is immutable).
 */
public final class Geodesy {
    private static final Geodesic WGS84 = Geodesic.WGS84;

    private Geodesy() {}

    /** The geodesic from {@code from} to {@code to}: distance, initial and final bearing. */
    public static GeodesicLeg inverse(Coordinate from, Coordinate to) {
        GeodesicData g = WGS84.Inverse(from.y, from.x, to.y, to.x, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        return new GeodesicLeg(g.s12, bearing(g.azi1), bearing(g.azi2));
    }

    /** The geodesic distance in metres between {@code from} and {@code to}. */
    public static double distance(Coordinate from, Coordinate to) {
        return WGS84.Inverse(from.y, from.x, to.y, to.x, GeodesicMask.DISTANCE).s12;
    }

    /** The length of the polyline through {@code points}, with each leg; no legs for fewer than two points. */
    public static PolylineMeasure polyline(Coordinate... points) {
        List<GeodesicLeg> legs = new ArrayList<>();
        double length = 0;
        for (int i = 1; i < points.length; i++) {
            GeodesicLeg leg = inverse(points[i - 1], points[i]);
            legs.add(leg);
            length += leg.distanceMetres();
        }
        return new PolylineMeasure(length, legs);
    }

    /** The length of {@code line} (a route's geometry), with each leg. */
    public static PolylineMeasure polyline(LineString line) {
        return polyline(line.getCoordinates());
    }

    /**
     * The area and perimeter of one ring, closed or not (a closing point equal to the first is ignored), in either
     * direction. The area is the smaller side of the ring, so a ring enclosing more than half the earth is not
     * measured correctly — no zone does.
     */
    public static AreaMeasure ring(Coordinate... ring) {
        int n = ring.length;
        if (n > 1 && ring[0].equals2D(ring[n - 1])) {
            n--;
        }
        PolygonArea polygon = new PolygonArea(WGS84, false);
        for (int i = 0; i < n; i++) {
            polygon.AddPoint(ring[i].y, ring[i].x);
        }
        PolygonResult r = polygon.Compute(false, true);
        return new AreaMeasure(Math.abs(r.area), r.perimeter);
    }

    /**
     * The area (shells less holes) and perimeter (all rings) of a Polygon or MultiPolygon, such as a threat zone.
     *
     * @throws IllegalArgumentException if {@code polygonal} is not a Polygon or MultiPolygon
     */
    public static AreaMeasure area(Geometry polygonal) {
        double area = 0;
        double perimeter = 0;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            if (!(polygonal.getGeometryN(i) instanceof Polygon)) {
                throw new IllegalArgumentException("only polygons have an area, not a "
                        + polygonal.getGeometryN(i).getGeometryType());
            }
            Polygon polygon = (Polygon) polygonal.getGeometryN(i);
            AreaMeasure shell = ring(polygon.getExteriorRing().getCoordinates());
            area += shell.areaSquareMetres();
            perimeter += shell.perimeterMetres();
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                AreaMeasure hole = ring(polygon.getInteriorRingN(h).getCoordinates());
                area -= hole.areaSquareMetres();
                perimeter += hole.perimeterMetres();
            }
        }
        return new AreaMeasure(Math.max(0, area), perimeter);
    }

    /**
     * The point reached from {@code start} along the geodesic that leaves it on {@code bearing} degrees, after {@code
     * distanceMetres} (negative goes backwards). Longitude is returned in −180…180.
     */
    public static Coordinate destination(Coordinate start, double bearing, double distanceMetres) {
        GeodesicData g =
                WGS84.Direct(start.y, start.x, bearing, distanceMetres, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new Coordinate(g.lon2, g.lat2);
    }

    /** An azimuth in −180…180 as a bearing in 0…360 (never −0, never 360). */
    static double bearing(double azimuth) {
        double b = azimuth % 360;
        if (b < 0) {
            b += 360;
        }
        return b >= 360 ? 0 : b + 0.0;
    }
}
