package org.paxmap.brief.present;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.paxmap.render.SlideLayout;
import org.paxmap.render.output.PageArt;
import org.paxmap.tiles.TileSourceException;

/**
 * A composed slide as a page for the output writers: scaled from the slide's layout units to the page's units (points
 * on paper, pixels in a picture). After drawing it checks that every base-map tile could be read, and fails the write
 * if not, so that no page with holes in its map is handed out. Used on the writer's thread, and for a raster by the
 * threads drawing its parts ({@link #inParts}): the slide is then composed once, before they start.
 */
final class SlideArt implements PageArt {
    /** Makes the slide when the page is drawn (so a long briefing holds one slide's features at a time). */
    @FunctionalInterface
    interface Source {
        ComposedSlide compose() throws IOException;
    }

    private final Source source;
    private final SlideComposer composer;
    private final boolean sprites;

    SlideArt(Source source, SlideComposer composer, boolean sprites) {
        this.source = source;
        this.composer = composer;
        this.sprites = sprites;
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        draw(compose(), g, width, height);
    }

    /** The slide composed once (its backdrop, if any, brought up to date), to be painted by several threads at once. */
    @Override
    public PageArt inParts() {
        ComposedSlide slide = compose().readyForParts();
        return (g, width, height) -> draw(slide, g, width, height);
    }

    private ComposedSlide compose() {
        try {
            return source.compose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(ComposedSlide slide, Graphics2D g, double width, double height) {
        SlideLayout layout = slide.layout();
        Graphics2D page = (Graphics2D) g.create();
        try {
            page.scale(width / layout.width(), height / layout.height());
            slide.paint(page, sprites && width == layout.width() && height == layout.height());
        } finally {
            page.dispose();
        }
        TileSourceException failure = composer.tileFailure();
        if (failure != null) {
            throw new UncheckedIOException(new IOException("the base map could not be drawn: " + failure.getMessage()));
        }
    }
}
