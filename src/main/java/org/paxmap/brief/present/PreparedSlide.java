package org.paxmap.brief.present;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.brief.Marking;
import org.paxmap.brief.TimeWindow;
import org.paxmap.bundle.trust.ReleaseDecision;
import org.paxmap.model.DateTimeGroup;
import org.paxmap.model.Layer;
import org.paxmap.model.ReleaseLabel;
import org.paxmap.render.IncidentLayout;
import org.paxmap.render.MapBackdrop;
import org.paxmap.render.MapViewState;
import org.paxmap.render.SlideFrame;
import org.paxmap.render.SlideLayout;
import org.paxmap.render.SlidePainter;
import org.paxmap.render.TileImages;
import org.paxmap.store.MapFeature;
import org.paxmap.store.SlideFeature;
import org.paxmap.tiles.TileSetInfo;

/**
 * A slide read once for one audience and page size, ready to be composed at any moment of time: the view fitted to
 * the page's map frame, the features in it that its layers and filter select (each with its time on the map and
 * whether the audience may see it), and the texts of its margins. {@link #compose(TimeWindow.Period)} then costs one
 * pass over those features, so a playback composes each step without reading the picture again.
 *
 * <p>Not thread-safe: one export or presenter thread. The tile images are read on the thread that paints.
 */
public final class PreparedSlide {
    /** What {@link SlideComposer} read for the slide. */
    record Texts(
            String title, String asOf, String produced, String byline, String page, String attribution, boolean grid) {}

    private final SlideLayout layout;
    private final MapViewState view;
    private final TileImages tiles;
    private final TileSetInfo tileInfo;
    private final AudienceFilter audience;
    private final TimeWindow.Period window;
    private Texts texts;
    private final SlideFeature[] features;
    private final MapFeature[] symbols;
    private final long[] starts;
    private final long[] ends;
    private final String[] withheldBecause; // null: the audience may see it
    private final int[] incidentSlot; // per feature, its index in incidents, or -1
    private final int[] labelId; // per feature, its label's index in labelsById
    private final List<ReleaseLabel> labelsById = new ArrayList<>();
    private final List<MapFeature> incidents; // every incident selected, drawn through a mask
    private final IncidentLayout incidentLayout = new IncidentLayout(); // projects the list once, for every frame
    private MapBackdrop backdrop; // the tiles drawn once, for a screen
    private List<MapFeature> lastZones = List.of(); // the zones of the last frame, kept while they stay the same

    PreparedSlide(
            SlideLayout layout,
            MapViewState view,
            TileImages tiles,
            TileSetInfo tileInfo,
            AudienceFilter audience,
            TimeWindow time,
            Instant pictureNewest,
            Instant produced,
            Texts texts,
            List<SlideFeature> selected) {
        this.layout = layout;
        this.view = view;
        this.tiles = tiles;
        this.tileInfo = tileInfo;
        this.audience = audience;
        this.texts = texts;
        int n = selected.size();
        features = incidentsFirstByStart(selected);
        symbols = new MapFeature[n];
        starts = new long[n];
        ends = new long[n];
        withheldBecause = new String[n];
        incidentSlot = new int[n];
        labelId = new int[n];
        incidents = new ArrayList<>(n);
        Map<ReleaseLabel, Integer> ids = new java.util.HashMap<>();
        // the store reads each distinct label once per query: look the same instance up without hashing its fields
        java.util.IdentityHashMap<ReleaseLabel, Integer> sameInstance = new java.util.IdentityHashMap<>();
        List<Map<String, ReleaseDecision>> decisions = new ArrayList<>(); // per label id, by origin: few of each
        Instant newest = Instant.MIN;
        for (int i = 0; i < n; i++) {
            SlideFeature f = features[i];
            symbols[i] = f.symbol();
            Integer known = sameInstance.get(f.label());
            if (known == null) {
                known = ids.computeIfAbsent(f.label(), l -> {
                    labelsById.add(l);
                    decisions.add(new java.util.HashMap<>());
                    return labelsById.size() - 1;
                });
                sameInstance.put(f.label(), known);
            }
            labelId[i] = known;
            incidentSlot[i] = -1;
            if (f.symbol().layer() == Layer.INCIDENTS) {
                incidentSlot[i] = incidents.size();
                incidents.add(symbols[i]);
            }
            starts[i] = FeatureTimes.start(f);
            ends[i] = FeatureTimes.end(f);
            ReleaseDecision decision =
                    decisions.get(labelId[i]).computeIfAbsent(f.origin(), o -> audience.decide(f.label(), o));
            withheldBecause[i] = decision.releasable() ? null : decision.reason();
            if (decision.releasable()
                    && f.symbol().layer() == Layer.INCIDENTS
                    && f.start().isAfter(newest)) {
                newest = f.start();
            }
        }
        // "as of" and a relative window count from the newest incident the audience may see here — never from one
        // withheld from it, whose time the margin would otherwise give away (for local use: the picture's newest)
        Instant anchor = pictureNewest != null ? pictureNewest : newest.equals(Instant.MIN) ? null : newest;
        this.window = time.resolve(anchor == null ? produced : anchor);
        this.texts = new Texts(
                texts.title(),
                asOf(anchor),
                texts.produced(),
                texts.byline(),
                texts.page(),
                texts.attribution(),
                texts.grid());
    }

