package org.paxmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.geo.WebMercator;

class MapViewStateTest {
    private static final double PIXEL = 1e-6;

    @Test
    void the_centre_of_the_viewport_is_the_centre_position() {
        MapViewState state = new MapViewState(35.5, 33.2, 9.5, 800, 600);
        assertEquals(400, state.screenX(35.5), PIXEL);
        assertEquals(300, state.screenY(33.2), PIXEL);
        assertEquals(35.5, state.lonAt(400), 1e-9);
        assertEquals(33.2, state.latAt(300), 1e-9);
    }

    @Test
    void dragging_right_and_down_shows_what_lies_west_and_north() {
        MapViewState state = new MapViewState(35.5, 33.2, 8, 800, 600);
        state.panBy(100, 50);
        assertTrue(state.centreLon() < 35.5);
        assertTrue(state.centreLat() > 33.2);
        // the point that was at the centre moved with the drag
        assertEquals(500, state.screenX(35.5), 1e-6);
        assertEquals(350, state.screenY(33.2), 1e-6);
    }

    @Test
    void zooming_about_a_point_keeps_that_point_under_the_cursor() {
        MapViewState state = new MapViewState(35.5, 33.2, 7.3, 800, 600);
        double lon = state.lonAt(620);
        double lat = state.latAt(130);
        state.zoomAbout(620, 130, 11.75);
        assertEquals(11.75, state.zoom(), 0);
        assertEquals(620, state.screenX(lon), 1e-6);
        assertEquals(130, state.screenY(lat), 1e-6);
    }

    @Test
    void zoom_stays_between_0_and_20() {
        MapViewState state = new MapViewState(0, 0, 25, 800, 600);
        assertEquals(20, state.zoom());
        state.setZoom(-3);
        assertEquals(0, state.zoom());
        state.zoomAbout(10, 10, Double.NaN);
        assertEquals(0, state.zoom());
    }

    @Test
    void the_centre_stays_inside_the_mercator_world() {
        MapViewState state = new MapViewState(0, 89.9, 3, 800, 600);
        assertEquals(WebMercator.MAX_LATITUDE, state.centreLat(), 1e-9);
        state.panBy(0, 1e7);
        assertEquals(WebMercator.MAX_LATITUDE, state.centreLat(), 1e-9);
        state.panBy(-1e9, -1e9);
        assertEquals(180, state.centreLon(), 1e-9);
        assertEquals(-WebMercator.MAX_LATITUDE, state.centreLat(), 1e-9);
    }

    @Test
    void fitting_an_envelope_shows_all_of_it_at_the_highest_zoom_that_fits() {
        MapViewState state = new MapViewState(0, 0, 2, 1000, 700);
        Envelope box = new Envelope(35.1, 36.0, 33.0, 33.4);
        state.fit(box, 20, 18);
        assertTrue(state.screenX(35.1) >= 20 - PIXEL && state.screenX(36.0) <= 980 + PIXEL);
        assertTrue(state.screenY(33.4) >= 20 - PIXEL && state.screenY(33.0) <= 680 + PIXEL);
        // tight along one axis: zooming in a little more would not fit
        double spanX = state.screenX(36.0) - state.screenX(35.1);
        double spanY = state.screenY(33.0) - state.screenY(33.4);
        assertTrue(Math.abs(spanX - 960) < 1e-6 || Math.abs(spanY - 660) < 1e-6, spanX + " x " + spanY);
        assertEquals(35.55, state.centreLon(), 1e-9);
    }

    @Test
    void fitting_a_point_zooms_to_the_given_limit_and_an_empty_box_changes_nothing() {
        MapViewState state = new MapViewState(0, 0, 2, 1000, 700);
        state.fit(new Envelope(35.5, 35.5, 33.2, 33.2), 20, 14);
        assertEquals(14, state.zoom());
        assertEquals(35.5, state.centreLon(), 1e-9);
        MapViewState before = state.copy();
        state.fit(new Envelope(), 20, 14);
        assertTrue(state.sameViewAs(before));
    }

    @Test
    void the_viewport_envelope_is_what_the_corners_show() {
        MapViewState state = new MapViewState(35.5, 33.2, 10, 800, 600);
        Envelope box = state.viewportEnvelope();
        assertEquals(state.lonAt(0), box.getMinX(), 1e-12);
        assertEquals(state.lonAt(800), box.getMaxX(), 1e-12);
        assertEquals(state.latAt(0), box.getMaxY(), 1e-12);
        assertEquals(state.latAt(600), box.getMinY(), 1e-12);
        assertTrue(box.contains(35.5, 33.2));
    }

    @Test
    void world_pixel_edges_match_web_mercator_at_any_zoom() {
        MapViewState state = new MapViewState(35.5, 33.2, 9.4, 800, 600);
        assertEquals(WebMercator.x(state.lonAt(0), 9), state.leftWorldX(9), 1e-6);
        assertEquals(WebMercator.y(state.latAt(0), 10), state.topWorldY(10), 1e-6);
    }
}
