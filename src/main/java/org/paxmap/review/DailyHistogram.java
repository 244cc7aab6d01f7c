package org.paxmap.review;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Incidents per UTC day for the timeline: {@code counts[d]} incidents occurred on day {@code firstDay + d}. Spans the
 * picture's incidents from the first day to the last (empty when the picture has none), whatever the filter. An
 * immutable value.
 */
public final class DailyHistogram {
    private final LocalDate firstDay;
    private final int[] counts;

    DailyHistogram(LocalDate firstDay, int[] counts) {
        this.firstDay = firstDay;
        this.counts = counts.clone();
    }

    /** The first day, or {@code null} when the histogram is empty. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The number of days. */
    public int days() {
        return counts.length;
    }

    /** The count on day {@code firstDay + index}. */
    public int count(int index) {
        return counts[index];
    }

    /** The count on {@code day}, 0 outside the span. */
    public int count(LocalDate day) {
        if (firstDay == null) {
            return 0;
        }
        long index = day.toEpochDay() - firstDay.toEpochDay();
        return index < 0 || index >= counts.length ? 0 : counts[(int) index];
    }

    /** Every count, copied. */
    public int[] counts() {
        return counts.clone();
    }

    /** The highest daily count (for scaling bars), 0 when empty. */
    public int max() {
        return Arrays.stream(counts).max().orElse(0);
    }
}