    /**
     * The slide's own time window, a relative one resolved against the newest incident the audience may see on the
     * slide (for local use, the picture's newest).
     */
    public TimeWindow.Period window() {
        return window;
    }

    /** The page it is laid out on. */
    public SlideLayout layout() {
        return layout;
    }

    /**
     * Keeps the base map's tiles drawn for the view from frame to frame (a screen of one pixel per unit: presenter
     * mode); an export, which keeps each tile as an image of its own, does not call this.
     */
    public PreparedSlide onScreen() {
        backdrop = new MapBackdrop();
        return this;
    }

    /** Draws the MGRS grid or not, whatever the slide says (presenter mode's {@code G}). */
    public void grid(boolean on) {
        texts = new Texts(
                texts.title(), texts.asOf(), texts.produced(), texts.byline(), texts.page(), texts.attribution(), on);
    }

    /** Whether the grid is drawn. */
    public boolean grid() {
        return texts.grid();
    }

    /** The slide at its own time window. */
    public ComposedSlide compose() {
        return compose(window);
    }

    /** The slide showing what its audience may see of the window {@code at} (open bounds: {@code null}). */
    public ComposedSlide compose(TimeWindow.Period at) {
        Map<Layer, List<MapFeature>> shown = new EnumMap<>(Layer.class);
        shown.put(Layer.ZONES, new ArrayList<>());
        shown.put(Layer.ROUTES, new ArrayList<>());
        BitSet incidentMask = new BitSet(incidents.size());
        boolean[] labelShown = new boolean[labelsById.size()];
        Map<String, Integer> reasons = new TreeMap<>();
        int count = 0;
        int first = at.from() == null ? 0 : firstIncidentFrom(at.from().toEpochMilli() - FeatureTimes.LONGEST_INCIDENT);
        long until = at.to() == null ? Long.MAX_VALUE : at.to().toEpochMilli();
        for (int i = first; i < features.length; i++) {
            if (i < incidents.size() && starts[i] >= until) {
                i = incidents.size() - 1; // no later incident is in the window; on to the routes and zones
                continue;
            }
            if (!FeatureTimes.within(starts[i], ends[i], at.from(), at.to())) {
                continue;
            }
            if (withheldBecause[i] != null) {
                reasons.merge(withheldBecause[i], 1, Integer::sum);
                continue;
            }
            if (incidentSlot[i] >= 0) {
                incidentMask.set(incidentSlot[i]);
            } else {
                shown.get(symbols[i].layer()).add(symbols[i]);
            }
            labelShown[labelId[i]] = true;
            count++;
        }
        if (sameFeatures(shown.get(Layer.ZONES), lastZones)) {
            shown.put(Layer.ZONES, lastZones); // the same list: a screen's backdrop keeps them drawn
        } else {
            lastZones = shown.get(Layer.ZONES);
        }
        Set<ReleaseLabel> labels = new LinkedHashSet<>();
        for (int l = 0; l < labelShown.length; l++) {
            if (labelShown[l]) {
                labels.add(labelsById.get(l));
            }
        }
        Marking marking = audience.marking(labels);
        SlideFrame frame = new SlideFrame(
                BannerInks.banner(marking),
                texts.title(),
                texts.asOf(),
                texts.produced(),
                describe(at),
                texts.byline(),
                texts.page(),
                texts.attribution(),
                SlideLegend.of(shown, incidents, incidentMask, view.viewportEnvelope()),
                texts.grid());
        shown.put(Layer.INCIDENTS, incidents);
        SlidePainter.SlideMap map = new SlidePainter.SlideMap(
                view,
                tiles,
                tileInfo == null ? 0 : tileInfo.minZoom(),
                tileInfo == null ? 0 : tileInfo.maxZoom(),
                shown,
                incidentMask,
                incidentLayout,
                backdrop);
        return new ComposedSlide(layout, frame, map, SlidePainter.placeIncidents(map), marking, count, reasons);
    }

