package org.paxmap.app.map;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.render.FeaturePainter;
import org.paxmap.render.MapViewState;
import org.paxmap.render.TileCache;
import org.paxmap.render.TileDrawing;
import org.paxmap.render.TileGrid;
import org.paxmap.render.TileImages;
import org.paxmap.render.TilePiece;
import org.paxmap.render.TilePlacement;
import org.paxmap.store.MapFeature;
import org.paxmap.store.PictureStore;
import org.paxmap.tiles.TileDecoder;
import org.paxmap.tiles.TileKey;
import org.paxmap.tiles.TileSetInfo;
import org.paxmap.tiles.TileSource;
import org.paxmap.tiles.TileSources;

/**
 * The map: one {@link Canvas} showing a {@link TileSource} in Web Mercator with the picture's incidents, routes and
 * zones drawn over it. Nothing is a node per tile or per feature.
 *
 * <p>Drawing: any change marks the view dirty and an {@link AnimationTimer} redraws at most once per pulse. A frame
 * is one unscaled {@code drawImage} of a {@link ViewRaster}: the sea, tiles and features of the view plus {@value
 * #MARGIN} px on every side, rendered off the FX thread by a {@link ViewRenderer}. A new raster is asked for when the
 * view has drifted a quarter of the margin from the raster's middle, the zoom changed (then the view alone is rendered
 * first, and the margin next), or tiles or features arrived;
 * until it comes the last one is drawn shifted or scaled (with the sea where it does not reach).
 *
 * <p>Zoom pre-renders: once the view has stayed still for {@link #PREFETCH_QUIET_NANOS} with its own render done, the
 * renderer, otherwise idle, renders the zooms {@link #PREFETCH_STEPS} away (one level for {@code +}/{@code -} and
 * double-click, a quarter for a wheel notch), each over every view that a zoom by that step about any point of this
 * one reaches, and only once the tiles and features of that region are all loaded. They are kept aside (one per
 * step, up to about 75 MB for a 1920×1080 view), dropped when tiles or features change or the view moves so they no
 * longer cover what it can reach, and abandoned mid-render when the view needs its own render or moves. A zoom change
 * that lands inside a pre-render of exactly its zoom draws it unscaled on the very next frame — a full repaint within
 * one frame; any other zoom change shows the last render scaled until the new one arrives. In the raster, tiles
 * of the integer level nearest the zoom ({@link TileGrid#level}) are drawn scaled; a tile not loaded yet is covered by
 * its nearest cached ancestor, scaled (so is over-zoom past the set's deepest level). Tiles are read and decoded by a
 * {@link TileLoader} (two threads, centre-out, with a one-tile margin and ±1 zoom prefetched) into a cache bounded in
 * bytes. Features are queried per viewport ({@link PictureStore#mapFeatures}) on the window's store I/O executor;
 * the last answer is kept and redrawn until the next one arrives.
 *
 * <p>Interaction: drag to pan (with inertia), wheel to zoom about the cursor in fractional steps, double-click to zoom
 * in about the point, arrow keys pan, {@code +}/{@code -} zoom, Home zooms to the picture; a click on a cluster disc
 * zooms in on its incidents ({@link #zoomIntoClusterAt}), a click elsewhere picks the feature there ({@link #pickAt},
 * {@link #setOnFeaturePicked}).
 *
 * <p>Review: {@link #showOnly} limits the drawn features to a set of ids (the review's filter), {@link
 * #selectedProperty} marks one feature over the frame.
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

    static final double PAN_STEP = 96;

    /** How near, in pixels, a click must be to an incident's dot to pick it. */
    public static final double PICK_POINT_PX = 12;

    /** How near, in pixels, a click must be to a route's line to pick it (zones are picked from inside). */
    public static final double PICK_LINE_PX = 6;

    /** A raster buffer no longer shown, and the pulse it was replaced on (it is reused two pulses later). */
    private record Retired(RasterBuffer buffer, long pulse) {}

    /** Pixels rendered beyond each edge of the view, so that a pan is drawn from the last raster. */
    static final int MARGIN = 256;

    /**
     * The zoom steps pre-rendered while the view is idle, most useful first: {@code +}/{@code -} and double-click
     * (one level), then one wheel notch (a quarter level).
     */
    static final double[] PREFETCH_STEPS = {1, -1, 0.25, -0.25};

    /** A zoom pre-render larger than this many pixels is not made (for a 1920×1080 view +1 takes 8.3 million). */
    static final long PREFETCH_MAX_PIXELS = 9_000_000L;

    /** How long the view must have stayed still before zoom pre-renders start (so that they never run while panning). */
    static final long PREFETCH_QUIET_NANOS = 120_000_000L;

    private static final double INERTIA_SECONDS = 0.35;
    private static final double MAX_FLING = 3000;
    private static final System.Logger LOG = System.getLogger(MapView.class.getName());

    private final Canvas canvas = new Canvas();
    private final MapViewState state = new MapViewState(35.5, 33.5, 7, 0, 0);
    private final TileCache<BufferedImage> cache;
    private final TileImages tileImages; // the cache as the tile placement reads it (FX thread)
    private final AtomicBoolean rasterArrived = new AtomicBoolean();
    private final ViewRenderer renderer = new ViewRenderer(() -> rasterArrived.set(true));
    private final FrameCounters counters = new FrameCounters();
    private final Set<Long> missing = new HashSet<>();
    private final AtomicBoolean tilesArrived = new AtomicBoolean();
    private final Map<Layer, BooleanProperty> layerVisible = new EnumMap<>(Layer.class);
    private final ObjectProperty<Point2D> cursor = new SimpleObjectProperty<>(this, "pointer");
    private final ObjectProperty<MapViewState> view = new SimpleObjectProperty<>(this, "view", state.copy());
    private final ObjectProperty<TileSetInfo> shownInfo = new SimpleObjectProperty<>(this, "tileSetInfo");
    private final ObjectProperty<Path> shownFile = new SimpleObjectProperty<>(this, "tileSetFile");
    private final AnimationTimer timer;

    private TileSource source;
    private TileSetInfo info;
    private TileLoader loader;
    private String message = NO_BASE_MAP;
    private boolean dirty = true;
    private MapViewState lastChange;
    private ViewRaster raster;
    private final ArrayDeque<Retired> retired = new ArrayDeque<>();
    private long pulses;
    private boolean rendering;
    private double renderingZoom;
    private long tileVersion;
    private long featureVersion;

    // zoom pre-renders: one slot per PREFETCH_STEPS entry, never shown until taken over as the raster
    private final ViewRaster[] prefetched = new ViewRaster[PREFETCH_STEPS.length];
    private final boolean[] prefetchWarm = new boolean[PREFETCH_STEPS.length]; // drawn once, so its texture exists
    private int prefetching = -1; // the step being pre-rendered, -1 when no render or the view's own is under way
    private MapViewState prefetchBase; // the view the pre-render under way was asked for
    private MapViewState prefetchRegion; // what it renders
    private long prefetchVersions; // the tile and feature versions it was asked with (see versions())
    private boolean prefetchCheck = true;
    private boolean prefetchWaiting; // a step waits for its tiles or features
    private boolean followUpDeferred; // a frame took over a pre-render; the next pulse does what a change asks for
    private boolean
            tilesDeferred; // ... including the tile requests for the new view // whether to look for a pre-render to
    // start
    private long stillSince = System.nanoTime(); // when the view last changed

    private PictureStore store;
    private Executor io;
    private Envelope pictureExtent = new Envelope();
    private Map<Layer, List<MapFeature>> features = new EnumMap<>(Layer.class);
    private Envelope fetchedBox;
    private double fetchedZoom;
    private boolean fetching;
    private long featureGeneration;

    // The review: which features are drawn (null: all), the selected feature and who hears of a click on one.
    private FeatureFilter shownIds;
    private Map<Layer, BitSet> masks = Map.of();
    private Map<Layer, List<MapFeature>> maskedFrom;
    private FeatureFilter maskedWith;
    private Map<Layer, BitSet> filteredFrom;
    private Map<Layer, List<MapFeature>> filtered = new EnumMap<>(Layer.class);
    private java.util.Set<UUID> selectedIds = java.util.Set.of();
    private final FoundCache selectedFound = new FoundCache();
    private final FoundCache conflictsFound = new FoundCache();
    private List<MapFeature> groupedFrom; // the drawn incidents the cluster discs were grouped from
    private ClusterHit.Grouping grouping;
    private FeatureFilter keyedWith;
    private Map<Layer, List<MapFeature>> keyedFrom;
    private final Map<Layer, int[]> keys = new EnumMap<>(Layer.class);
    private static final int NO_ID = -2; // the key of a fetched feature without an id: always drawn
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");
    // Features in conflict with a partner's version, flagged over the frame.
    private java.util.Set<UUID> conflicts = java.util.Set.of();
    private Consumer<UUID> onPick = selected::set;

    private double dragX;
    private double dragY;
    private long dragNanos;
    private double velocityX;
    private double velocityY;
    private boolean coasting;
    private long lastFrameNanos;

    /** A map view with a tile cache of {@code cacheBytes}. */
    public MapView(long cacheBytes) {
        cache = new TileCache<>(cacheBytes);
        tileImages = new TileImages() {
            @Override
            public BufferedImage image(TileKey key) {
                return cache.get(key);
            }

            @Override
            public TileKey nearestAncestor(TileKey key) {
                return cache.nearestCachedAncestor(key);
            }
        };
        setId("mapView");
        canvas.setId("mapCanvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(800, 600);
        for (Layer layer : Layer.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(this, layer.tableName(), true);
            shown.addListener((o, was, now) -> {
                fetchedBox = null;
                featureGeneration++;
                featureVersion++;
                markDirty();
            });
            layerVisible.put(layer, shown);
        }
        selected.addListener((o, was, now) -> markDirty());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(
                MouseEvent.MOUSE_MOVED, e -> cursor.set(new Point2D(state.lonAt(e.getX()), state.latAt(e.getY()))));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> cursor.set(null));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        timer.start();
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
        return view;
    }

    /** The lon/lat (x/y) under the mouse, or {@code null} when it is outside the map. */
    public ReadOnlyObjectProperty<Point2D> pointerProperty() {
        return cursor;
    }

    /** Whether {@code layer}'s features are drawn. */
    public BooleanProperty layerVisibleProperty(Layer layer) {
        return layerVisible.get(layer);
    }

    /** The open tile set's description, or {@code null}. */
    public TileSetInfo tileSetInfo() {
        return info;
    }

    /** The open tile set's description, {@code null} when none is open; changes when the base map is switched. */
    public ReadOnlyObjectProperty<TileSetInfo> tileSetInfoProperty() {
        return shownInfo;
    }

    /** The file or folder of the open tile set when it was opened by {@link #openTileSet}, else {@code null}. */
    public ReadOnlyObjectProperty<Path> tileSetFileProperty() {
        return shownFile;
    }

    /** Asks for a redraw on the next pulse. */
    public void markDirty() {
        dirty = true;
    }

    /**
     * Draws the features of {@code picture} (querying it on {@code storeIo}, the thread that owns store I/O) and
     * remembers its {@code extent} for {@link #zoomToPicture()}.
     */
    public void showPicture(PictureStore picture, Executor storeIo, Envelope extent) {
        if (picture != store) {
            // another picture: its features replace these from the first answer on; nothing of the old one is shown
            features = new EnumMap<>(Layer.class);
            featureVersion++;
        }
        // the same picture read again (after an edit or an import): the features shown stay until the new answer
        // replaces them, so an edit never makes the map blink empty
        store = picture;
        io = storeIo;
        pictureExtent = new Envelope(extent);
        fetchedBox = null;
        featureGeneration++;
        markDirty();
    }

    /** Fits the view to the picture's extent (no change for an empty picture). */
    public void zoomToPicture() {
        stopCoasting();
        state.fit(pictureExtent, 40, 15);
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

    private void setTileSource(TileSource tiles, TileLoader.Decoder decoder, Path file) {
        closeSource();
        source = tiles;
        info = tiles == null ? null : tiles.info();
        shownInfo.set(info);
        shownFile.set(tiles == null ? null : file);
        message = tiles == null ? NO_BASE_MAP : null;
        if (tiles != null) {
            loader = new TileLoader(tiles, decoder, 2, () -> tilesArrived.set(true));
        }
        lastChange = null;
        markDirty();
    }

    /**
     * Opens the tile set at {@code file} off the FX thread and shows it; on failure calls {@code onFailure} on the FX
     * thread and keeps what was shown. While opening, the view says so if nothing is shown.
     */
    public void openTileSet(Path file, Consumer<Throwable> onFailure) {
        if (source == null) {
            message = "Opening " + file.getFileName() + "…";
            markDirty();
        }
        Background.run("paxmap-open-map", () -> {
            try {
                TileSource opened = TileSources.open(file);
                Platform.runLater(() -> setTileSource(opened, TileDecoder::decode, file));
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    if (source == null) {
                        message = NO_BASE_MAP;
                        markDirty();
                    }
                    onFailure.accept(e);
                });
            }
        });
    }

    /** Stops drawing and loading and closes the tile set (at exit). */
    public void dispose() {
        timer.stop();
        renderer.close();
        closeSource();
    }

    /** Whether {@code key} is in the tile cache (for tests). */
    boolean isCached(TileKey key) {
        return cache.contains(key);
    }

    /**
     * Tiles of the view's drawn level that are neither cached nor known to be missing, plus one while a redraw is
     * pending, arrived tiles or a finished render wait to be taken in, or the last render does not show the whole
     * view at its zoom with the latest tiles and features; 0 means the view is fully painted (for tests and the
     * benchmark).
     */
    int tilesPending() {
        int pending = dirty || tilesArrived.get() || rasterArrived.get() || !rasterCurrent() ? 1 : 0;
        return pending + viewTilesMissing();
    }

    /**
     * Whether the last frame drew the whole view from one render at its zoom with the latest tiles and features, with
     * every tile of the view loaded (or known missing); unlike {@link #tilesPending()}, tiles or renders that arrived
     * meanwhile on other threads do not count against it (for the benchmark, right after a frame).
     */
    boolean fullyPainted() {
        return !dirty && rasterCurrent() && viewTilesMissing() == 0;
    }

    // Tiles of the view's drawn level neither cached nor known to be missing.
    private int viewTilesMissing() {
        int pending = 0;
        if (source == null) {
            return pending;
        }
        int z = TileGrid.level(state.zoom(), info.minZoom(), info.maxZoom());
        if (z - state.zoom() > 3) {
            return pending;
        }
        for (TileKey key : TileGrid.covering(state, z, 0)) {
            if (!cache.contains(key) && !missing.contains(key.packed())) {
                pending++;
            }
        }
        return pending;
    }

    /**
     * Whether the last raster shows the whole view at its zoom with the latest tiles and features (a render of the
     * margin may still be under way).
     */
    private boolean rasterCurrent() {
        return state.width() == 0
                || (raster != null
                        && raster.covers(state)
                        && raster.tileVersion() == tileVersion
                        && raster.featureVersion() == featureVersion);
    }

    /**
     * Whether the last frame drew a render of the current features and filter (for the benchmark, which times a
     * filter change until the map shows it).
     */
    boolean showsLatestFeatures() {
        return raster != null && raster.featureVersion() == featureVersion && !dirty;
    }

    /** How long the background render of the raster shown took, in nanoseconds (for the benchmark). */
    long shownRenderNanos() {
        return raster == null ? 0 : raster.renderNanos();
    }

    /** Whether a finished background render waits to be taken in on the next pulse (for the benchmark). */
    boolean rasterWaiting() {
        return rasterArrived.get();
    }

    /**
     * Whether the view has nothing more to pre-render now: no render under way and every zoom step in {@link
     * #PREFETCH_STEPS} pre-rendered for this view or left out as too large, none waiting for tiles or features, and
     * no tile waiting to be loaded; false during the quiet time after a change (for the benchmark and tests).
     */
    boolean prefetchIdle() {
        return !rendering
                && !followUpDeferred
                && !prefetchCheck
                && !prefetchWaiting
                && !dirty
                && !rasterArrived.get()
                && !tilesArrived.get()
                && (loader == null || loader.queued() == 0);
    }

    /** The frame and background-render counters (for the benchmark). */
    FrameCounters counters() {
        return counters;
    }

    /** Takes in arrived tiles and redraws now, as a pulse would (for the benchmark, which times the redraw). */
    void redrawNow() {
        dirty = true;
        pulse(System.nanoTime());
    }

    /** The last features fetched for {@code layer} (drawn when the layer is visible); empty before the first answer. */
    public List<MapFeature> shownFeatures(Layer layer) {
        return features.getOrDefault(layer, List.of());
    }

    /**
     * Draws only the features {@code ids} lets through ({@code null}: every feature); the next frame asks for a
     * background render of the new set.
     */
    public void showOnly(FeatureFilter ids) {
        shownIds = ids;
        featureVersion++;
        markDirty();
    }

    /** The fetched features of {@code layer} that {@link #showOnly} lets through: what the view draws of it. */
    public List<MapFeature> drawnFeatures(Layer layer) {
        return drawn().getOrDefault(layer, List.of());
    }

    /** Flags the features with these ids as in conflict (brief §4: "the feature is flagged on the map"). */
    public void showConflicts(java.util.Set<UUID> ids) {
        conflicts = java.util.Set.copyOf(ids);
        markDirty();
    }

    /** The ids of the features flagged as in conflict and drawn in the current frame (for tests). */
    public java.util.Set<UUID> flaggedConflicts() {
        java.util.Set<UUID> flagged = new java.util.HashSet<>();
        for (Found f : found(conflicts, conflictsFound)) {
            if (drawnNow(f)) {
                flagged.add(f.feature().id());
            }
        }
        return flagged;
    }

    /** The selected feature's id, marked on the map when it is among the fetched features; {@code null} for none. */
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /**
     * Who hears of a click on a drawn feature (its id) or on no feature ({@code null}); by default the click selects.
     */
    public void setOnFeaturePicked(Consumer<UUID> handler) {
        onPick = handler == null ? selected::set : handler;
    }

    /**
     * Picks the feature drawn under ({@code x}, {@code y}) in the visible layers, as a click does ({@link
     * FeaturePicker}): tells the pick handler ({@link #setOnFeaturePicked}) and returns the feature's id, or
     * {@code null} where none is drawn.
     */
    public UUID pickAt(double x, double y) {
        Map<Layer, List<MapFeature>> visible = new EnumMap<>(Layer.class);
        drawn().forEach((layer, list) -> {
            if (layerVisible.get(layer).get()) {
                visible.put(layer, list);
            }
        });
        MapFeature hit = FeaturePicker.pick(state, visible, x, y);
        UUID id = hit == null ? null : hit.id();
        onPick.accept(id);
        return id;
    }

    /**
     * If a cluster disc is drawn under ({@code x}, {@code y}), zooms in on the box of its incidents (at least one
     * level, up to the zoom at which their box fits the view, so closer groups may still show as smaller discs) and
     * answers true; else changes nothing and answers false. The discs are worked out from the features and filter at
     * hand, which the frame shows once its render of them has arrived (within a frame or two of a change).
     */
    public boolean zoomIntoClusterAt(double x, double y) {
        java.util.Optional<Envelope> members = ClusterHit.at(clusterDiscs(), x, y);
        if (members.isEmpty()) {
            return false;
        }
        stopCoasting();
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
        if (!layerVisible.get(Layer.INCIDENTS).get() || state.zoom() >= FeaturePainter.CLUSTER_BELOW_ZOOM) {
            return List.of();
        }
        // grouped once per drawn list and quarter zoom (a click then costs a pass over the groups, not the incidents)
        List<MapFeature> incidents = drawnFeatures(Layer.INCIDENTS);
        double quarter = Math.round(state.zoom() * 4) / 4.0;
        if (groupedFrom != incidents || grouping == null || grouping.zoom() != quarter) {
            grouping = ClusterHit.grouping(state, incidents);
            groupedFrom = incidents;
        }
        return ClusterHit.discs(state, grouping);
    }

    /** Centres the view on lon/lat, zooming in to {@code minZoom} if the view is further out. */
    public void centreOn(double lon, double lat, double minZoom) {
        stopCoasting();
        if (state.zoom() < minZoom) {
            state.setZoom(minZoom);
        }
        state.centreOn(lon, lat);
        markDirty();
    }

    // The review's filter over the fetched features: per layer, a bit per list index for those it lets through (empty
    // map without a filter: all), worked out again only when the features or the filter changed. A feature's key
    // (FeatureFilter.key) is worked out once per fetched answer, so a filter change costs a bit test per feature.
    private Map<Layer, BitSet> masks() {
        if (shownIds == null) {
            return Map.of();
        }
        if (maskedFrom != features || maskedWith != shownIds) {
            if (keyedFrom != features || !shownIds.sameKeys(keyedWith)) {
                keys.clear();
                for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
                    List<MapFeature> list = e.getValue();
                    int[] k = new int[list.size()];
                    for (int i = 0; i < k.length; i++) {
                        UUID id = list.get(i).id();
                        k[i] = id == null ? NO_ID : shownIds.key(id);
                    }
                    keys.put(e.getKey(), k);
                }
                keyedFrom = features;
                keyedWith = shownIds;
            }
            Map<Layer, BitSet> out = new EnumMap<>(Layer.class);
            for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
                List<MapFeature> list = e.getValue();
                int[] k = keys.get(e.getKey());
                BitSet mask = new BitSet(k.length);
                for (int i = 0; i < k.length; i++) {
                    int key = k[i];
                    if (key >= 0
                            ? shownIds.showsKey(key)
                            : key == NO_ID || shownIds.shows(list.get(i).id())) {
                        mask.set(i);
                    }
                }
                out.put(e.getKey(), mask);
            }
            masks = out;
            maskedFrom = features;
            maskedWith = shownIds;
        }
        return masks;
    }

    // The fetched features the filter lets through, as lists: for picking and tests, not for frames (a frame's render
    // takes the masks and filters off the FX thread).
    private Map<Layer, List<MapFeature>> drawn() {
        Map<Layer, BitSet> m = masks();
        if (m.isEmpty()) {
            return features;
        }
        if (filteredFrom != m) {
            Map<Layer, List<MapFeature>> out = new EnumMap<>(Layer.class);
            for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
                List<MapFeature> list = e.getValue();
                BitSet mask = m.get(e.getKey());
                List<MapFeature> kept = new ArrayList<>(mask.cardinality());
                for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                    kept.add(list.get(i));
                }
                out.put(e.getKey(), kept);
            }
            filtered = out;
            filteredFrom = m;
        }
        return filtered;
    }

    /** A fetched feature: its layer, its index in the fetched list, and itself. */
    private record Found(Layer layer, int index, MapFeature feature) {}

    // The fetched features with these ids, found once per fetched answer and id set (not per frame).
    private List<Found> find(java.util.Set<UUID> ids) {
        List<Found> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
            List<MapFeature> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                UUID id = list.get(i).id();
                if (id != null && ids.contains(id)) {
                    found.add(new Found(e.getKey(), i, list.get(i)));
                }
            }
        }
        return found;
    }

    // Whether a found feature is drawn now: its layer visible and the filter letting it through.
    private boolean drawnNow(Found f) {
        BitSet mask = masks().get(f.layer());
        return layerVisible.get(f.layer()).get() && (mask == null || mask.get(f.index()));
    }

    private List<Found> found(java.util.Set<UUID> ids, FoundCache cache) {
        if (cache.from != features || cache.ids != ids) {
            cache.from = features;
            cache.ids = ids;
            cache.found = find(ids);
        }
        return cache.found;
    }

    /** The last look-up of some ids in the fetched features, kept while neither changes. */
    private static final class FoundCache {
        Map<Layer, List<MapFeature>> from;
        java.util.Set<UUID> ids;
        List<Found> found = List.of();
    }

    private MapFeature selectedFeature() {
        UUID id = selected.get();
        if (id == null) {
            return null;
        }
        if (selectedIds.isEmpty() || !selectedIds.contains(id)) {
            selectedIds = java.util.Set.of(id);
        }
        for (Found f : found(selectedIds, selectedFound)) {
            if (drawnNow(f)) {
                return f.feature();
            }
        }
        return null;
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

    private void pulse(long now) {
        double seconds = lastFrameNanos == 0 ? 0 : Math.min(0.1, (now - lastFrameNanos) / 1e9);
        lastFrameNanos = now;
        if (coasting && seconds > 0) {
            state.panBy(velocityX * seconds, velocityY * seconds);
            double decay = Math.exp(-seconds / INERTIA_SECONDS);
            velocityX *= decay;
            velocityY *= decay;
            if (Math.hypot(velocityX, velocityY) < 15) {
                stopCoasting();
            }
            dirty = true;
        }
        pulses++;
        while (!retired.isEmpty() && pulses - retired.peek().pulse() >= 2) {
            renderer.recycle(retired.poll().buffer());
        }
        if (tilesArrived.getAndSet(false) && loader != null) {
            takeTiles(loader.drainArrived());
        }
        if (rasterArrived.getAndSet(false)) {
            ViewRaster done = renderer.take();
            int step = prefetching;
            rendering = false;
            prefetching = -1;
            prefetchCheck = true;
            if (done != null) {
                if (done.reused()) {
                    done.buffer().changed();
                }
                if (step >= 0) {
                    // a zoom pre-render: kept aside; drawn only when the view arrives at its zoom inside it
                    dropPrefetched(step);
                    prefetched[step] = done;
                    prefetchWarm[step] = false;
                    counters.prefetched(done.renderNanos());
                } else {
                    if (raster != null) {
                        retired.add(new Retired(raster.buffer(), pulses));
                    }
                    raster = done;
                    counters.rendered(done.renderNanos());
                }
            }
            dirty = true; // also after a pre-render: taken over if the view is in it, else its texture is made
        }
        if (dirty) {
            dirty = false;
            draw();
        } else if (followUpDeferred) {
            followUp();
        }
        prefetch();
    }

    // A tile of the drawn level changes the raster; one of another level only while it may stand in for a missing
    // one (an ancestor); prefetched tiles one level down do not ask for a new raster.
    private void takeTiles(List<TileLoader.Arrived> arrived) {
        int level = info == null ? 0 : TileGrid.level(state.zoom(), info.minZoom(), info.maxZoom());
        boolean changed = false;
        for (TileLoader.Arrived tile : arrived) {
            if (tile.image() == null) {
                missing.add(tile.key().packed());
            } else {
                cache.put(tile.key(), tile.image(), tile.bytes());
                changed |= (tile.key().z() == level && nearView(tile.key()))
                        || (tile.key().z() < level && !levelComplete(level));
            }
        }
        if (changed) {
            tileVersion++;
        }
        dirty = true;
    }

    // Whether tile key (of the drawn level) lies in the view or its margin (tiles loaded for a zoom pre-render may lie
    // farther out; they do not change the view's raster).
    private boolean nearView(TileKey key) {
        double k = Math.pow(2, key.z() - state.zoom());
        double size = TileSource.TILE_SIZE;
        double left = state.leftWorldX(key.z()) - MARGIN * k;
        double top = state.topWorldY(key.z()) - MARGIN * k;
        double right = left + (state.width() + 2 * MARGIN) * k;
        double bottom = top + (state.height() + 2 * MARGIN) * k;
        return (key.x() + 1) * size > left
                && key.x() * size < right
                && (key.y() + 1) * size > top
                && key.y() * size < bottom;
    }

    private boolean levelComplete(int level) {
        for (TileKey key : TileGrid.covering(state, level, 0)) {
            if (!cache.contains(key) && !missing.contains(key.packed())) {
                return false;
            }
        }
        return true;
    }

    private void draw() {
        // a frame that takes over a pre-render leaves the work that follows a view change (its own render with the
        // margin, tile requests, the feature query) to the next pulse, so that nothing competes with it for the CPU
        boolean tookOver = !rasterCurrent() && takePrefetched();
        if (!tookOver) {
            requestRaster(); // first, so the background render runs while this frame is drawn and rasterised
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        warmPrefetched(g);
        boolean covering = raster != null && raster.covers(state);
        if (covering) {
            g.drawImage(
                    raster.image(),
                    Math.round(raster.left() - state.leftWorldX(state.zoom())),
                    Math.round(raster.top() - state.topWorldY(state.zoom())));
        } else {
            g.setFill(SEA);
            g.fillRect(0, 0, w, h);
            if (raster != null) {
                // the last raster, shifted and scaled to where its content belongs in this view, until the new one is
                // rendered; unsmoothed, because a smoothed scale of the whole view costs a frame's budget (20 ms
                // against 4 ms on the software pipeline)
                double k = Math.pow(2, state.zoom() - raster.zoom());
                double x = raster.left() * k - state.leftWorldX(state.zoom());
                double y = raster.top() * k - state.topWorldY(state.zoom());
                g.setImageSmoothing(k == 1);
                drawVisiblePart(
                        g,
                        raster.image(),
                        0,
                        0,
                        raster.width(),
                        raster.height(),
                        x,
                        y,
                        raster.width() * k,
                        raster.height() * k);
            }
        }
        counters.frame(
                covering,
                raster != null && raster.tileVersion() == tileVersion && raster.featureVersion() == featureVersion);
        for (Found f : found(conflicts, conflictsFound)) {
            if (drawnNow(f)) {
                ConflictMark.draw(g, state, f.feature().geometry());
            }
        }
        MapFeature mark = selectedFeature();
        if (mark != null) {
            SelectionMark.draw(g, state, mark.geometry());
        }
        if (message != null) {
            drawMessage(g, w, h);
        }
        prefetchCheck = true;
        if (!state.sameViewAs(lastChange)) {
            stillSince = System.nanoTime();
            lastChange = state.copy();
            view.set(lastChange);
            if (tookOver) {
                tilesDeferred = true;
            } else {
                tilesDeferred = false;
                requestTiles();
            }
        }
        if (tookOver) {
            followUpDeferred = true;
        } else {
            followUpDeferred = false;
            if (tilesDeferred) {
                tilesDeferred = false;
                requestTiles();
            }
            fetchFeatures();
        }
    }

    // The work a frame that took over a pre-render left for the next pulse.
    private void followUp() {
        followUpDeferred = false;
        requestRaster();
        if (tilesDeferred) {
            tilesDeferred = false;
            requestTiles();
        }
        fetchFeatures();
    }

    // One render at a time; the next is asked for when the last one is taken in, if still needed. The view's own
    // render goes before any zoom pre-render: one under way is abandoned when the view needs a render or has moved,
    // unless the view has just zoomed to the pre-render's zoom inside it (it is then taken over when it arrives).
    private void requestRaster() {
        if (rendering && prefetching >= 0) {
            boolean arrivingAt = prefetchRegion.zoom() == state.zoom()
                    && contains(prefetchRegion, state)
                    && prefetchVersions == versions();
            if (!arrivingAt && (!state.sameViewAs(prefetchBase) || rasterNeeded() || prefetchVersions != versions())) {
                renderer.supersede();
            }
            return;
        }
        if (rendering && renderingZoom != state.zoom()) {
            renderer.supersede(); // a render of a zoom the view has left: abandoned, and asked for again when it ends
        }
        if (rendering || !rasterNeeded()) {
            return;
        }
        // after a zoom change the view alone is rendered first (about half the pixels and features), then the view
        // with its margin
        int margin = raster == null || raster.zoom() != state.zoom() ? 0 : MARGIN;
        MapViewState grown = state.copy();
        grown.resize((int) state.width() + 2 * margin, (int) state.height() + 2 * margin);
        rendering = true;
        renderingZoom = state.zoom();
        renderer.submit(job(grown, true));
    }

    // Whether the view needs a render of its own: none yet, the last one is smaller than the view plus its margin (a
    // zoom pre-render taken over may be larger), the view drifted from its middle, or tiles or features changed.
    private boolean rasterNeeded() {
        if (state.width() == 0 || state.height() == 0) {
            return false;
        }
        return raster == null
                || raster.width() < (int) state.width() + 2 * MARGIN
                || raster.height() < (int) state.height() + 2 * MARGIN
                || raster.driftedFrom(state, MARGIN / 4.0)
                || raster.tileVersion() != tileVersion
                || raster.featureVersion() != featureVersion;
    }

    // The render of view (the view's own, grown by its margin, or a zoom pre-render): its tiles and the features of
    // the visible layers.
    private ViewRenderer.Job job(MapViewState view, boolean keepTiles) {
        Map<Layer, List<MapFeature>> shown = new EnumMap<>(Layer.class);
        Map<Layer, BitSet> shownMasks = new EnumMap<>(Layer.class);
        Map<Layer, BitSet> m = masks();
        for (Layer layer : Layer.values()) {
            if (layerVisible.get(layer).get()) {
                shown.put(layer, features.getOrDefault(layer, List.of()));
                if (m.containsKey(layer)) {
                    shownMasks.put(layer, m.get(layer));
                }
            }
        }
        return new ViewRenderer.Job(view, tilePieces(view), shown, shownMasks, tileVersion, featureVersion, keepTiles);
    }

    // The tile and feature versions as one value, to tell whether a pre-render under way is of the latest ones.
    private long versions() {
        return tileVersion * 1_000_003L + featureVersion;
    }

    // Zoom pre-renders. When the view has stayed still for PREFETCH_QUIET_NANOS, shows its own current render with
    // its margin and has nothing else to render, the zooms PREFETCH_STEPS away are rendered one at a time, each over
    // every view that zooming about any point of this one can reach (so a zoom about the cursor lands inside it), and
    // only when the tiles and features of that region are all there (so the pre-render is what a render of the new
    // view would show). Pre-renders of older tiles or features, or not covering what the view can reach now, are
    // dropped. A zoom change that lands inside a pre-render of exactly its zoom draws it on the next frame
    // (takePrefetched).
    private void prefetch() {
        if (!prefetchCheck || rendering || dirty || fetching || coasting || followUpDeferred) {
            return;
        }
        if (System.nanoTime() - stillSince < PREFETCH_QUIET_NANOS) {
            return; // looked at again on the next pulse
        }
        if (rasterNeeded() || raster == null || !raster.covers(state)) {
            prefetchCheck = false; // the view's own render comes first; its arrival asks again
            return;
        }
        boolean waiting = false;
        for (int i = 0; i < PREFETCH_STEPS.length; i++) {
            MapViewState region = prefetchRegion(PREFETCH_STEPS[i]);
            ViewRaster have = prefetched[i];
            if (have != null
                    && (region == null
                            || have.tileVersion() != tileVersion
                            || have.featureVersion() != featureVersion
                            || !have.covers(region))) {
                dropPrefetched(i);
                have = null;
            }
            if (have != null || region == null) {
                continue;
            }
            if (!featuresCover(region)) {
                fetchFeatures(region.viewportEnvelope()); // the view has moved inside the last box: a new one
                waiting = true; // looked at again when the features arrive
                continue;
            }
            if (!tilesReady(region)) {
                waiting = true; // looked at again when tiles arrive
                continue;
            }
            rendering = true;
            prefetching = i;
            prefetchBase = state.copy();
            prefetchRegion = region;
            prefetchVersions = versions();
            renderingZoom = region.zoom();
            renderer.submit(job(region, false));
            return;
        }
        prefetchCheck = false;
        prefetchWaiting = waiting;
    }

    // The view that covers every view reached by zooming by step about any point of this one, at that zoom; null when
    // the zoom is clamped to where it is or the region is larger than PREFETCH_MAX_PIXELS. The view's left/top edges
    // keep their fractions of a pixel, so a zoom about the centre or a whole-pixel point lands on whole pixels of it.
    private MapViewState prefetchRegion(double step) {
        if (state.width() == 0 || state.height() == 0) {
            return null;
        }
        MapViewState a = state.copy();
        a.zoomAbout(0, 0, state.zoom() + step);
        MapViewState b = state.copy();
        b.zoomAbout(state.width(), state.height(), state.zoom() + step);
        double z = a.zoom();
        if (z == state.zoom() || b.zoom() != z) {
            return null;
        }
        double left = Math.min(a.leftWorldX(z), b.leftWorldX(z));
        double top = Math.min(a.topWorldY(z), b.topWorldY(z));
        double right = Math.max(a.leftWorldX(z), b.leftWorldX(z)) + state.width();
        double bottom = Math.max(a.topWorldY(z), b.topWorldY(z)) + state.height();
        int w = (int) Math.ceil(right - left) + 1;
        int h = (int) Math.ceil(bottom - top) + 1;
        if ((long) w * h > PREFETCH_MAX_PIXELS) {
            return null;
        }
        MapViewState region = a.copy();
        double centreX = a.leftWorldX(z) + state.width() / 2;
        double centreY = a.topWorldY(z) + state.height() / 2;
        region.resize(w, h);
        region.panBy(centreX - (left + w / 2.0), centreY - (top + h / 2.0));
        return region;
    }

    // Whether the features last fetched cover region (no query under way that may change them).
    private boolean featuresCover(MapViewState region) {
        return store == null || (!fetching && fetchedBox != null && fetchedBox.contains(region.viewportEnvelope()));
    }

    // Whether every tile region draws is cached or known to be missing (so it would not be drawn from an ancestor
    // that a tile arriving later replaces).
    private boolean tilesReady(MapViewState region) {
        if (source == null) {
            return true;
        }
        int z = TileGrid.level(region.zoom(), info.minZoom(), info.maxZoom());
        if (z - region.zoom() > 3) {
            return true;
        }
        for (TileKey key : TileGrid.covering(region, z, 0)) {
            if (!cache.contains(key) && !missing.contains(key.packed())) {
                return false;
            }
        }
        return true;
    }

    // Makes a pre-render of the latest tiles and features that shows the whole view at its zoom the raster, so this
    // frame draws it unscaled; the raster it replaces is retired as usual.
    private boolean takePrefetched() {
        for (int i = 0; i < prefetched.length; i++) {
            ViewRaster p = prefetched[i];
            if (p != null
                    && p.tileVersion() == tileVersion
                    && p.featureVersion() == featureVersion
                    && p.covers(state)) {
                if (raster != null) {
                    retired.add(new Retired(raster.buffer(), pulses));
                }
                raster = p;
                prefetched[i] = null;
                counters.prefetchTaken();
                return true;
            }
        }
        return false;
    }

    // Draws one pixel of each new pre-render under this frame (which paints over it), so that the pipeline makes its
    // texture now, while the view is idle, and not on the frame that takes it over (the software pipeline copies the
    // whole image into a texture on its first draw: about twice as long as a frame for the +1 pre-render).
    private void warmPrefetched(GraphicsContext g) {
        for (int i = 0; i < prefetched.length; i++) {
            if (prefetched[i] != null && !prefetchWarm[i]) {
                g.drawImage(prefetched[i].image(), 0, 0, 1, 1, 0, 0, 1, 1);
                prefetchWarm[i] = true;
            }
        }
    }

    // Gives a pre-render not taken over back to the renderer: at once if never drawn, else two pulses after, as a
    // raster no longer shown.
    private void dropPrefetched(int i) {
        if (prefetched[i] != null) {
            if (prefetchWarm[i]) {
                retired.add(new Retired(prefetched[i].buffer(), pulses));
            } else {
                renderer.recycle(prefetched[i].buffer());
            }
            prefetched[i] = null;
        }
    }

    // Whether outer's pixels hold the whole of inner (both at the same zoom).
    private static boolean contains(MapViewState outer, MapViewState inner) {
        double z = inner.zoom();
        double x = inner.leftWorldX(z) - outer.leftWorldX(z);
        double y = inner.topWorldY(z) - outer.topWorldY(z);
        return x >= -0.5
                && y >= -0.5
                && x + inner.width() <= outer.width() + 0.5
                && y + inner.height() <= outer.height() + 0.5;
    }

    /**
     * Draws source rectangle {@code s*} of {@code image} into destination rectangle {@code d*}, cut to the canvas
     * first. Deep over-zoom makes a tile's destination thousands of canvas widths wide, which the software pipeline
     * does not draw at all; drawing only the visible part, from the matching part of the source, works at any zoom.
     */
    private void drawVisiblePart(
            GraphicsContext g,
            javafx.scene.image.Image image,
            double sx,
            double sy,
            double sw,
            double sh,
            double dx,
            double dy,
            double dw,
            double dh) {
        double cx0 = Math.max(dx, 0);
        double cy0 = Math.max(dy, 0);
        double cx1 = Math.min(dx + dw, canvas.getWidth());
        double cy1 = Math.min(dy + dh, canvas.getHeight());
        if (cx1 <= cx0 || cy1 <= cy0 || dw <= 0 || dh <= 0) {
            return;
        }
        double kx = sw / dw;
        double ky = sh / dh;
        g.drawImage(
                image,
                sx + (cx0 - dx) * kx,
                sy + (cy0 - dy) * ky,
                (cx1 - cx0) * kx,
                (cy1 - cy0) * ky,
                cx0,
                cy0,
                cx1 - cx0,
                cy1 - cy0);
    }

    // The tiles (or the ancestors standing in for them) covering view, placed in its pixels.
    private List<TilePiece> tilePieces(MapViewState view) {
        if (source == null) {
            return new ArrayList<>();
        }
        return TilePlacement.pieces(view, info.minZoom(), info.maxZoom(), tileImages);
    }

    private void drawMessage(GraphicsContext g, double w, double h) {
        g.setFont(Font.font(16));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.web("#ffffff", 0.75));
        g.fillRoundRect(w / 2 - 190, 14, 380, 30, 10, 10);
        g.setFill(Color.web("#37474f"));
        g.fillText(message, w / 2, 29);
    }

    private void requestTiles() {
        if (loader == null) {
            return;
        }
        int z = TileGrid.level(state.zoom(), info.minZoom(), info.maxZoom());
        if (z - state.zoom() > 3) {
            loader.want(List.of(), k -> true);
            return;
        }
        List<TileGrid.Wanted> wanted = new ArrayList<>(TileGrid.wanted(state, z, info.minZoom(), info.maxZoom()));
        // then, last, the tiles of the zoom pre-renders' regions
        Set<Long> listed = new HashSet<>();
        for (TileGrid.Wanted w : wanted) {
            listed.add(w.key().packed());
        }
        double priority = 1000;
        for (double step : PREFETCH_STEPS) {
            MapViewState region = prefetchRegion(step);
            if (region == null) {
                continue;
            }
            int level = TileGrid.level(region.zoom(), info.minZoom(), info.maxZoom());
            if (level - region.zoom() > 3) {
                continue;
            }
            for (TileKey key : TileGrid.covering(region, level, 0)) {
                if (listed.add(key.packed())) {
                    wanted.add(new TileGrid.Wanted(key, priority));
                }
            }
            priority += 100;
        }
        loader.want(wanted, key -> cache.contains(key) || missing.contains(key.packed()));
    }

    // At most one query in flight; the box is the view grown by a view and a bit on each side, so small pans need
    // none, and so that it holds every view one level out about any point of this one (the zoom pre-render).
    private void fetchFeatures() {
        fetchFeatures(null);
    }

    // As above, and also when the last box does not hold need (a zoom pre-render's region; the view then is idle).
    private void fetchFeatures(Envelope need) {
        if (store == null || fetching || state.width() == 0) {
            return;
        }
        Envelope visible = state.viewportEnvelope();
        if (fetchedBox != null
                && fetchedBox.contains(visible)
                && (need == null || fetchedBox.contains(need))
                && Math.abs(fetchedZoom - state.zoom()) < 3) {
            return;
        }
        MapViewState around = state.copy();
        around.resize(state.width() * 3.1, state.height() * 3.1);
        Envelope box = around.viewportEnvelope();
        box.expandToInclude(visible);
        double zoom = state.zoom();
        PictureStore picture = store;
        long generation = featureGeneration;
        List<Layer> layers = layerVisible.entrySet().stream()
                .filter(e -> e.getValue().get())
                .map(Map.Entry::getKey)
                .toList();
        fetching = true;
        io.execute(() -> {
            Map<Layer, List<MapFeature>> result = new EnumMap<>(Layer.class);
            try {
                for (Layer layer : layers) {
                    result.put(layer, picture.mapFeatures(layer, box));
                }
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "map features not read: " + e.getMessage());
                result = null;
            }
            Map<Layer, List<MapFeature>> answer = result;
            Platform.runLater(() -> {
                fetching = false;
                if (answer != null && generation == featureGeneration) {
                    features = answer;
                    featureVersion++;
                    fetchedBox = box;
                    fetchedZoom = zoom;
                }
                markDirty();
            });
        });
    }

    private void closeSource() {
        TileLoader oldLoader = loader;
        TileSource oldSource = source;
        loader = null;
        source = null;
        info = null;
        cache.clear();
        missing.clear();
        tileVersion++;
        if (oldLoader != null) {
            oldLoader.close();
        }
        if (oldSource != null) {
            Background.run("paxmap-close-map", oldSource::close);
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        stopCoasting();
        dragX = e.getX();
        dragY = e.getY();
        dragNanos = System.nanoTime();
        velocityX = 0;
        velocityY = 0;
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        long now = System.nanoTime();
        double seconds = (now - dragNanos) / 1e9;
        if (seconds > 0) {
            velocityX = 0.6 * dx / seconds + 0.4 * velocityX;
            velocityY = 0.6 * dy / seconds + 0.4 * velocityY;
        }
        dragX = e.getX();
        dragY = e.getY();
        dragNanos = now;
        state.panBy(dx, dy);
        cursor.set(new Point2D(state.lonAt(e.getX()), state.latAt(e.getY())));
        markDirty();
    }

    private void released(MouseEvent e) {
        boolean recent = (System.nanoTime() - dragNanos) < 80_000_000L;
        if (!e.isStillSincePress() && recent && Math.hypot(velocityX, velocityY) > 50) {
            double speed = Math.hypot(velocityX, velocityY);
            double limit = Math.min(1, MAX_FLING / speed);
            velocityX *= limit;
            velocityY *= limit;
            coasting = true;
            lastFrameNanos = 0;
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
            if (!zoomIntoClusterAt(e.getX(), e.getY())) {
                pickAt(e.getX(), e.getY());
            }
        }
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            stopCoasting();
            state.zoomAbout(e.getX(), e.getY(), state.zoom() + 1);
            markDirty();
        }
    }

    private void scrolled(ScrollEvent e) {
        stopCoasting();
        // a mouse wheel notch is 40 px on most platforms (a quarter level); smaller deltas (trackpads, some robots)
        // still zoom by at least a tenth of a level per event
        double dy = e.getDeltaY();
        double steps = Math.signum(dy) * Math.max(0.1, Math.min(1, Math.abs(dy) / 160));
        if (dy != 0) {
            state.zoomAbout(e.getX(), e.getY(), state.zoom() + steps);
            markDirty();
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        double cx = state.width() / 2;
        double cy = state.height() / 2;
        switch (e.getCode()) {
            case LEFT -> state.panBy(PAN_STEP, 0);
            case RIGHT -> state.panBy(-PAN_STEP, 0);
            case UP -> state.panBy(0, PAN_STEP);
            case DOWN -> state.panBy(0, -PAN_STEP);
            case PLUS, ADD, EQUALS -> state.zoomAbout(cx, cy, state.zoom() + 1);
            case MINUS, SUBTRACT -> state.zoomAbout(cx, cy, state.zoom() - 1);
            case HOME -> zoomToPicture();
            default -> {
                return;
            }
        }
        stopCoasting();
        markDirty();
        e.consume();
    }

    private void stopCoasting() {
        coasting = false;
        velocityX = 0;
        velocityY = 0;
    }
}
