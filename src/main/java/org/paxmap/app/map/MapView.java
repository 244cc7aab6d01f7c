package org.paxmap.app.map;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.render.FeaturePainter;
import org.paxmap.render.MapViewState;
import org.paxmap.render.TileDrawing;
import org.paxmap.store.MapFeature;
import org.paxmap.store.PictureStore;
import org.paxmap.tiles.TileDecoder;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSetInfo;
import org.paxmap.tiles.TileSource;

/**
 * The map: one {@link Canvas} showing a {@link TileSource} in Web Mercator with the picture's incidents, routes and
 * zones drawn over it. Nothing is a node per tile or per feature.
 *
 * <p>This class is the map's public face; the work is done by the parts it holds, after mapsforge's map view:
 *
 * <ul>
 *   <li>the view state, a {@link MapViewState} (centre, fractional zoom, size);
 *   <li>{@link TileLayer}: the tile set, its {@link TileLoader} (two threads) and its cache, and the tile set's
 *       opening;
 *   <li>{@link FeatureLayer}: the features fetched for the view on the window's store I/O executor, the layers
 *       shown, the review's filter ({@link ReviewMasks}) and the selected and conflicting features ({@link
 *       FeatureMarks});
 *   <li>{@link MapHits}: what a click picks, and the cluster disc under it;
 *   <li>{@link MapGestures}: drag to pan (with inertia), wheel, double-click and keys to zoom, clicks;
 *   <li>{@link FrameScheduler}: the pulse, redrawing at most once per pulse when the view is dirty, with the
 *       background renders ({@link ViewRasters}, on the {@link ViewRenderer}'s threads), the zoom pre-renders
 *       ({@link ZoomPrefetch}) and the frame's painting ({@link FramePainter}).
 * </ul>
 *
 * <p>Review: {@link #showOnly} limits the drawn features to a set of ids (the review's filter), {@link
 * #selectedProperty} marks one feature over the frame, {@link #setOnFeaturePicked} hears of clicks on features.
 *
 * <p>FX-thread only, except where a method says otherwise.
 */
public final class MapView extends Region {
    /**
     * The default tile cache budget: 512 decoded tiles, several 1920×1080 views' worth of three levels (the heap also
     * holds the picture's features and the view's rendered images).
     */
    public static final long DEFAULT_CACHE_BYTES = 128L << 20;

    /** Pixels kept free round a cluster's incidents when a click on its disc zooms in on them. */
    static final double CLUSTER_MARGIN = 60;

    /** The background where there is no tile: the sea. */
    public static final Color SEA = FxPen.fx(TileDrawing.SEA);

    /** Shown when no tile set is open. */
    public static final String NO_BASE_MAP = "No base map — File ▸ Open map…";

    /** How near, in pixels, a click must be to an incident's dot to pick it. */
    public static final double PICK_POINT_PX = 12;

    /** How near, in pixels, a click must be to a route's line to pick it (zones are picked from inside). */
    public static final double PICK_LINE_PX = 6;

    private final Canvas canvas = new Canvas();
    private final MapViewState state = new MapViewState(35.5, 33.5, 7, 0, 0);
    private final TileLayer tiles;
    private final FeatureLayer features = new FeatureLayer(this, this::markDirty);
    private final MapHits hits = new MapHits(state, features);
    private final MapGestures gestures;
    private final FrameScheduler frames;

