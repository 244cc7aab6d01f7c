package org.paxmap.tiles;

/**
 * One zoom level of a GeoPackage tile matrix set, with where it sits among the XYZ zoom levels. Immutable.
 *
 * @param level the GeoPackage {@code zoom_level}
 * @param matrixWidth tiles across
 * @param matrixHeight tiles down
 * @param tileWidth pixels across a tile
 * @param tileHeight pixels down a tile
 * @param pixelWidth CRS units (metres or degrees) per pixel across, from the matrix set's extent
 * @param pixelHeight CRS units per pixel down
 * @param xyzZoom the (fractional) XYZ zoom of the same resolution, at the equator for EPSG:4326
 * @param xyzAlignedZoom the XYZ zoom whose tiles these are one for one (Web Mercator, 256 px, on the XYZ grid), or
 *     -1
 * @param columnOffset the XYZ column of this level's column 0 (when aligned)
 * @param rowOffset the XYZ row of this level's row 0 (when aligned)
 */
record TileMatrix(
        int level,
        int matrixWidth,
        int matrixHeight,
        int tileWidth,
        int tileHeight,
        double pixelWidth,
        double pixelHeight,
        double xyzZoom,
        int xyzAlignedZoom,
        long columnOffset,
        long rowOffset) {
    /** Whether the XYZ tile {@code key} is exactly one stored tile of this level. */
    boolean passesThrough(TileKey key) {
        return xyzAlignedZoom == key.z();
    }
}
