package org.paxmap.brief.present;

import java.time.Duration;
import java.time.Instant;
import org.paxmap.model.TimePrecision;
import org.paxmap.store.SlideFeature;

/**
 * When a feature is on the map, for a slide's time window and for playback. An incident whose time is known only to
 * the day or the week is on the map over that whole day or week ({@link TimePrecision#spanStart}, the rule of every
 * time filter), never at a false point; an exact one at its instant. A route over its planned period, a zone over its validity (open-ended when it
 * has no end). Stateless; any thread.
 */
final class FeatureTimes {
    /** No end: a zone valid until further notice. */
    static final long OPEN = Long.MAX_VALUE;

    /** The longest an incident is on the map: a week, for one known only to the week (milliseconds). */
    static final long LONGEST_INCIDENT = Duration.ofDays(7).toMillis();

    private FeatureTimes() {}

    /** The start of {@code f}'s time on the map, in epoch milliseconds. */
    static long start(SlideFeature f) {
        long t = f.start().toEpochMilli();
        return f.precision() != null ? f.precision().spanStart(t) : t;
    }

    /**
     * The end of {@code f}'s time on the map, in epoch milliseconds, exclusive for an uncertain incident's span and
     * for a window; equal to {@link #start} for an exact incident; {@link #OPEN} for a zone without an end.
     */
    static long end(SlideFeature f) {
        if (f.precision() != null) {
            long t = f.start().toEpochMilli();
            return f.precision() == TimePrecision.EXACT ? t : f.precision().spanEnd(t);
        }
        return f.end() == null ? OPEN : f.end().toEpochMilli();
    }

    /**
     * Whether a feature on the map from {@code start} to {@code end} is in the window {@code from} (inclusive) to
     * {@code to} (exclusive); {@code null} bounds are open.
     */
    static boolean within(long start, long end, Instant from, Instant to) {
        long a = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long b = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        if (start == end) {
            return start >= a && start < b;
        }
        return start < b && end > a;
    }
}
