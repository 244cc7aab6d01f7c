/**
 * Offline map tiles: the read-only {@link org.paxmap.tiles.TileSource} contract (XYZ Web Mercator addressing), its
 * implementations for MBTiles, GeoPackage tile sets and XYZ folders, and tile decoding. No JavaFX; sources are
 * thread-safe for concurrent reads.
 */
package org.paxmap.tiles;
