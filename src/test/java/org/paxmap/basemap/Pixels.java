package org.paxmap.basemap;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.paxmap.geo.WebMercator;
import org.paxmap.tiles.TileKey;

/** Where a lon/lat falls in tiles, and what colour a tile has there. */
final class Pixels {
    private Pixels() {}

    static TileKey tileAt(double lon, double lat, int z) {
        return new TileKey(z, (int) (WebMercator.x(lon, z) / 256), (int) (WebMercator.y(lat, z) / 256));
    }

    static Color colourAt(BufferedImage tile, TileKey key, double lon, double lat) {
        int px = (int) (WebMercator.x(lon, key.z()) - key.x() * 256.0);
        int py = (int) (WebMercator.y(lat, key.z()) - key.y() * 256.0);
        return new Color(tile.getRGB(px, py) & 0xFFFFFF);
    }
}
