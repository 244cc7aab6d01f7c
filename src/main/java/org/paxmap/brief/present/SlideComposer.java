package org.paxmap.brief.present;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.brief.AudienceFilter;
import org.paxmap.brief.BriefException;
import org.paxmap.brief.Briefing;
import org.paxmap.brief.Briefings;
import org.paxmap.brief.Slide;
import org.paxmap.brief.SlideView;
import org.paxmap.model.DateTimeGroup;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.render.MapViewState;
import org.paxmap.render.SlideLayout;
import org.paxmap.render.TileSetImages;
import org.paxmap.review.PictureFilter;
import org.paxmap.store.FeatureQuery;
import org.paxmap.store.PictureStore;
import org.paxmap.store.SlideFeature;
import org.paxmap.store.StoreException;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSourceException;

/**
 * Reads slides out of a picture for one audience: for each, the features its view, layers and filter select, each
 * decided by the audience's release rules ({@link AudienceFilter}, the rules of bundle export), the base map it names
 * and the texts of its margins — as a {@link PreparedSlide} to compose at any time. One composer serves one export or
 * presentation: it keeps the base maps open and their tiles read, and the "produced" time it was made with.
 *
 * <p>Not thread-safe: one thread (the export's, or the window's I/O thread) for the store reads.
 */
public final class SlideComposer implements AutoCloseable {
    /** Zoom levels a slide may be drawn closer than it was captured at, on a page larger than the screen it came from. */
    private static final double ZOOM_IN_ALLOWANCE = 2;

    private final PictureStore store;
    private final AudienceFilter audience;
    private final BaseMaps baseMaps;
    private final String byline;
    private final String produced;
    private final Instant producedAt;
    private final Instant newest;
    private final Map<TileSource, TileSetImages> images = new HashMap<>();

    private SlideComposer(
            PictureStore store, AudienceFilter audience, BaseMaps baseMaps, String byline, Instant produced)
            throws StoreException {
        this.store = store;
        this.audience = audience;
        this.baseMaps = baseMaps;
        this.byline = byline;
        this.produced = "PRODUCED " + DateTimeGroup.format(produced);
        this.producedAt = produced;
        this.newest = store.briefings().newestIncident().orElse(null);
    }

    /**
     * A composer for {@code briefing}, for its own audience or, if {@code audienceCode} is given, that one instead.
     *
     * @throws BriefException if the audience is not one the picture knows
     */
    public static SlideComposer forBriefing(
            PictureStore store, Briefing briefing, String audienceCode, BaseMaps baseMaps, Instant produced)
            throws BriefException, StoreException {
        Briefings briefings = new Briefings(store);
        AudienceFilter filter = audienceCode == null ? briefings.filter(briefing) : briefings.filter(audienceCode);
        return new SlideComposer(store, filter, baseMaps, byline(briefing.author(), briefing.unit()), produced);
    }

    /**
     * A composer for a view outside any briefing, shown to {@code audienceCode} ({@code null}: local use).
     *
     * @throws BriefException if the audience is not one the picture knows
     */
    public static SlideComposer forAudience(
            PictureStore store, String audienceCode, String byline, BaseMaps baseMaps, Instant produced)
            throws BriefException, StoreException {
        return new SlideComposer(store, new Briefings(store).filter(audienceCode), baseMaps, byline, produced);
    }

    /** The audience's filter. */
    public AudienceFilter audience() {
        return audience;
    }

    /**
     * Reads {@code slide} for a page of {@code layout}.
     *
     * @param page its place in the briefing, e.g. {@code 3 / 7}, or empty
     * @param where the slide in words, for messages (e.g. "slide 3 'Morning' of briefing 'Daily'")
     * @throws BriefException if its base map is gone or cannot be drawn
     */
    public PreparedSlide prepare(Slide slide, SlideLayout layout, String page, String where)
            throws BriefException, StoreException {
        TileSource source = baseMap(slide, where);
        TileSetImages tiles = images.computeIfAbsent(source, TileSetImages::new);
        MapViewState view = layout.mapView(
                extent(slide.view()),
                Math.min(MapViewState.MAX_ZOOM, slide.view().zoom() + ZOOM_IN_ALLOWANCE));
        List<SlideFeature> selected = select(slide, view.viewportEnvelope());
        PreparedSlide.Texts texts = new PreparedSlide.Texts(
                slide.title(),
                "", // the as-of time is the newest the audience may see: the prepared slide works it out
                produced,
                byline,
                page,
                source.info().attribution(),
                slide.grid());
        return new PreparedSlide(
                layout,
                view,
                tiles,
                source.info(),
                audience,
                slide.time(),
                audience.audience().isEmpty() ? newest : null,
                producedAt,
                texts,
                selected);
    }

    /**
     * The base map {@code slide} names, opened (kept open for the composer's life).
     *
     * @throws BriefException if it is gone or cannot be drawn
     */
    public TileSource baseMap(Slide slide, String where) throws BriefException {
        return baseMaps.open(slide.baseMap(), where);
    }

    /**
     * The first base-map tile that could not be read or decoded while drawing what this composer prepared, or
     * {@code null}: an export checks it after drawing and refuses rather than hand out a page with holes.
     */
    public TileSourceException tileFailure() {
        return images.values().stream()
                .map(TileSetImages::failure)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Closes the base maps. */
    @Override
    public void close() {
        baseMaps.close();
    }

    // The features of the slide's layers in box its filter lets through: read light when the filter asks nothing of
    // the features' other fields, else read whole and matched.
    private List<SlideFeature> select(Slide slide, Envelope box) throws StoreException {
        List<SlideFeature> selected = new ArrayList<>();
        if (slide.layers().isEmpty()) {
            return selected;
        }
        if (slide.filter().equals(PictureFilter.all())) {
            for (Layer layer : slide.layers()) {
                selected.addAll(store.slideFeatures(layer, box));
            }
            return selected;
        }
        for (Feature f :
                store.query(FeatureQuery.all().withLayers(slide.layers()).withBbox(box))) {
            if (slide.filter().matches(f)) {
                selected.add(SlideFeature.of(f));
            }
        }
        return selected;
    }

    private static Envelope extent(SlideView v) {
        return new Envelope(v.west(), v.east(), v.south(), v.north());
    }

    private static String byline(String author, String unit) {
        String a = author == null ? "" : author.strip();
        String u = unit == null ? "" : unit.strip();
        return a.isEmpty() ? u : u.isEmpty() ? a : a + ", " + u;
    }
}
