package org.paxmap.brief.present;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.PatrolRoute;
import org.paxmap.model.ThreatZone;

/**
 * When a feature is on the map, for a slide's time window and for playback. An incident whose time is known only to
 * the day or the week is on the map over that whole day or week (from the start of its UTC day), never at a false
 * point; an exact one at its instant. A route over its planned period, a zone over its validity (open-ended when it
 * has no end). Stateless; any thread.
 */
final class FeatureTimes {
    /** No end: a zone valid until further notice. */
    static final long OPEN = Long.MAX_VALUE;

    /** The longest an incident is on the map: a week, for one known only to the week (milliseconds). */
    static final long LONGEST_INCIDENT = Duration.ofDays(7).toMillis();

    private FeatureTimes() {}

    /** The start of {@code f}'s time on the map, in epoch milliseconds ({@link Long#MIN_VALUE}: always). */
    static long start(Feature f) {
        if (f instanceof Incident i) {
            return uncertain(i)
                    ? day(i.occurredAt()).toEpochMilli()
                    : i.occurredAt().toEpochMilli();
        }
        if (f instanceof PatrolRoute r) {
            return r.plannedStart().toEpochMilli();
        }
        return ((ThreatZone) f).validFrom().toEpochMilli();
    }

    /**
     * The end of {@code f}'s time on the map, in epoch milliseconds, exclusive for an uncertain incident's span and
     * for a window; equal to {@link #start} for an exact incident; {@link #OPEN} for a zone without an end.
     */
    static long end(Feature f) {
        if (f instanceof Incident i) {
            switch (i.timePrecision()) {
                case DAY:
                    return day(i.occurredAt()).plus(Duration.ofDays(1)).toEpochMilli();
                case WEEK:
                    return day(i.occurredAt()).plus(Duration.ofDays(7)).toEpochMilli();
                default:
                    return i.occurredAt().toEpochMilli();
            }
        }
        if (f instanceof PatrolRoute r) {
            return r.plannedEnd().toEpochMilli();
        }
        Instant until = ((ThreatZone) f).validUntil();
        return until == null ? OPEN : until.toEpochMilli();
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

    private static boolean uncertain(Incident i) {
        return i.timePrecision() != org.paxmap.model.TimePrecision.EXACT;
    }

    private static Instant day(Instant t) {
        return t.truncatedTo(ChronoUnit.DAYS);
    }
}
