package org.paxmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.model.TimePrecision;

class SlideRowTextTest {
    private static final MapFeature SYMBOL = new MapFeature(Layer.INCIDENTS, 1, null, "armed_clash", 2);

    // what SQLite makes of SlideRowText.sql for one row: label parts by char(31), the five values by char(30)
    private static String row(String origin, String start, String end, String precision) {
        return String.join("\u001e", "NATO\u001fSECRET\u001fFRA,DEU\u001f\u001fFRA", origin, start, end, precision);
    }

    @Test
    void reads_label_origin_times_and_precision_and_gives_equal_origins_as_one_instance() {
        SlideRowText text = new SlideRowText();
        SlideFeature first = text.read(row(new String("node-a"), "2026-09-01T10:00:00.000Z", "", "day"), SYMBOL);
        SlideFeature second = text.read(row(new String("node-a"), "2026-09-02T10:00:00.000Z", "", "day"), SYMBOL);
        assertEquals(new ReleaseLabel("NATO", "SECRET", List.of("FRA", "DEU"), List.of(), "FRA"), first.label());
        assertEquals("node-a", first.origin());
        assertSame(first.origin(), second.origin(), "one instance for the same origin");
        assertEquals(Instant.parse("2026-09-01T10:00:00Z"), first.start());
        assertNull(first.end(), "an empty end is none");
        assertEquals(TimePrecision.parse("day"), first.precision());
        SlideFeature zone =
                text.read(row("node-b", "2026-09-01T10:00:00.000Z", "2026-09-03T00:00:00.000Z", ""), SYMBOL);
        assertEquals(Instant.parse("2026-09-03T00:00:00Z"), zone.end());
        assertNull(zone.precision(), "an empty precision is none");
    }

    @Test
    void a_damaged_row_is_refused_not_misread() {
        SlideRowText text = new SlideRowText();
        assertThrows(IllegalArgumentException.class, () -> text.read("NATO\u001eorigin", SYMBOL));
        assertThrows(
                IllegalArgumentException.class,
                () -> text.read(row("a", "2026-09-01T10:00:00.000Z", "", "day") + "\u001eextra", SYMBOL));
        assertThrows(DateTimeParseException.class, () -> text.read(row("a", "yesterday", "", "day"), SYMBOL));
    }
}
