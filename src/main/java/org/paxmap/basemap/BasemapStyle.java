package org.paxmap.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/**
 * The base map's palette and line weights: a light sea blue, a warm pale land, muted borders and dark-grey names with
 * a light halo, so that incidents, routes and zones drawn on top stay the loudest things on screen. Constants only;
 * thread-safe.
 */
public final class BasemapStyle {
    /** Open sea (and the background of every tile): RGB 0xAAD3E8. Map view tests check canvas pixels against it. */
    public static final Color SEA = new Color(0xAAD3E8);

    /** Land away from any line or label: RGB 0xF4EEDC. Map view tests check canvas pixels against it. */
    public static final Color LAND = new Color(0xF4EEDC);

    /** Lakes: the sea's colour, so water reads as one thing. */
    public static final Color LAKE = SEA;

    /** Rivers (areas and their thin outline). */
    public static final Color RIVER = new Color(0x8DC1E0);

    /** Coastlines and lake shores. */
    public static final Color COAST = new Color(0x7FAFCC);

    /** International land borders. */
    public static final Color BORDER = new Color(0xA58BA8);

    /** Text of names. */
    public static final Color TEXT = new Color(0x3A3A3A);

    /** Country names. */
    public static final Color COUNTRY_TEXT = new Color(0x6E5A73);

    /** The halo behind names. */
    public static final Color HALO = new Color(255, 255, 255, 200);

    /** A place's dot. */
    public static final Color PLACE_DOT = new Color(0x4A4A4A);

    private BasemapStyle() {}

    /** Coastline stroke at {@code zoom}. */
    static BasicStroke coastStroke(int zoom) {
        return new BasicStroke(zoom < 4 ? 0.6f : zoom < 8 ? 0.9f : 1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Border stroke at {@code zoom}. */
    static BasicStroke borderStroke(int zoom) {
        float w = zoom < 3 ? 0.6f : zoom < 6 ? 0.9f : 1.4f;
        if (zoom < 6) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 3f}, 0f);
    }

    /** Font of country names at {@code zoom}. */
    static Font countryFont(int zoom) {
        return new Font(Font.SANS_SERIF, Font.BOLD, zoom < 4 ? 9 : zoom < 7 ? 11 : 13);
    }

    /** Font of place names at {@code zoom}. */
    static Font placeFont(int zoom) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, zoom < 10 ? 11 : 12);
    }
}
