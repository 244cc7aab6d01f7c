package org.paxmap.app.map;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import javafx.scene.image.Image;
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
 * <p>Drawing: any change marks the view dirty and an {@link AnimationTimer} redraws at most once per pulse. Tiles of
 * the integer level nearest the zoom ({@link TileGrid#level}) are drawn scaled; a tile not loaded yet is covered by its
 * nearest cached ancestor, scaled (so is over-zoom past the set's deepest level). Tiles are read and decoded by a
 * {@link TileLoader} (two threads, centre-out, with a one-tile margin and ±1 zoom prefetched) into a cache bounded in
 * bytes. Features are queried per viewport ({@link PictureStore#mapFeatures}) on the window's store I/O executor;
 * the last answer is kept and redrawn until the next one arrives.
 *
 * <p>Interaction: drag to pan (with inertia), wheel to zoom about the cursor in fractional steps, double-click to zoom
 * in about the point, arrow keys pan, {@code +}/{@code -} zoom, Home zooms to the picture.
 *
 * <p>FX-thread only, except where a method says otherwise.
 */
public final class MapView extends Region {
    /** The default tile cache budget. */
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;

    /** The background where there is no tile: the sea. */
    public static final Color SEA = Color.web("#aac8dc");

    /** Shown when no tile set is open. */
    public static final String NO_BASE_MAP = "No base map — File ▸ Open map…";

    static final double PAN_STEP = 96;
    private static final double INERTIA_SECONDS = 0.35;
    private static final double MAX_FLING = 3000;
    private static final System.Logger LOG = System.getLogger(MapView.class.getName());

    private final Canvas canvas = new Canvas();
    private final IncidentLayout incidentLayout = new IncidentLayout();
    private final MapViewState state = new MapViewState(35.5, 33.5, 7, 0, 0);
    private final TileCache<Image> cache;
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

    private PictureStore store;
    private Executor io;
    private Envelope pictureExtent = new Envelope();
    private Map<Layer, List<MapFeature>> features = new EnumMap<>(Layer.class);
    private Envelope fetchedBox;
    private double fetchedZoom;
    private boolean fetching;
    private long featureGeneration;

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
                markDirty();
            });
            layerVisible.put(layer, shown);
        }
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
        closeSource();
    }

    /** Whether {@code key} is in the tile cache (for tests). */
    boolean isCached(TileKey key) {
        return cache.contains(key);
    }

    /**
     * Tiles of the view's drawn level that are neither cached nor known to be missing, plus one while a redraw is
     * pending or arrived tiles wait to be taken in; 0 means the view is fully painted (for tests and the benchmark).
     */
    int tilesPending() {
        int pending = dirty || tilesArrived.get() ? 1 : 0;
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

    /** Takes in arrived tiles and redraws now, as a pulse would (for the benchmark, which times the redraw). */
    void redrawNow() {
        dirty = true;
        pulse(System.nanoTime());
    }

    /** The last features fetched for {@code layer} (drawn when the layer is visible); empty before the first answer. */
    public List<MapFeature> shownFeatures(Layer layer) {
        return features.getOrDefault(layer, List.of());
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
        if (tilesArrived.getAndSet(false) && loader != null) {
            for (TileLoader.Arrived tile : loader.drainArrived()) {
                if (tile.image() == null) {
                    missing.add(tile.key().packed());
                } else {
                    cache.put(tile.key(), tile.image(), tile.bytes());
                }
            }
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(SEA);
        g.fillRect(0, 0, w, h);
        if (source != null) {
            drawTiles(g);
        }
        if (layerVisible.get(Layer.ZONES).get()) {
            FeaturePainter.drawZones(g, state, features.getOrDefault(Layer.ZONES, List.of()));
        }
        if (layerVisible.get(Layer.ROUTES).get()) {
            FeaturePainter.drawRoutes(g, state, features.getOrDefault(Layer.ROUTES, List.of()));
        }
        if (layerVisible.get(Layer.INCIDENTS).get()) {
            incidentLayout.draw(g, state, features.getOrDefault(Layer.INCIDENTS, List.of()));
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

    /**
     * Draws source rectangle {@code s*} of {@code image} into destination rectangle {@code d*}, cut to the canvas
     * first. Deep over-zoom makes a tile's destination thousands of canvas widths wide, which the software pipeline
     * does not draw at all; drawing only the visible part, from the matching part of the source, works at any zoom.
     */
    private void drawVisiblePart(
            GraphicsContext g,
            Image image,
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

    private void drawTiles(GraphicsContext g) {
        int z = TileGrid.level(state.zoom(), info.minZoom(), info.maxZoom());
        if (z - state.zoom() > 3) {
            return; // the set starts far deeper than this view: thousands of tiles, none legible
        }
        double scale = Math.pow(2, state.zoom() - z);
        double left = state.leftWorldX(z);
        double top = state.topWorldY(z);
        int size = TileSource.TILE_SIZE;
        g.setImageSmoothing(true);
        for (TileKey key : TileGrid.covering(state, z, 0)) {
            // snap both edges to whole pixels so neighbouring tiles meet without seams
            double x0 = Math.floor((key.x() * size - left) * scale);
            double y0 = Math.floor((key.y() * size - top) * scale);
            double x1 = Math.floor(((key.x() + 1) * size - left) * scale);
            double y1 = Math.floor(((key.y() + 1) * size - top) * scale);
            Image image = cache.get(key);
            if (image != null) {
                drawVisiblePart(g, image, 0, 0, size, size, x0, y0, x1 - x0, y1 - y0);
                continue;
            }
            TileKey ancestor = cache.nearestCachedAncestor(key);
            if (ancestor != null) {
                int levels = key.z() - ancestor.z();
                double part = (double) size / (1 << levels);
                double sx = (key.x() - ((long) ancestor.x() << levels)) * part;
                double sy = (key.y() - ((long) ancestor.y() << levels)) * part;
                drawVisiblePart(g, cache.get(ancestor), sx, sy, part, part, x0, y0, x1 - x0, y1 - y0);
            }
        }
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
