package org.paxmap.brief.present;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paxmap.brief.TimeWindow;

/**
 * Time played through a picture: from {@code start} to {@code end} in steps of {@code step}, showing at each step
 * either a sliding window of {@code window} ending at the step (what happened in the last N days) or, with no window,
 * everything since {@code start} (cumulative). Immutable.
 *
 * @param start the first moment shown
 * @param end the last moment shown
 * @param step how far each step moves on
 * @param window the sliding window's length, or {@code null} for cumulative
 */
public record Playback(Instant start, Instant end, Duration step, Duration window) {
    /** The most steps a playback may have (a day a step over 27 years). */
    public static final int MAX_STEPS = 10_000;

    /** Checks the span and the step. */
    public Playback {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a playback needs an end after its start, not " + start + " to " + end);
        }
        if (step == null || step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("a playback step must be positive, not " + step);
        }
        if (window != null && (window.isNegative() || window.isZero())) {
            throw new IllegalArgumentException("a playback window must be positive, not " + window);
        }
        if (Duration.between(start, end).dividedBy(step) >= MAX_STEPS) {
            throw new IllegalArgumentException("a playback of more than " + MAX_STEPS + " steps; take a longer step");
        }
    }

    /** A playback of {@code steps} equal steps over {@code start} to {@code end}. */
    public static Playback ofSteps(Instant start, Instant end, int steps, Duration window) {
        if (steps < 1) {
            throw new IllegalArgumentException("a playback needs at least one step, not " + steps);
        }
        Duration span = Duration.between(start, end);
        return new Playback(
                start, end, span.dividedBy(steps).isZero() ? Duration.ofMillis(1) : span.dividedBy(steps), window);
    }

    /** The windows shown, one per step: the first ends one step after the start, the last at the end. */
    public List<TimeWindow.Period> windows() {
        List<TimeWindow.Period> out = new ArrayList<>();
        for (Instant at = start.plus(step); ; at = at.plus(step)) {
            Instant to = at.isAfter(end) ? end : at;
            Instant from = window == null ? start : to.minus(window);
            out.add(new TimeWindow.Period(from, to));
            if (!to.isBefore(end)) {
                return out;
            }
        }
    }
}
