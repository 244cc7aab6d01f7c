package org.paxmap.render;

import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;

/**
 * Where the map looks: the centre in lon/lat, a fractional zoom (0–{@value #MAX_ZOOM}) and the viewport size in
 * pixels. Converts between screen pixels (origin top-left of the viewport) and lon/lat, and changes by panning,
 * zooming about a screen point and fitting an envelope. The centre latitude is kept inside the square Web Mercator
 * world and the longitude inside ±180°. Plain Java; mutable and not thread-safe (the view uses it on the FX thread
 * and hands {@link #copy() copies} to other threads).
 */
public final class MapViewState {
    /** The lowest zoom. */
    public static final double MIN_ZOOM = 0;

    /** The highest zoom. */
    public static final double MAX_ZOOM = 20;

    // The centre in world pixels at zoom 0 (0..256 on both axes): independent of zoom, so zooming loses nothing.
    private double centreX;
    private double centreY;
    private double zoom;
    private double width;
    private double height;

    /** A view of {@code width} x {@code height} pixels centred on {@code lon}/{@code lat} at {@code zoom}. */
    public MapViewState(double lon, double lat, double zoom, double width, double height) {
        this.zoom = clampZoom(zoom);
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        centreOn(lon, lat);
    }

    /** An independent copy. */
    public MapViewState copy() {
        MapViewState copy = new MapViewState(0, 0, zoom, width, height);
        copy.centreX = centreX;
        copy.centreY = centreY;
        return copy;
    }

    public double zoom() {
        return zoom;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The centre's longitude. */
    public double centreLon() {
        return WebMercator.lon(centreX, 0);
    }

    /** The centre's latitude. */
    public double centreLat() {
        return WebMercator.lat(centreY, 0);
    }

    /** Resizes the viewport, keeping the centre. */
    public void resize(double newWidth, double newHeight) {
        width = Math.max(0, newWidth);
        height = Math.max(0, newHeight);
    }

    /** Moves the centre to {@code lon}/{@code lat} (clamped). */
    public void centreOn(double lon, double lat) {
        centreX = WebMercator.x(lon, 0);
        centreY = WebMercator.y(lat, 0);
        clampCentre();
    }

    /** Sets the zoom (clamped), keeping the centre. */
    public void setZoom(double newZoom) {
        zoom = clampZoom(newZoom);
    }

    /** Moves the map content by {@code dx}, {@code dy} screen pixels (dragging right shows what lies west). */
    public void panBy(double dx, double dy) {
        double scale = scale();
        centreX -= dx / scale;
        centreY -= dy / scale;
        clampCentre();
    }

    /** Changes the zoom to {@code newZoom} (clamped) keeping the point under screen {@code sx}, {@code sy} in place. */
    public void zoomAbout(double sx, double sy, double newZoom) {
        double before = scale();
        double pointX = centreX + (sx - width / 2) / before;
        double pointY = centreY + (sy - height / 2) / before;
        zoom = clampZoom(newZoom);
        double after = scale();
        centreX = pointX - (sx - width / 2) / after;
        centreY = pointY - (sy - height / 2) / after;
        clampCentre();
    }

    /**
     * Centres on {@code box} and chooses the highest zoom (at most {@code maxZoom}) at which it fits with {@code
     * margin} pixels to spare on each side. An empty envelope changes nothing.
     */
    public void fit(Envelope box, double margin, double maxZoom) {
        if (box == null || box.isNull()) {
            return;
        }
        double x0 = WebMercator.x(box.getMinX(), 0);
        double x1 = WebMercator.x(box.getMaxX(), 0);
        double y0 = WebMercator.y(box.getMaxY(), 0);
        double y1 = WebMercator.y(box.getMinY(), 0);
        double usableW = Math.max(1, width - 2 * margin);
        double usableH = Math.max(1, height - 2 * margin);
        double fitZoom = maxZoom;
        if (x1 - x0 > 0) {
            fitZoom = Math.min(fitZoom, log2(usableW / (x1 - x0)));
        }
        if (y1 - y0 > 0) {
            fitZoom = Math.min(fitZoom, log2(usableH / (y1 - y0)));
        }
        zoom = clampZoom(fitZoom);
        centreX = (x0 + x1) / 2;
        centreY = (y0 + y1) / 2;
        clampCentre();
    }

    /** Screen x of longitude {@code lon}. */
    public double screenX(double lon) {
        return (WebMercator.x(lon, 0) - centreX) * scale() + width / 2;
    }

    /** Screen y of latitude {@code lat}. */
    public double screenY(double lat) {
        return (WebMercator.y(lat, 0) - centreY) * scale() + height / 2;
    }

    /** Longitude at screen x {@code sx}. */
    public double lonAt(double sx) {
        return WebMercator.lon(centreX + (sx - width / 2) / scale(), 0);
    }

    /** Latitude at screen y {@code sy}. */
    public double latAt(double sy) {
        return WebMercator.lat(centreY + (sy - height / 2) / scale(), 0);
    }

    /** World-pixel x (at {@code z}, integer or not) of the viewport's left edge. */
    public double leftWorldX(double z) {
        return centreX * Math.pow(2, z) - width / 2 * Math.pow(2, z - zoom);
    }

    /** World-pixel y (at {@code z}) of the viewport's top edge. */
    public double topWorldY(double z) {
        return centreY * Math.pow(2, z) - height / 2 * Math.pow(2, z - zoom);
    }

    /** The lon/lat box the viewport shows (clipped to the Web Mercator world). */
    public Envelope viewportEnvelope() {
        double west = Math.max(-180, lonAt(0));
        double east = Math.min(180, lonAt(width));
        return new Envelope(west, east, latAt(height), latAt(0));
    }

    /** Ground metres per screen pixel at the centre. */
    public double metresPerPixel() {
        return WebMercator.metresPerPixel(centreLat(), zoom);
    }

    /** Whether both states show the same view. */
    public boolean sameViewAs(MapViewState other) {
        return other != null
                && other.centreX == centreX
                && other.centreY == centreY
                && other.zoom == zoom
                && other.width == width
                && other.height == height;
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT, "%.5f,%.5f z%.2f %dx%d", centreLon(), centreLat(), zoom, (int) width, (int)
                        height);
    }

    // Screen pixels per zoom-0 world pixel.
    private double scale() {
        return Math.pow(2, zoom);
    }

    private void clampCentre() {
        centreX = Math.max(0, Math.min(WebMercator.TILE_SIZE, centreX));
        centreY = Math.max(0, Math.min(WebMercator.TILE_SIZE, centreY));
    }

    private static double clampZoom(double z) {
        return Double.isFinite(z) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)) : MIN_ZOOM;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
