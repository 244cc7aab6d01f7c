package org.paxmap.app.map;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * until it comes the last one is drawn shifted or scaled (with the sea where it does not reach). In the raster, tiles
 * of the integer level nearest the zoom ({@link TileGrid#level}) are drawn scaled; a tile not loaded yet is covered by
 * its nearest cached ancestor, scaled (so is over-zoom past the set's deepest level). Tiles are read and decoded by a
 * {@link TileLoader} (two threads, centre-out, with a one-tile margin and ±1 zoom prefetched) into a cache bounded in
 * bytes. Features are queried per viewport ({@link PictureStore#mapFeatures}) on the window's store I/O executor;
 * the last answer is kept and redrawn until the next one arrives.
 *
 * <p>Interaction: drag to pan (with inertia), wheel to zoom about the cursor in fractional steps, double-click to zoom
 * in about the point, arrow keys pan, {@code +}/{@code -} zoom, Home zooms to the picture; a click on a feature picks
 * it ({@link #setOnFeaturePicked}).
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

    /** The background where there is no tile: the sea. */
    public static final Color SEA = Color.web("#aac8dc");

    /** Shown when no tile set is open. */
    public static final String NO_BASE_MAP = "No base map — File ▸ Open map…";

    static final double PAN_STEP = 96;

    /** A raster buffer no longer shown, and the pulse it was replaced on (it is reused two pulses later). */
    private record Retired(RasterBuffer buffer, long pulse) {}

    /** Pixels rendered beyond each edge of the view, so that a pan is drawn from the last raster. */
    static final int MARGIN = 256;

    private static final double INERTIA_SECONDS = 0.35;
    private static final double MAX_FLING = 3000;
    private static final System.Logger LOG = System.getLogger(MapView.class.getName());

    private final Canvas canvas = new Canvas();
    private final MapViewState state = new MapViewState(35.5, 33.5, 7, 0, 0);
    private final TileCache<BufferedImage> cache;
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
    private Map<Layer, List<MapFeature>> filteredFrom;
    private Map<Layer, List<MapFeature>> filtered = new EnumMap<>(Layer.class);
    private FeatureFilter keyedWith;
    private Map<Layer, List<MapFeature>> keyedFrom;
    private final Map<Layer, int[]> keys = new EnumMap<>(Layer.class);
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");
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
        store = picture;
        io = storeIo;
        pictureExtent = new Envelope(extent);
        features = new EnumMap<>(Layer.class);
        fetchedBox = null;
        featureGeneration++;
        featureVersion++;
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

    /** Whether a finished background render waits to be taken in on the next pulse (for the benchmark). */
    boolean rasterWaiting() {
        return rasterArrived.get();
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
        filteredFrom = null;
        featureVersion++;
        markDirty();
    }

    /** The fetched features of {@code layer} that {@link #showOnly} lets through: what the view draws of it. */
    public List<MapFeature> drawnFeatures(Layer layer) {
        return drawn().getOrDefault(layer, List.of());
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

    /** Centres the view on lon/lat, zooming in to {@code minZoom} if the view is further out. */
    public void centreOn(double lon, double lat, double minZoom) {
        stopCoasting();
        if (state.zoom() < minZoom) {
            state.setZoom(minZoom);
        }
        state.centreOn(lon, lat);
        markDirty();
    }

    // The fetched features filtered by shownIds, worked out again only when either changed.
    private Map<Layer, List<MapFeature>> drawn() {
        if (shownIds == null) {
            return features;
        }
        if (filteredFrom != features) {
            if (keyedFrom != features || !shownIds.sameKeys(keyedWith)) {
                keys.clear();
                for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
                    List<MapFeature> list = e.getValue();
                    int[] k = new int[list.size()];
                    for (int i = 0; i < k.length; i++) {
                        UUID id = list.get(i).id();
                        k[i] = id == null ? -1 : shownIds.key(id);
                    }
                    keys.put(e.getKey(), k);
                }
                keyedFrom = features;
                keyedWith = shownIds;
            }
            Map<Layer, List<MapFeature>> out = new EnumMap<>(Layer.class);
            for (Map.Entry<Layer, List<MapFeature>> e : features.entrySet()) {
                List<MapFeature> list = e.getValue();
                int[] k = keys.get(e.getKey());
                List<MapFeature> kept = new ArrayList<>();
                for (int i = 0; i < k.length; i++) {
                    MapFeature f = list.get(i);
                    if (f.id() == null || shownIds.shows(k[i], f.id())) {
                        kept.add(f);
                    }
                }
                out.put(e.getKey(), kept);
            }
            filtered = out;
            filteredFrom = features;
        }
        return filtered;
    }

    private MapFeature selectedFeature() {
        UUID id = selected.get();
        if (id == null) {
            return null;
        }
        for (Map.Entry<Layer, List<MapFeature>> e : drawn().entrySet()) {
            if (layerVisible.get(e.getKey()).get()) {
                for (MapFeature f : e.getValue()) {
                    if (id.equals(f.id())) {
                        return f;
                    }
                }
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
            rendering = false;
            if (done != null) {
                if (done.reused()) {
                    done.buffer().changed();
                }
                if (raster != null) {
                    retired.add(new Retired(raster.buffer(), pulses));
                }
                raster = done;
                counters.rendered(done.renderNanos());
            }
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            draw();
        }
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
                changed |= tile.key().z() == level || (tile.key().z() < level && !levelComplete(level));
            }
        }
        if (changed) {
            tileVersion++;
        }
        dirty = true;
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
        requestRaster(); // first, so the background render runs while this frame is drawn and rasterised
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
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
        MapFeature mark = selectedFeature();
        if (mark != null) {
            SelectionMark.draw(g, state, mark.geometry());
        }
        if (message != null) {
            drawMessage(g, w, h);
        }
        if (!state.sameViewAs(lastChange)) {
            lastChange = state.copy();
            view.set(lastChange);
            requestTiles();
        }
        fetchFeatures();
    }

    // One render at a time; the next is asked for when the last one is taken in, if still needed.
    private void requestRaster() {
        if (rendering && renderingZoom != state.zoom()) {
            renderer.supersede(); // a render of a zoom the view has left: abandoned, and asked for again when it ends
        }
        if (rendering || state.width() == 0 || state.height() == 0) {
            return;
        }
        boolean needed = raster == null
                || raster.width() != (int) state.width() + 2 * MARGIN
                || raster.height() != (int) state.height() + 2 * MARGIN
                || raster.driftedFrom(state, MARGIN / 4.0)
                || raster.tileVersion() != tileVersion
                || raster.featureVersion() != featureVersion;
        if (!needed) {
            return;
        }
        // after a zoom change the view alone is rendered first (about half the pixels and features), then the view
        // with its margin
        int margin = raster == null || raster.zoom() != state.zoom() ? 0 : MARGIN;
        MapViewState grown = state.copy();
        grown.resize((int) state.width() + 2 * margin, (int) state.height() + 2 * margin);
        Map<Layer, List<MapFeature>> shown = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            if (layerVisible.get(layer).get()) {
                shown.put(layer, drawn().getOrDefault(layer, List.of()));
            }
        }
        rendering = true;
        renderingZoom = state.zoom();
        renderer.submit(new ViewRenderer.Job(grown, tilePieces(grown), shown, tileVersion, featureVersion));
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
    private List<ViewRenderer.TilePiece> tilePieces(MapViewState view) {
        List<ViewRenderer.TilePiece> pieces = new ArrayList<>();
        if (source == null) {
            return pieces;
        }
        int z = TileGrid.level(view.zoom(), info.minZoom(), info.maxZoom());
        if (z - view.zoom() > 3) {
            return pieces; // the set starts far deeper than this view: thousands of tiles, none legible
        }
        double scale = Math.pow(2, view.zoom() - z);
        double left = view.leftWorldX(z);
        double top = view.topWorldY(z);
        int size = TileSource.TILE_SIZE;
        for (TileKey key : TileGrid.covering(view, z, 0)) {
            // snap both edges to whole pixels so neighbouring tiles meet without seams
            double x0 = Math.floor((key.x() * size - left) * scale);
            double y0 = Math.floor((key.y() * size - top) * scale);
            double x1 = Math.floor(((key.x() + 1) * size - left) * scale);
            double y1 = Math.floor(((key.y() + 1) * size - top) * scale);
            BufferedImage image = cache.get(key);
            if (image != null) {
                pieces.add(new ViewRenderer.TilePiece(image, 0, 0, size, size, x0, y0, x1 - x0, y1 - y0));
                continue;
            }
            TileKey ancestor = cache.nearestCachedAncestor(key);
            if (ancestor != null) {
                int levels = key.z() - ancestor.z();
                double part = (double) size / (1 << levels);
                double sx = (key.x() - ((long) ancestor.x() << levels)) * part;
                double sy = (key.y() - ((long) ancestor.y() << levels)) * part;
                pieces.add(
                        new ViewRenderer.TilePiece(cache.get(ancestor), sx, sy, part, part, x0, y0, x1 - x0, y1 - y0));
            }
        }
        return pieces;
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
        loader.want(
                TileGrid.wanted(state, z, info.minZoom(), info.maxZoom()),
                key -> cache.contains(key) || missing.contains(key.packed()));
    }

    // At most one query in flight; the box is the view grown by half on each side, so small pans need none.
    private void fetchFeatures() {
        if (store == null || fetching || state.width() == 0) {
            return;
        }
        Envelope visible = state.viewportEnvelope();
        if (fetchedBox != null && fetchedBox.contains(visible) && Math.abs(fetchedZoom - state.zoom()) < 3) {
            return;
        }
        Envelope box = new Envelope(visible);
        box.expandBy(visible.getWidth() / 2, visible.getHeight() / 2);
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
            Map<Layer, List<MapFeature>> visible = new EnumMap<>(Layer.class);
            drawn().forEach((layer, list) -> {
                if (layerVisible.get(layer).get()) {
                    visible.put(layer, list);
                }
            });
            MapFeature hit = FeaturePicker.pick(state, visible, e.getX(), e.getY());
            onPick.accept(hit == null ? null : hit.id());
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
