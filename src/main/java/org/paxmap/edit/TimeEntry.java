package org.paxmap.edit;

import java.time.Instant;
import java.util.Map;
import org.paxmap.geojson.ContentLimits;
import org.paxmap.model.DateTimeGroup;

/**
 * A time field's value as entered: date-time-group text, or an instant picked in a calendar, or nothing. Immutable.
 *
 * @param text the date-time group typed, or {@code null}
 * @param instant the instant picked, or {@code null}
 */
record TimeEntry(String text, Instant instant) {
    static final TimeEntry EMPTY = new TimeEntry(null, null);

    static TimeEntry of(Instant instant) {
        return new TimeEntry(null, instant);
    }

    static TimeEntry of(String text) {
        return new TimeEntry(text, null);
    }

    boolean isEmpty() {
        return instant == null && (text == null || text.isBlank());
    }

    /**
     * The instant, or {@code null} after putting the field's problem into {@code problems}: {@code missing} when
     * empty, the date-time group's refusal when the text cannot be read.
     */
    Instant resolve(String field, String missing, Map<String, String> problems) {
        if (instant != null) {
            return inRange(instant, field, problems);
        }
        if (text == null || text.isBlank()) {
            if (missing != null) {
                problems.put(field, missing);
            }
            return null;
        }
        try {
            return inRange(DateTimeGroup.parse(text).instant(), field, problems);
        } catch (IllegalArgumentException e) {
            String prefix = "cannot read '" + text.strip() + "' as a date-time group: ";
            problems.put(field, e.getMessage().startsWith("cannot read") ? e.getMessage() : prefix + e.getMessage());
            return null;
        }
    }

    /** {@code time}, or null with a problem if it lies outside the times a picture holds (1900–2200). */
    private static Instant inRange(Instant time, String field, Map<String, String> problems) {
        if (ContentLimits.holds(time)) {
            return time;
        }
        problems.put(
                field,
                time + " is outside the times a picture holds (" + ContentLimits.EARLIEST + " to "
                        + ContentLimits.LATEST + ")");
        return null;
    }
}