    /** A map view with a tile cache of {@code cacheBytes}. */
    public MapView(long cacheBytes) {
        tiles = new TileLayer(cacheBytes, this, this::markDirty);
        setId("mapView");
        canvas.setId("mapCanvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(800, 600);
        gestures = new MapGestures(this);
        frames = new FrameScheduler(this, canvas, tiles, features, gestures);
    }

    /** A map view with the {@linkplain #DEFAULT_CACHE_BYTES default} cache. */
    public MapView() {
        this(DEFAULT_CACHE_BYTES);
    }

    /** The live view state; change it only on the FX thread and call {@link #markDirty()} after. */
    public MapViewState state() {
        return state;
    }

    /** A copy of the view state, replaced after each drawn change (for the status bar). */
    public ReadOnlyObjectProperty<MapViewState> viewProperty() {
        return frames.viewProperty();
    }

    /** The lon/lat (x/y) under the mouse, or {@code null} when it is outside the map. */
    public ReadOnlyObjectProperty<Point2D> pointerProperty() {
        return gestures.pointerProperty();
    }

    /** Whether {@code layer}'s features are drawn. */
    public BooleanProperty layerVisibleProperty(Layer layer) {
        return features.visibleProperty(layer);
    }

    /** The open tile set's description, or {@code null}. */
    public TileSetInfo tileSetInfo() {
        return tiles.info();
    }

    /** The open tile set's description, {@code null} when none is open; changes when the base map is switched. */
    public ReadOnlyObjectProperty<TileSetInfo> tileSetInfoProperty() {
        return tiles.infoProperty();
    }

    /** The file or folder of the open tile set when it was opened by {@link #openTileSet}, else {@code null}. */
    public ReadOnlyObjectProperty<Path> tileSetFileProperty() {
        return tiles.fileProperty();
    }

    /** Asks for a redraw on the next pulse. */
    public void markDirty() {
        frames.markDirty();
    }

    /**
     * Draws the features of {@code picture} (querying it on {@code storeIo}, the thread that owns store I/O) and
     * remembers its {@code extent} for {@link #zoomToPicture()}.
     */
    public void showPicture(PictureStore picture, Executor storeIo, Envelope extent) {
        features.show(picture, storeIo, extent);
        markDirty();
    }

    /** Fits the view to the picture's extent (no change for an empty picture). */
    public void zoomToPicture() {
        gestures.stop();
        state.fit(features.pictureExtent(), 40, 15);
        markDirty();
    }

    /** Shows {@code tiles}, decoding with {@link TileDecoder}; the view closes it when another replaces it. */
    public void setTileSource(TileSource tiles) {
        setTileSource(tiles, TileDecoder::decode);
    }

    /** Shows {@code tiles} decoded by {@code decoder}; the previous source is closed off the FX thread. */
    void setTileSource(TileSource tiles, TileLoader.Decoder decoder) {
        setTileSource(tiles, decoder, null);
    }

    private void setTileSource(TileSource source, TileLoader.Decoder decoder, Path file) {
        tiles.show(source, decoder, file);
        frames.forgetView();
        markDirty();
    }

    /**
     * Opens the tile set at {@code file} off the FX thread and shows it; on failure calls {@code onFailure} on the FX
     * thread and keeps what was shown. While opening, the view says so if nothing is shown.
     */
    public void openTileSet(Path file, Consumer<Throwable> onFailure) {
        tiles.open(file, opened -> setTileSource(opened, TileDecoder::decode, file), onFailure);
    }

    /** Stops drawing and loading and closes the tile set (at exit). */
    public void dispose() {
        frames.stop();
        tiles.close();
    }

    /** Whether {@code key} is in the tile cache (for tests). */
    boolean isCached(TileKey key) {
        return tiles.isCached(key);
    }

    /**
     * Tiles of the view's drawn level that are neither cached nor known to be missing, plus one while a redraw is
     * pending, arrived tiles or a finished render wait to be taken in, or the last render does not show the whole
     * view at its zoom with the latest tiles and features; 0 means the view is fully painted (for tests and the
     * benchmark).
     */
    int tilesPending() {
        return frames.tilesPending();
    }

    /**
     * Whether the last frame drew the whole view from one render at its zoom with the latest tiles and features, with
     * every tile of the view loaded (or known missing); unlike {@link #tilesPending()}, tiles or renders that arrived
     * meanwhile on other threads do not count against it (for the benchmark, right after a frame).
     */
    boolean fullyPainted() {
        return frames.fullyPainted();
    }

    /**
     * Whether the last frame drew a render of the current features and filter (for the benchmark, which times a
     * filter change until the map shows it).
     */
    boolean showsLatestFeatures() {
        return frames.showsLatestFeatures();
    }

    /** How long the background render of the raster shown took, in nanoseconds (for the benchmark). */
    long shownRenderNanos() {
        return frames.shownRenderNanos();
    }

    /** Whether a finished background render waits to be taken in on the next pulse (for the benchmark). */
    boolean rasterWaiting() {
        return frames.rasterWaiting();
    }

    /**
     * Whether the view has nothing more to pre-render now: no render under way and every zoom step in {@link
     * ZoomPrefetch#STEPS} pre-rendered for this view or left out as too large, none waiting for tiles or features,
     * and no tile waiting to be loaded; false during the quiet time after a change (for the benchmark and tests).
     */
    boolean prefetchIdle() {
        return frames.prefetchIdle();
    }

    /** The frame and background-render counters (for the benchmark). */
    FrameCounters counters() {
        return frames.counters();
    }

    /** Takes in arrived tiles and redraws now, as a pulse would (for the benchmark, which times the redraw). */
    void redrawNow() {
        frames.redrawNow();
    }

    /** The last features fetched for {@code layer} (drawn when the layer is visible); empty before the first answer. */
    public List<MapFeature> shownFeatures(Layer layer) {
        return features.fetched(layer);
    }

    /**
     * Draws only the features {@code ids} lets through ({@code null}: every feature); the next frame asks for a
     * background render of the new set.
     */
    public void showOnly(FeatureFilter ids) {
        features.filter(ids);
        markDirty();
    }

    /** The fetched features of {@code layer} that {@link #showOnly} lets through: what the view draws of it. */
    public List<MapFeature> drawnFeatures(Layer layer) {
        return features.drawn().getOrDefault(layer, List.of());
    }

    /** Flags the features with these ids as in conflict (brief §4: "the feature is flagged on the map"). */
    public void showConflicts(Set<UUID> ids) {
        features.showConflicts(ids);
        markDirty();
    }

    /** The ids of the features flagged as in conflict and drawn in the current frame (for tests). */
    public Set<UUID> flaggedConflicts() {
        Set<UUID> flagged = new HashSet<>();
        for (MapFeature f : features.conflictsDrawn()) {
            flagged.add(f.id());
        }
        return flagged;
    }

    /** The selected feature's id, marked on the map when it is among the fetched features; {@code null} for none. */
    public ObjectProperty<UUID> selectedProperty() {
        return features.selectedProperty();
    }

    /**
     * Who hears of a click on a drawn feature (its id) or on no feature ({@code null}); by default the click selects.
     */
    public void setOnFeaturePicked(Consumer<UUID> handler) {
        hits.setOnPick(handler);
    }

    /**
     * Picks the feature drawn under ({@code x}, {@code y}) in the visible layers, as a click does ({@link
     * FeaturePicker}): tells the pick handler ({@link #setOnFeaturePicked}) and returns the feature's id, or
     * {@code null} where none is drawn.
     */
    public UUID pickAt(double x, double y) {
        return hits.pickAt(x, y);
    }

    /**
     * If a cluster disc is drawn under ({@code x}, {@code y}), zooms in on the box of its incidents (at least one
     * level, up to the zoom at which their box fits the view, so closer groups may still show as smaller discs) and
     * answers true; else changes nothing and answers false. The discs are worked out from the features and filter at
     * hand, which the frame shows once its render of them has arrived (within a frame or two of a change).
     */
    public boolean zoomIntoClusterAt(double x, double y) {
        Optional<Envelope> members = hits.clusterAt(x, y);
        if (members.isEmpty()) {
            return false;
        }
        gestures.stop();
        double before = state.zoom();
        state.fit(members.get(), CLUSTER_MARGIN, Math.max(FeaturePainter.CLUSTER_BELOW_ZOOM, before + 1));
        if (state.zoom() < before + 1) {
            state.setZoom(before + 1);
        }
        markDirty();
        return true;
    }

    /** The cluster discs drawn over the visible incidents in the current view (none when zoomed in or hidden). */
    public List<ClusterHit.Disc> clusterDiscs() {
        return hits.discs();
    }

    /** Centres the view on lon/lat, zooming in to {@code minZoom} if the view is further out. */
    public void centreOn(double lon, double lat, double minZoom) {
        gestures.stop();
        if (state.zoom() < minZoom) {
            state.setZoom(minZoom);
        }
        state.centreOn(lon, lat);
        markDirty();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(0, getWidth());
        double h = Math.max(0, getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            state.resize(w, h);
            markDirty();
        }
    }
}
