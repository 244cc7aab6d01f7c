package org.paxmap.geo;

/**
 * The geodesic area and perimeter of a polygonal zone on the WGS84 ellipsoid, as {@link Geodesy} measures it. An
 * immutable value; thread-safe.
 *
 * @param areaSquareMetres the area enclosed, holes taken out; never negative
 * @param perimeterMetres the length of every ring's boundary, shells and holes
 */
public record AreaMeasure(double areaSquareMetres, double perimeterMetres) {}
