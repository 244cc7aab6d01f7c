package org.paxmap.app.brief;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.paxmap.app.map.MapView;
import org.paxmap.app.review.ReviewModel;
import org.paxmap.brief.Slide;
import org.paxmap.brief.TimeWindow;
import org.paxmap.review.PictureFilter;
import org.paxmap.tiles.MapFolder;

/**
 * Shows a slide in the window: the map's extent and layers at once, then, read on the store thread, its filter with
 * the time window resolved and its base map, opened when the window shows another. Called on the FX thread.
 */
final class SlideOpener {
    private final MapView map;
    private final ReviewModel review;
    private final Consumer<Path> openMap;

    /** An opener over {@code map} and {@code review}; {@code openMap} opens a base map (reporting failures). */
    SlideOpener(MapView map, ReviewModel review, Consumer<Path> openMap) {
        this.map = map;
        this.review = review;
        this.openMap = openMap;
    }

    /** Shows {@code slide}, reading what the store must tell through {@code session}. */
    void show(Slide slide, BriefingSession session) {
        PictureFilter plain =
                slide.time().kind() == TimeWindow.Kind.LAST_DAYS ? null : slide.effectiveFilter(Instant.EPOCH);
        SlideViews.show(slide, plain, map, review);
        Path shown = map.tileSetFileProperty().get();
        session.run(
                "Showing slide '" + slide.title() + "'",
                s -> new Shown(s.effectiveFilter(slide), baseMapFile(slide.baseMap())),
                shownNow -> {
                    if (plain == null) {
                        review.setFilter(shownNow.filter());
                    }
                    Path wanted = shownNow.baseMap();
                    if (wanted != null
                            && (shown == null
                                    || !shown.toAbsolutePath()
                                            .normalize()
                                            .equals(wanted.toAbsolutePath().normalize()))) {
                        openMap.accept(wanted);
                    }
                });
    }

    /** What a slide shows, read on the store thread: the filter with its window resolved, and its base map's file. */
    private record Shown(PictureFilter filter, Path baseMap) {}

    // off the FX thread: the base map's file, or null when it cannot be found (exports say why)
    private static Path baseMapFile(String name) {
        if (name == null) {
            return MapFolder.baseMap().orElse(null);
        }
        return MapFolder.folder()
                .map(f -> f.resolve(name))
                .filter(Files::exists)
                .orElse(null);
    }
}
