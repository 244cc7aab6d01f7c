package org.paxmap.tiles;

import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;

/**
 * What a tile set says about itself, with sensible values where its metadata is silent. Immutable.
 *
 * @param name the name to show (metadata name, else the file name)
 * @param format the tile image format: {@code png}, {@code jpg} or {@code webp}
 * @param minZoom the lowest zoom with tiles
 * @param maxZoom the highest zoom with tiles (the view over-zooms past it)
 * @param bounds the covered area in lon/lat (the whole Web Mercator world when unknown)
 * @param attribution the attribution text to show, possibly empty
 * @param description free text from the metadata, possibly empty
 */
public record TileSetInfo(
        String name, String format, int minZoom, int maxZoom, Envelope bounds, String attribution, String description) {
    /** Copies the envelope and checks the zoom range. */
    public TileSetInfo {
        if (minZoom < 0 || maxZoom < minZoom) {
            throw new IllegalArgumentException("zoom range " + minZoom + ".." + maxZoom + " is not valid");
        }
        bounds = new Envelope(bounds);
        attribution = attribution == null ? "" : attribution;
        description = description == null ? "" : description;
    }

    /** The whole square world of Web Mercator in lon/lat: what a tile set without bounds covers. */
    public static Envelope worldBounds() {
        return new Envelope(-180, 180, -WebMercator.MAX_LATITUDE, WebMercator.MAX_LATITUDE);
    }

    /** The bounds (a copy: the record's own envelope must stay as it is). */
    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /**
     * Whether {@code key} is within the zoom range and its area overlaps the bounds by more than an edge: the tiles a
     * source may hold. A source answers {@code null} for every other key without reading its file.
     */
    public boolean covers(TileKey key) {
        if (key.z() < minZoom || key.z() > maxZoom) {
            return false;
        }
        Envelope tile = WebMercator.tileBounds(key.z(), key.x(), key.y());
        if (bounds.getWidth() == 0 || bounds.getHeight() == 0) {
            return tile.intersects(bounds); // a point or a line of bounds: the tiles that touch it
        }
        Envelope overlap = tile.intersection(bounds);
        return overlap.getWidth() > 0 && overlap.getHeight() > 0;
    }
}
