package org.paxmap.brief;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.paxmap.model.Layer;
import org.paxmap.review.PictureFilter;

/**
 * One slide of a briefing: what the map shows and what the presenter says. Immutable; the {@code with…} methods
 * return changed copies.
 *
 * @param id the slide's id, unique in the picture
 * @param title the slide's title (may be empty, never {@code null})
 * @param notes the speaker's notes (may be empty, never {@code null})
 * @param holdSeconds how long playback holds the slide, 0 to {@value #MAX_HOLD_SECONDS}; 0 = until the presenter
 *     moves on
 * @param view where the map looks
 * @param baseMap the tile set's file name in the {@code maps/} folder, or {@code null} for the default base map
 * @param layers the feature layers shown
 * @param filter the review filter, without a time window (the slide's {@code time} is the window)
 * @param grid whether the MGRS grid is drawn
 * @param time the time window
 */
public record Slide(
        UUID id,
        String title,
        String notes,
        int holdSeconds,
        SlideView view,
        String baseMap,
        Set<Layer> layers,
        PictureFilter filter,
        boolean grid,
        TimeWindow time) {
    /** The longest hold: one hour. */
    public static final int MAX_HOLD_SECONDS = 3600;

    /** Checks the fields; drops a time window from the filter (the slide's window replaces it). */
    public Slide {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title.strip();
        notes = notes == null ? "" : notes;
        if (holdSeconds < 0 || holdSeconds > MAX_HOLD_SECONDS) {
            throw new IllegalArgumentException(
                    "the hold time " + holdSeconds + " s is outside 0 to " + MAX_HOLD_SECONDS + " s");
        }
        Objects.requireNonNull(view, "view");
        if (baseMap != null && (baseMap.isBlank() || baseMap.contains("/") || baseMap.contains("\\"))) {
            throw new IllegalArgumentException("the base map '" + baseMap + "' is not a file name in maps/");
        }
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        filter = Objects.requireNonNull(filter, "filter").withoutTime();
        Objects.requireNonNull(time, "time");
    }

    /** A new slide of this view showing everything: every layer, no filter, no grid, no window, no hold. */
    public static Slide of(String title, SlideView view) {
        return new Slide(
                UUID.randomUUID(),
                title,
                "",
                0,
                view,
                null,
                EnumSet.allOf(Layer.class),
                PictureFilter.all(),
                false,
                TimeWindow.none());
    }

    /** This slide under a new id (a duplicate). */
    public Slide withId(UUID newId) {
        return new Slide(newId, title, notes, holdSeconds, view, baseMap, layers, filter, grid, time);
    }

    /** This slide with another title. */
    public Slide withTitle(String newTitle) {
        return new Slide(id, newTitle, notes, holdSeconds, view, baseMap, layers, filter, grid, time);
    }

    /** This slide with other notes. */
    public Slide withNotes(String newNotes) {
        return new Slide(id, title, newNotes, holdSeconds, view, baseMap, layers, filter, grid, time);
    }

    /** This slide with another hold time. */
    public Slide withHoldSeconds(int seconds) {
        return new Slide(id, title, notes, seconds, view, baseMap, layers, filter, grid, time);
    }

    /** This slide looking elsewhere. */
    public Slide withView(SlideView newView) {
        return new Slide(id, title, notes, holdSeconds, newView, baseMap, layers, filter, grid, time);
    }

    /** This slide on another base map ({@code null} for the default). */
    public Slide withBaseMap(String fileName) {
        return new Slide(id, title, notes, holdSeconds, view, fileName, layers, filter, grid, time);
    }

    /** This slide showing other layers. */
    public Slide withLayers(Set<Layer> newLayers) {
        return new Slide(id, title, notes, holdSeconds, view, baseMap, newLayers, filter, grid, time);
    }

    /** This slide with another review filter (its time window is dropped). */
    public Slide withFilter(PictureFilter newFilter) {
        return new Slide(id, title, notes, holdSeconds, view, baseMap, layers, newFilter, grid, time);
    }

    /** This slide with the grid on or off. */
    public Slide withGrid(boolean on) {
        return new Slide(id, title, notes, holdSeconds, view, baseMap, layers, filter, on, time);
    }

    /** This slide with another time window. */
    public Slide withTime(TimeWindow window) {
        return new Slide(id, title, notes, holdSeconds, view, baseMap, layers, filter, grid, window);
    }

    /**
     * The filter the slide shows the picture through: its review filter with its time window resolved.
     *
     * @param newest the picture's newest incident time (or now, if it has none); see {@link TimeWindow#resolve}
     */
    public PictureFilter effectiveFilter(java.time.Instant newest) {
        TimeWindow.Period period = time.resolve(newest);
        return filter.withTime(period.from(), period.to());
    }
}
