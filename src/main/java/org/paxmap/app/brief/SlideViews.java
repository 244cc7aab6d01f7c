package org.paxmap.app.brief;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.app.map.MapView;
import org.paxmap.app.review.ReviewModel;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.brief.TimeWindow;
import org.paxmap.model.Layer;
import org.paxmap.render.MapViewState;
import org.paxmap.review.PictureFilter;
import org.paxmap.tiles.MapFolder;

/**
 * Between the window and a slide: the current view captured as a slide (extent and zoom, base map, visible layers,
 * the review's filter and time window) and a slide shown in the window. FX-thread only.
 */
final class SlideViews {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm'Z'", Locale.ROOT);

    private SlideViews() {}

    /**
     * The view {@code map} shows with {@code review}'s filter, titled {@code title}, at {@code time} (or, when that is
     * {@code null}, the review's time window as a fixed window; no window when the review has none).
     */
    static Slide capture(String title, MapView map, ReviewModel review, TimeWindow time) {
        MapViewState s = map.state();
        Envelope box = s.viewportEnvelope();
        double south = Math.max(-SlideView.MAX_LAT, box.getMinY());
        double north = Math.min(SlideView.MAX_LAT, box.getMaxY());
        SlideView view = new SlideView(
                box.getMinX(), south, box.getMaxX(), north, Math.max(0, Math.min(SlideView.MAX_ZOOM, s.zoom())));
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (Layer layer : Layer.values()) {
            if (map.layerVisibleProperty(layer).get()) {
                layers.add(layer);
            }
        }
        PictureFilter filter = review.filter();
        return new Slide(
                UUID.randomUUID(),
                title,
                "",
                0,
                view,
                baseMapName(map.tileSetFileProperty().get()),
                layers,
                filter,
                false,
                time != null ? time : reviewWindow(review));
    }

    /** The review's time window as a fixed window, or none when it has no window (or an open end). */
    static TimeWindow reviewWindow(ReviewModel review) {
        PictureFilter filter = review.filter();
        return filter.from() != null && filter.to() != null
                ? TimeWindow.fixed(filter.from(), filter.to())
                : TimeWindow.none();
    }

    /** A base map's file name as a slide keeps it: {@code null} for none or the bundled base map. */
    static String baseMapName(Path file) {
        if (file == null || file.getFileName() == null) {
            return null;
        }
        String name = file.getFileName().toString();
        return name.equals(MapFolder.BASE_MAP) ? null : name;
    }

    /**
     * Shows {@code slide} in the window: the map fits its extent (up to the zoom it was captured at) and shows its
     * layers, and the review takes {@code effective} (the slide's filter with its window resolved).
     */
    static void show(Slide slide, PictureFilter effective, MapView map, ReviewModel review) {
        SlideView v = slide.view();
        map.state().fit(new Envelope(v.west(), v.east(), v.south(), v.north()), 0, v.zoom());
        map.markDirty();
        for (Layer layer : Layer.values()) {
            map.layerVisibleProperty(layer).set(slide.layers().contains(layer));
        }
        if (effective != null) {
            review.setFilter(effective);
        }
    }

    /** A slide's time window in words, e.g. {@code 1 Sep 2026 – 14 Sep 2026}, {@code last 7 days}, {@code all times}. */
    static String describe(TimeWindow time) {
        switch (time.kind()) {
            case FIXED:
                return describe(time.from(), time.to());
            case LAST_DAYS:
                return "last " + time.days() + (time.days() == 1 ? " day" : " days") + " to the newest incident";
            default:
                return "all times";
        }
    }

    /** A window {@code [from, to)} in words: whole UTC days as their first and last day, else to the minute. */
    static String describe(Instant from, Instant to) {
        if (midnight(from) && midnight(to)) {
            Instant last = to.minusSeconds(86_400);
            String a = DAY.format(from.atOffset(ZoneOffset.UTC));
            String b = DAY.format(last.atOffset(ZoneOffset.UTC));
            return a.equals(b) ? a : a + " – " + b;
        }
        return MINUTE.format(from.atOffset(ZoneOffset.UTC)) + " – " + MINUTE.format(to.atOffset(ZoneOffset.UTC));
    }

    private static boolean midnight(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT);
    }
}
