package org.paxmap.review;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.paxmap.edit.EditEvent;
import org.paxmap.edit.EditListener;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.model.Layer;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The picture as the review sees it: every live feature loaded once from the store — incidents into a compact
 * in-memory column index, routes and zones (a few thousand at most) as they are — and kept current from change
 * notifications ({@link #pictureEdited}, so it can listen to an {@link org.paxmap.edit.EditSession}; {@link
 * #featureChanged} for changes from elsewhere, e.g. a bundle import). {@link #view} answers a filter change with the
 * incident table's rows sorted by any column and the visible ids for the map; {@link #histogram} gives the timeline.
 *
 * <p>Why in memory: measured by {@code org.paxmap.bench.FilterBenchmark} ({@code ./mvnw -Pbench verify
 * -Dbench.main=org.paxmap.bench.FilterBenchmark -Dbench.incidents=100000}; 2 shared cores, 100,000 incidents, 200
 * random filters of time window, sub-types and severities), a filter change to rows and ids ready takes p50 1.2 ms /
 * p95 5.3 ms here, against p50 53 ms / p95 873 ms for the store's query of the same incidents and p50 16 ms / p95
 * 139 ms for a plain JDBC query of the ids alone through the store's indexes — the least any per-change SQL approach
 * must do, already a frame or more. Taking one edit and answering again takes p50 2.5 ms with all nine sort orders
 * kept. Loading costs one full read of the picture, once (3.4 s for 100,000 incidents in that run). Memory: roughly
 * 100 bytes per incident plus its title and lower-case search text, 4 bytes per distinct word of that text and each
 * distinct word once (the search index, {@link TextIndex}).
 *
 * <p>Not thread-safe: one thread owns it (the FX thread in the window — load it on a background thread, then hand
 * it over; forward edit events to the owner with {@code Platform.runLater}). Rows and visible ids it returned are
 * valid until the next change.
 */
public final class FilteredPicture implements EditListener {
    private final IncidentIndex incidents = new IncidentIndex();
    private final Map<UUID, Feature> others = new LinkedHashMap<>();
    /** The last filter-without-time asked for and the incidents it lets through (never mutated once made). */
    private PictureFilter untimedFilter;

    private BitSet untimed;

    private FilteredPicture() {}

    /** Reads every live feature of {@code store}. */
    public static FilteredPicture load(PictureStore store) throws StoreException {
        FilteredPicture picture = new FilteredPicture();
        for (Incident incident : store.incidents(FeatureQuery.all())) {
            picture.incidents.put(incident);
        }
        for (Feature f : store.query(FeatureQuery.all().withLayers(Set.of(Layer.ROUTES, Layer.ZONES)))) {
            picture.others.put(f.id(), f);
        }
        return picture;
    }

    /**
     * Takes one feature as the store now holds it: a new or changed feature replaces what the view had, a tombstone
     * removes it.
     */
    public void featureChanged(Feature stored) {
        untimedFilter = null;
        untimed = null;
        if (stored instanceof Incident incident) {
            incidents.put(incident);
        } else if (stored.sync().deleted()) {
            others.remove(stored.id());
        } else {
            others.put(stored.id(), stored);
        }
    }

    /** Takes the feature an edit session wrote. */
    @Override
    public void pictureEdited(EditEvent event) {
        featureChanged(event.stored());
    }

    /**
     * The features {@code filter} lets through: the incident rows ordered by {@code column} and the ids to show on
     * the map.
     */
    public PictureView view(PictureFilter filter, IncidentColumn column, boolean ascending) {
        BitSet pass = untimed(filter);
        if (filter.from() != null || filter.to() != null) {
            pass = incidents.within(
                    pass,
                    filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli(),
                    filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochMilli());
        }
        int[] slots = incidents.sorted(pass, column, ascending);
        Set<UUID> shown = new HashSet<>();
        for (Feature f : others.values()) {
            if (filter.matches(f)) {
                shown.add(f.id());
            }
        }
        return new PictureView(
                new IncidentRows(incidents, slots, slots.length),
                new VisibleIds(incidents, pass, shown, filter.equals(PictureFilter.all())));
    }

    /**
     * The routes or zones (per {@code layer}) that {@code filter} lets through, in the order they were loaded: the
     * rows of the review's route and zone tables (a few thousand at most, so the table sorts them itself).
     */
    public List<Feature> features(PictureFilter filter, Layer layer) {
        List<Feature> out = new ArrayList<>();
        for (Feature f : others.values()) {
            if (f.layer() == layer && filter.matches(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** How many live incidents the picture holds. */
    public int incidentCount() {
        return incidents.liveCount();
    }

    /**
     * Incidents per UTC day over the span of all the picture's incidents, counting those that {@code filter} lets
     * through when its time window is ignored (the timeline shows the window over the whole span).
     */
    public DailyHistogram histogram(PictureFilter filter) {
        return incidents.histogram(untimed(filter));
    }

    /**
     * The incidents {@code filter} lets through ignoring its time window, kept for the next call: dragging the
     * timeline changes only the window, so each step is one pass over the times of what the other criteria let
     * through, and the histogram of a view costs no second pass over the text.
     */
    private BitSet untimed(PictureFilter filter) {
        PictureFilter key = filter.withoutTime();
        if (!key.equals(untimedFilter)) {
            untimed = incidents.match(key, true, narrows(untimedFilter, key) ? untimed : null);
            untimedFilter = key;
        }
        return untimed;
    }

    /**
     * Whether {@code now} can only let through a subset of what {@code before} did: the same criteria with the text
     * typed further. Every word of the longer text holds a word of the shorter one (its last word extended, or new
     * words added), so a text holding all the new words holds all the old ones. Typing a search then tests only what
     * still matched.
     */
    private static boolean narrows(PictureFilter before, PictureFilter now) {
        return before != null
                && before.text() != null
                && now.text() != null
                && now.text()
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith(before.text().toLowerCase(java.util.Locale.ROOT))
                && before.withText(null).equals(now.withText(null));
    }
}
