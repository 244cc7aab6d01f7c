package org.paxmap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

class FrameDrawerTest {
    @Test
    void frames_are_drawn_in_order_one_ahead_on_a_thread_of_their_own() throws Exception {
        List<Integer> asked = new CopyOnWriteArrayList<>();
        List<Thread> drawers = new CopyOnWriteArrayList<>();
        try (FrameDrawer drawer = new FrameDrawer(
                i -> {
                    asked.add(i);
                    drawers.add(Thread.currentThread());
                    // frame i is grey level 40 i, all over
                    return (g, w, h) -> {
                        g.setColor(new Color(40 * i, 40 * i, 40 * i));
                        g.fillRect(0, 0, (int) w, (int) h);
                    };
                },
                4,
                64,
                48,
                64,
                48)) {
            for (int i = 0; i < 4; i++) {
                Picture p = drawer.next();
                assertEquals(ColorSpace.RGB, p.getColor());
                assertEquals(64, p.getWidth());
                // jcodec's RGB planes hold each value less 128
                assertEquals(40 * i - 128, p.getPlaneData(0)[3 * (64 * 20 + 30)], "frame " + i + "'s own pixels");
            }
            assertThrows(IllegalStateException.class, drawer::next, "no fifth frame");
        }
        assertEquals(List.of(0, 1, 2, 3), asked);
        assertEquals(1, drawers.stream().distinct().count(), "one drawing thread");
        assertNotEquals(Thread.currentThread(), drawers.get(0));
    }

    @Test
    void a_frame_that_fails_to_draw_fails_the_encoder_with_its_own_exception_and_drawing_stops() throws Exception {
        List<Integer> asked = new CopyOnWriteArrayList<>();
        FrameDrawer drawer = new FrameDrawer(
                i -> {
                    asked.add(i);
                    return (g, w, h) -> {
                        if (i == 1) {
                            throw new IllegalStateException("the base map could not be drawn: tile 9/300/200");
                        }
                    };
                },
                10,
                32,
                32,
                32,
                32);
        drawer.next();
        IllegalStateException e = assertThrows(IllegalStateException.class, drawer::next);
        assertEquals("the base map could not be drawn: tile 9/300/200", e.getMessage());
        drawer.close();
        assertTrue(asked.size() <= 2, "no frame drawn after the failure: " + asked);
    }
}
