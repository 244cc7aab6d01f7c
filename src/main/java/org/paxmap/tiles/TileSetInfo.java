package org.paxmap.tiles;

import org.locationtech.jts.geom.Envelope;

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
}