    // Incidents first, by the start of their time on the map (a playback step then looks only at those near its
    // window), then routes and zones as read. Each start is worked out once; where the starts span less than 2^40 ms
    // (34 years) each is packed with its index into one long and the longs sorted, else indices are sorted by start.
    private static SlideFeature[] incidentsFirstByStart(List<SlideFeature> selected) {
        int n = selected.size();
        long[] start = new long[n];
        int[] incidents = new int[n];
        int count = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        List<SlideFeature> others = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SlideFeature f = selected.get(i);
            if (f.symbol().layer() == Layer.INCIDENTS) {
                start[i] = FeatureTimes.start(f);
                min = Math.min(min, start[i]);
                max = Math.max(max, start[i]);
                incidents[count++] = i;
            } else {
                others.add(f);
            }
        }
        SlideFeature[] sorted = new SlideFeature[n];
        int k = 0;
        if (count > 0 && n <= (1 << INDEX_BITS) && max - min < (1L << (63 - INDEX_BITS))) {
            long[] packed = new long[count];
            for (int j = 0; j < count; j++) {
                packed[j] = ((start[incidents[j]] - min) << INDEX_BITS) | incidents[j];
            }
            java.util.Arrays.sort(packed);
            for (long p : packed) {
                sorted[k++] = selected.get((int) (p & ((1 << INDEX_BITS) - 1)));
            }
        } else {
            List<Integer> order = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                order.add(incidents[j]);
            }
            order.sort((a, b) -> Long.compare(start[a], start[b]));
            for (int i : order) {
                sorted[k++] = selected.get(i);
            }
        }
        for (SlideFeature f : others) {
            sorted[k++] = f;
        }
        return sorted;
    }

    /** Bits of a feature's index packed below its start when sorting (up to 8,388,608 features on one slide). */
    private static final int INDEX_BITS = 23;

    // Whether two lists hold the very same symbols in the same order (identity: a symbol is made once per feature).
    @SuppressWarnings("ReferenceEquality")
    private static boolean sameFeatures(List<MapFeature> a, List<MapFeature> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    // The first incident starting at or after millis (incidents lead the arrays, sorted by start).
    private int firstIncidentFrom(long millis) {
        int lo = 0;
        int hi = incidents.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The window as the slide's header reads it, e.g. {@code 010000ZSEP26 – 150000ZSEP26}. */
    static String describe(TimeWindow.Period at) {
        if (at.from() == null && at.to() == null) {
            return "ALL TIMES";
        }
        if (at.from() == null) {
            return "UNTIL " + DateTimeGroup.format(at.to());
        }
        if (at.to() == null) {
            return "FROM " + DateTimeGroup.format(at.from());
        }
        return DateTimeGroup.format(at.from()) + " – " + DateTimeGroup.format(at.to());
    }

    /** When the picture stood: the as-of text of the margins. */
    static String asOf(Instant newest) {
        return newest == null ? "" : "AS OF " + DateTimeGroup.format(newest);
    }
}
