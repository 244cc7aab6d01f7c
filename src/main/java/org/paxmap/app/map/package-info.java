/**
 * The map view: one {@link javafx.scene.canvas.Canvas} showing Web Mercator raster tiles from a
 * {@link org.paxmap.tiles.TileSource} with the picture's features drawn over them. The view state, the tile cache, the
 * tile grid arithmetic, incident clustering and coordinate formatting are plain Java (no JavaFX) and unit-tested;
 * the view, the tile loader and the painters use JavaFX. Tiles are fetched and decoded on the loader's own threads,
 * features are queried on the window's store I/O thread; the FX thread only draws.
 */
package org.paxmap.app.map;
