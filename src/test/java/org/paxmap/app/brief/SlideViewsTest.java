package org.paxmap.app.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paxmap.brief.TimeWindow;

/** A slide's time window in words, and the base map's name a slide keeps. */
class SlideViewsTest {
    @Test
    void whole_days_read_as_their_first_and_last_day() {
        assertEquals("1 Sep 2026 – 14 Sep 2026", words("2026-09-01T00:00:00Z", "2026-09-15T00:00:00Z"));
        assertEquals("3 Oct 2026", words("2026-10-03T00:00:00Z", "2026-10-04T00:00:00Z"));
    }

    @Test
    void other_windows_read_to_the_minute_and_relative_ones_in_days() {
        assertEquals("1 Sep 2026 06:30Z – 1 Sep 2026 18:00Z", words("2026-09-01T06:30:00Z", "2026-09-01T18:00:00Z"));
        assertEquals("last 1 day to the newest incident", SlideViews.describe(TimeWindow.lastDays(1)));
        assertEquals("last 7 days to the newest incident", SlideViews.describe(TimeWindow.lastDays(7)));
        assertEquals("all times", SlideViews.describe(TimeWindow.none()));
    }

    private static String words(String from, String to) {
        return SlideViews.describe(TimeWindow.fixed(Instant.parse(from), Instant.parse(to)));
    }

    @Test
    void the_bundled_base_map_is_kept_as_null_and_others_by_file_name() {
        assertNull(SlideViews.baseMapName(null));
        assertNull(SlideViews.baseMapName(Path.of("/opt/paxmap/maps/basemap.mbtiles")));
        assertEquals("lebanon-osm.mbtiles", SlideViews.baseMapName(Path.of("/opt/paxmap/maps/lebanon-osm.mbtiles")));
    }
}
