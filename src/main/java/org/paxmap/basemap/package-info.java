/**
 * The bundled base map: reads open vector data (Natural Earth TopoJSON from {@code world-atlas}, GeoJSON lakes and
 * rivers, a GeoNames place list), renders raster tiles in Web Mercator with Java2D (headless) and writes them into an
 * MBTiles file. Used by {@code paxmap basemap build}; no JavaFX. Loaded data is immutable and shared by rendering
 * threads; see each class for its thread-safety.
 */
package org.paxmap.basemap;
