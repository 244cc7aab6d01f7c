package org.paxmap.brief;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The time window a slide shows: none (all times), fixed ({@code [from, to)}), or relative — the last {@code days}
 * UTC days up to and including the day of the picture's newest incident, so a briefing made last week shows this
 * week's picture. Immutable.
 *
 * @param kind which of the three
 * @param from the fixed window's inclusive start; {@code null} otherwise
 * @param to the fixed window's exclusive end; {@code null} otherwise
 * @param days the relative window's length in days (at least 1); 0 otherwise
 */
public record TimeWindow(Kind kind, Instant from, Instant to, int days) {
    /** The longest relative window: about ten years. */
    public static final int MAX_DAYS = 3660;

    /** The three kinds of window. */
    public enum Kind {
        /** Every time. */
        NONE,
        /** A fixed period. */
        FIXED,
        /** The last N days up to the picture's newest incident. */
        LAST_DAYS
    }

    /** A resolved window {@code [from, to)}; either end {@code null} when open. */
    public record Period(Instant from, Instant to) {}

    /** Checks that the fields fit the kind. */
    public TimeWindow {
        Objects.requireNonNull(kind, "kind");
        boolean fixed = kind == Kind.FIXED;
        if (fixed != (from != null) || fixed != (to != null)) {
            throw new IllegalArgumentException("a fixed window has both 'from' and 'to', the others neither");
        }
        if (fixed && !to.isAfter(from)) {
            throw new IllegalArgumentException("the window's end " + to + " is not after its start " + from);
        }
        if (kind == Kind.LAST_DAYS ? days < 1 || days > MAX_DAYS : days != 0) {
            throw new IllegalArgumentException(
                    "a relative window is 1 to " + MAX_DAYS + " days long, the others have no days; got " + days);
        }
    }

    /** No window: every time. */
    public static TimeWindow none() {
        return new TimeWindow(Kind.NONE, null, null, 0);
    }

    /** The fixed window {@code [from, to)}. */
    public static TimeWindow fixed(Instant from, Instant to) {
        return new TimeWindow(Kind.FIXED, from, to, 0);
    }

    /** The last {@code days} days up to the picture's newest incident. */
    public static TimeWindow lastDays(int days) {
        return new TimeWindow(Kind.LAST_DAYS, null, null, days);
    }

    /**
     * The concrete window. A relative one ends at the start of the UTC day after {@code newest}'s and starts {@code
     * days} days before that, so it holds {@code newest}.
     *
     * @param newest the time of the picture's newest incident, or, when it has none, the time to count back from
     *     (e.g. now); used only by a relative window
     */
    public Period resolve(Instant newest) {
        switch (kind) {
            case FIXED:
                return new Period(from, to);
            case LAST_DAYS:
                Instant end = Objects.requireNonNull(newest, "newest")
                        .atOffset(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.DAYS)
                        .plusDays(1)
                        .toInstant();
                return new Period(end.minus(Duration.ofDays(days)), end);
            default:
                return new Period(null, null);
        }
    }

    /** In words, e.g. {@code all times}, {@code 2026-11-01T00:00:00Z to 2026-11-08T00:00:00Z}, {@code last 7 days}. */
    public String describe() {
        switch (kind) {
            case FIXED:
                return from + " to " + to;
            case LAST_DAYS:
                return "last " + days + (days == 1 ? " day" : " days") + " up to the newest incident";
            default:
                return "all times";
        }
    }
}
