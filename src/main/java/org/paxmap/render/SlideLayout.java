package org.paxmap.render;

import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Envelope;

/**
 * Where the parts of a briefing slide go on a page of {@code width × height} units (pixels on screen and in a PNG,
 * 1/96 inch on paper): the classification banners at the very top and bottom, a header with the title and the
 * date-time groups under the top one, a footer with author, attribution and page number over the bottom one, and the
 * map between them. Sizes grow with the page's height ({@link #unit()}: 1 on an A4 page at 96 DPI, 1.35 on a 1080p
 * screen) so a slide reads the same on any surface. Immutable.
 *
 * @param width the page's width
 * @param height the page's height
 */
public record SlideLayout(double width, double height) {
    /** The page height at which {@link #unit()} is 1: A4 landscape at 96 DPI. */
    static final double REFERENCE_HEIGHT = 794;

    /** A layout of a page of this size. */
    public SlideLayout {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a slide needs a size, not " + width + " x " + height);
        }
    }

    /** The scale of the marginalia: 1 on an A4 page, more on a taller surface. */
    public double unit() {
        return height / REFERENCE_HEIGHT;
    }

    public Rectangle2D topBanner() {
        return new Rectangle2D.Double(0, 0, width, bannerHeight());
    }

    public Rectangle2D bottomBanner() {
        return new Rectangle2D.Double(0, height - bannerHeight(), width, bannerHeight());
    }

    public Rectangle2D header() {
        return new Rectangle2D.Double(0, bannerHeight(), width, 50 * unit());
    }

    public Rectangle2D footer() {
        double h = 24 * unit();
        return new Rectangle2D.Double(0, height - bannerHeight() - h, width, h);
    }

    /**
     * The map's frame on the page, on whole units (on a screen the map's pixels then land on the screen's pixels, so
     * the map is copied, not resampled).
     */
    public Rectangle2D map() {
        double inset = Math.round(10 * unit());
        double top = Math.round(header().getMaxY());
        double bottom = Math.round(footer().getMinY());
        return new Rectangle2D.Double(inset, top, Math.round(width - 2 * inset), bottom - top);
    }

    /**
     * The view of the map frame that shows {@code extent} whole and as large as it fits (centred; never closer than
     * {@code maxZoom}), in the frame's own pixels (origin at its top-left corner).
     */
    public MapViewState mapView(Envelope extent, double maxZoom) {
        Rectangle2D frame = map();
        MapViewState view = new MapViewState(
                extent.centre().x, extent.centre().y, MapViewState.MIN_ZOOM, frame.getWidth(), frame.getHeight());
        view.fit(extent, 0, maxZoom);
        return view;
    }

    private double bannerHeight() {
        return 22 * unit();
    }
}
