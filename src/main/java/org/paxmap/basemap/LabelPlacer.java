package org.paxmap.basemap;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paxmap.geo.WebMercator;

/**
 * Places names for a whole zoom level at once, in world pixels, so that every tile draws the same labels and a name
 * crossing a tile edge appears whole on both sides. Country names come first (largest country first, only where the
 * country is wide enough for its name), then places from {@link #PLACE_MIN_ZOOM} (file order); a name whose box
 * would overlap one already placed is dropped (occupied-rectangles check). Thread-safe: each zoom is placed once and
 * cached.
 */
public final class LabelPlacer {
    /** Zoom from which place names are shown. */
    public static final int PLACE_MIN_ZOOM = 8;

    /** Zoom from which country names are shown. */
    public static final int COUNTRY_MIN_ZOOM = 2;

    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    /** A country name candidate: label point (lon/lat) and the width of its largest part in zoom-0 pixels. */
    public record CountryName(String name, double lon, double lat, double zoom0Width, BasemapData.Detail detail) {}

    private final List<CountryName> countries;
    private final List<Place> places;
    private final Map<Integer, List<Label>> byZoom = new ConcurrentHashMap<>();

    /** Candidates: countries sorted by descending width (all detail levels), places in priority order. */
    public LabelPlacer(List<CountryName> countries, List<Place> places) {
        this.countries = List.copyOf(countries);
        this.places = List.copyOf(places);
    }

    /** The labels placed at {@code zoom}. */
    public List<Label> labels(int zoom) {
        return byZoom.computeIfAbsent(zoom, this::place);
    }

    private List<Label> place(int zoom) {
        List<Label> placed = new ArrayList<>();
        List<Rectangle2D> occupied = new ArrayList<>();
        double scale = Math.pow(2, zoom);
        if (zoom >= COUNTRY_MIN_ZOOM) {
            Font font = BasemapStyle.countryFont(zoom);
            BasemapData.Detail detail = BasemapData.Detail.forZoom(zoom);
            for (CountryName c : countries) {
                if (c.detail() != detail) {
                    continue;
                }
                String text = zoom < 5 ? c.name().toUpperCase(java.util.Locale.ROOT) : c.name();
                Rectangle2D b = font.getStringBounds(text, FRC);
                if (c.zoom0Width() * scale < b.getWidth() * 1.1) {
                    continue;
                }
                double cx = WebMercator.x(c.lon(), zoom);
                double cy = WebMercator.y(c.lat(), zoom);
                double x = cx - b.getWidth() / 2;
                double y = cy + b.getHeight() / 2 - font.getSize2D() * 0.25;
                Rectangle2D box =
                        new Rectangle2D.Double(x - 3, cy - b.getHeight() / 2 - 3, b.getWidth() + 6, b.getHeight() + 6);
                if (free(box, occupied, 6)) {
                    occupied.add(box);
                    placed.add(new Label(text, x, y, font, false, cx, cy, box));
                }
            }
        }
        if (zoom >= PLACE_MIN_ZOOM) {
            Font font = BasemapStyle.placeFont(zoom);
            double spacing = zoom <= 8 ? 14 : zoom == 9 ? 8 : 3;
            for (Place p : places) {
                Rectangle2D b = font.getStringBounds(p.name(), FRC);
                double px = WebMercator.x(p.lon(), zoom);
                double py = WebMercator.y(p.lat(), zoom);
                double x = px + 5;
                double y = py + b.getHeight() / 2 - font.getSize2D() * 0.25;
                Rectangle2D box = new Rectangle2D.Double(
                        px - 3, py - b.getHeight() / 2 - 2, b.getWidth() + 11, b.getHeight() + 4);
                if (free(box, occupied, spacing)) {
                    occupied.add(box);
                    placed.add(new Label(p.name(), x, y, font, true, px, py, box));
                }
            }
        }
        return List.copyOf(placed);
    }

    private static boolean free(Rectangle2D box, List<Rectangle2D> occupied, double spacing) {
        Rectangle2D grown = new Rectangle2D.Double(
                box.getX() - spacing,
                box.getY() - spacing,
                box.getWidth() + 2 * spacing,
                box.getHeight() + 2 * spacing);
        for (Rectangle2D r : occupied) {
            if (r.intersects(grown)) {
                return false;
            }
        }
        return true;
    }
}
