package org.paxmap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class PageRasterTest {
    /** The same art, drawn whole or offered for drawing in parts, recording the threads that drew it. */
    private static PageArt art(PageArt page, boolean inParts, Set<Thread> drawers) {
        PageArt recording = (g, w, h) -> {
            drawers.add(Thread.currentThread());
            page.draw(g, w, h);
        };
        return new PageArt() {
            @Override
            public void draw(Graphics2D g, double width, double height) {
                recording.draw(g, width, height);
            }

            @Override
            public PageArt inParts() {
                return inParts ? recording : null;
            }
        };
    }

    @Test
    void a_page_drawn_in_two_halves_at_once_looks_like_the_page_drawn_whole() {
        PageArt page = TestSlides.slide("Halves 0600Z", TestSlides.basemapTiles(0, 40));
        PaperSize paper = PaperSize.A4_LANDSCAPE;
        Set<Thread> wholeDrawers = ConcurrentHashMap.newKeySet();
        Set<Thread> partDrawers = ConcurrentHashMap.newKeySet();
        BufferedImage whole = PageRaster.render(
                art(page, false, wholeDrawers),
                paper.widthPoints(),
                paper.heightPoints(),
                paper.pixelWidth(150),
                paper.pixelHeight(150));
        BufferedImage halves = PageRaster.render(
                art(page, true, partDrawers),
                paper.widthPoints(),
                paper.heightPoints(),
                paper.pixelWidth(150),
                paper.pixelHeight(150));

        assertEquals(Set.of(Thread.currentThread()), wholeDrawers, "drawn whole by the caller");
        assertEquals(2, partDrawers.size(), "drawn by two threads");
        assertTrue(partDrawers.contains(Thread.currentThread()), "one of them the caller");
        int[] a = whole.getRGB(0, 0, whole.getWidth(), whole.getHeight(), null, 0, whole.getWidth());
        int[] b = halves.getRGB(0, 0, halves.getWidth(), halves.getHeight(), null, 0, halves.getWidth());
        int differ = 0;
        int most = 0;
        for (int i = 0; i < a.length; i++) {
            int d = channelDifference(a[i], b[i]);
            differ += d == 0 ? 0 : 1;
            most = Math.max(most, d);
        }
        // Marlin clips a curve before flattening it, so a curve's antialiased edge can differ by a few levels where
        // the part's clip cut it (measured: 0.08% of the pixels, by up to 22 of 255); a missing, doubled or shifted
        // shape would differ far more
        assertTrue(differ < a.length / 200, differ + " of " + a.length + " pixels differ");
        assertTrue(most <= 32, "no pixel differs by more than an edge's coverage: " + most);
    }

    private static int channelDifference(int p, int q) {
        int most = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            most = Math.max(most, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
        }
        return most;
    }

    @Test
    void a_small_raster_is_drawn_whole_on_the_calling_thread() {
        Set<Thread> drawers = ConcurrentHashMap.newKeySet();
        PageRaster.render(art(TestSlides.slide("Small", List.of()), true, drawers), 800, 600, 800, 600);
        assertEquals(Set.of(Thread.currentThread()), drawers);
    }

    @Test
    void a_failure_in_the_bottom_half_is_the_callers() {
        PageArt failsBelow = (g, w, h) -> {
            if (g.getClipBounds().getY() > 0) {
                throw new IllegalStateException("the base map could not be drawn: tile 12/2400/1600 is corrupt");
            }
        };
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> PageRaster.render(art(failsBelow, true, ConcurrentHashMap.newKeySet()), 100, 100, 2000, 2000));
        assertEquals("the base map could not be drawn: tile 12/2400/1600 is corrupt", e.getMessage());
    }
}
