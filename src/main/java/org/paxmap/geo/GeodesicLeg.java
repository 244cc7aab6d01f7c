package org.paxmap.geo;

/**
 * The shortest path on the WGS84 ellipsoid between two points, as {@link Geodesy} measures it. Bearings are true
 * azimuths in degrees clockwise from north, 0 ≤ bearing &lt; 360. An immutable value; thread-safe.
 *
 * @param distanceMetres the geodesic distance
 * @param initialBearing the bearing at the start, towards the end
 * @param finalBearing the bearing at the end, onwards in the same direction (not back to the start)
 */
public record GeodesicLeg(double distanceMetres, double initialBearing, double finalBearing) {}
