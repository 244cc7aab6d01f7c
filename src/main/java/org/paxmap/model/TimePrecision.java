package org.paxmap.model;

/** How precisely an incident's time is known, as ACLED codes it: the exact time, the day, or only the week. Ordered from least to most; the order is meaningful. */
public enum TimePrecision {
    EXACT,
    DAY,
    WEEK;

    private static final long DAY_MILLIS = 86_400_000L;

    /**
     * The first instant (epoch milliseconds) an incident recorded at {@code occurredAtMillis} with this precision may
     * have happened: the instant itself if exact, else the start of its UTC day.
     */
    public long spanStart(long occurredAtMillis) {
        return this == EXACT ? occurredAtMillis : Math.floorDiv(occurredAtMillis, DAY_MILLIS) * DAY_MILLIS;
    }

    /**
     * The end (exclusive, epoch milliseconds) of when such an incident may have happened: one millisecond after it if
     * exact, else the end of its UTC day, or of the seven days from the start of that day for a week.
     */
    public long spanEnd(long occurredAtMillis) {
        return switch (this) {
            case EXACT -> occurredAtMillis + 1;
            case DAY -> spanStart(occurredAtMillis) + DAY_MILLIS;
            case WEEK -> spanStart(occurredAtMillis) + 7 * DAY_MILLIS;
        };
    }

    /**
     * Whether such an incident may have happened in the window {@code [from, to)} (epoch milliseconds): its span
     * overlaps the window — the rule of every time filter, so that an incident known to the week is in a window of
     * any day of that week, never at a false point.
     */
    public boolean overlaps(long occurredAtMillis, long from, long to) {
        return spanStart(occurredAtMillis) < to && spanEnd(occurredAtMillis) > from;
    }

    /** The stable code stored in the picture and in bundles (the name in lower case). */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code case-insensitively, or throws naming the unknown value and the known ones. */
    public static TimePrecision parse(String code) {
        return Codes.parse(TimePrecision.class, "time precision", code);
    }
}
