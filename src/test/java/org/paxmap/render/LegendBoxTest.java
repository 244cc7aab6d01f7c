package org.paxmap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paxmap.model.EventType;

class LegendBoxTest {
    private static final Rectangle2D MAP = new Rectangle2D.Double(10.5, 60.25, 1200, 700);

    private static List<LegendEntry> entries(int battles, int routes) {
        return List.of(
                new LegendEntry(LegendEntry.Symbol.INCIDENT_TYPE, EventType.BATTLES, 2, "Battles", battles),
                new LegendEntry(LegendEntry.Symbol.SEVERITY, null, 3, "Critical severity", 7),
                new LegendEntry(LegendEntry.Symbol.ZONE, null, 1, "Moderate threat zone", 12),
                new LegendEntry(LegendEntry.Symbol.ROUTE, null, 0, "Patrol route", routes));
    }

    private static BufferedImage draw(List<LegendEntry> entries, boolean screen) {
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x4a, 0x90, 0x60)); // a map under the translucent panel
        g.fillRect(0, 0, 1280, 800);
        LegendBox.draw(g, MAP, entries, 1.0, screen);
        g.dispose();
        return image;
    }

    // Pixels differing by more than a few levels: the kept panel is the vector panel composited in two steps, so
    // rounding may differ by a level or two.
    private static int differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > 3) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void on_a_screen_the_kept_panel_with_this_frames_counts_looks_like_the_panel_drawn_as_vectors() {
        // the first frame keeps the panel; the next, with other counts of the same digits, copies it
        draw(entries(155, 12), true);
        BufferedImage kept = draw(entries(298, 31), true);
        BufferedImage vectors = draw(entries(298, 31), false);
        BufferedImage stale = draw(entries(155, 12), false);

        int keptDiffers = differing(kept, vectors);
        assertTrue(keptDiffers < 20, keptDiffers + " pixels differ from the vector legend");
        assertTrue(differing(stale, vectors) > 50, "the counts are this frame's, not the kept frame's");
    }

    @Test
    void counts_with_more_digits_widen_the_panel_as_on_paper() {
        draw(entries(155, 12), true);
        BufferedImage kept = draw(entries(15500, 12), true);
        BufferedImage vectors = draw(entries(15500, 12), false);
        int keptDiffers = differing(kept, vectors);
        assertTrue(keptDiffers < 20, keptDiffers + " pixels differ from the vector legend");
    }
}
