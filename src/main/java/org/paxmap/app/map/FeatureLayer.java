package org.paxmap.app.map;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Layer;
import org.paxmap.render.MapViewState;
import org.paxmap.store.IncidentCells;
import org.paxmap.store.MapFeature;
import org.paxmap.store.PictureStore;

/**
 * The map's feature layer: the picture's features fetched for the view ({@link PictureStore#mapFeatures}, for the
 * view plus a view's width and height on every side, one query at a time), which layers are visible, the review's
 * filter over them ({@link ReviewMasks}), and the selected and conflicting features among them ({@link
 * FeatureMarks}). Below zoom 11, while no filter narrows the incidents and the box holds many, the incidents come
 * aggregated by the store ({@link IncidentCellFetch}: cells of the cluster grid, {@link #cells()}) and only the single
 * ones and the marked ones as features; the review's filter cannot be answered by a count per cell, so while one narrows the incidents
 * they are read as rows. It counts the changes that call for a new render ({@link #version()}); the last answer is kept and
 * drawn until the next one arrives.
 *
 * <p>FX-thread only, except the query itself, which runs on the store I/O executor given to {@link #show} and hands
 * its answer back with {@link Platform#runLater}. The lists and masks handed out are never changed afterwards, so a
 * render may read them on its own thread.
 */
final class FeatureLayer {
    private static final System.Logger LOG = System.getLogger(FeatureLayer.class.getName());

    private final Map<Layer, BooleanProperty> visible = new EnumMap<>(Layer.class);
    private final ObjectProperty<UUID> selected;
    private final ReviewMasks masks = new ReviewMasks();
    private final FeatureMarks marks = new FeatureMarks();
    private final FeatureMarks.Drawn drawnNow = this::drawnNow;
    private final Runnable repaint;
    private PictureStore store;
    private Executor io;
    private Envelope pictureExtent = new Envelope();
    private Map<Layer, List<MapFeature>> features = new EnumMap<>(Layer.class);
    private List<IncidentCells> cells; // null: the incidents are read as rows
    private int fetchedQuarter = -1;
    private Envelope fetchedBox;
    private double fetchedZoom;
    private boolean fetching;
    private long generation;
    private long version;

    /** A layer whose properties belong to {@code bean}; {@code repaint} is run whenever what it draws changes. */
    FeatureLayer(Object bean, Runnable repaint) {
        this.repaint = repaint;
        for (Layer layer : Layer.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(bean, layer.tableName(), true);
            shown.addListener((o, was, now) -> {
                fetchedBox = null;
                generation++;
                version++;
                repaint.run();
            });
            visible.put(layer, shown);
        }
        selected = new SimpleObjectProperty<>(bean, "selected");
        selected.addListener((o, was, now) -> {
            refetchMarks();
            repaint.run();
        });
    }

    BooleanProperty visibleProperty(Layer layer) {
        return visible.get(layer);
    }

    boolean visible(Layer layer) {
        return visible.get(layer).get();
    }

    ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /**
     * Fetches the features of {@code picture} on {@code storeIo} from the next {@link #fetch} on. The features of
     * another picture are dropped at once; those of the same picture read again stay until the new answer replaces
     * them, so an edit never makes the map blink empty.
     */
    void show(PictureStore picture, Executor storeIo, Envelope extent) {
        if (picture != store) {
            features = new EnumMap<>(Layer.class);
            cells = null;
            version++;
        }
        store = picture;
        io = storeIo;
        pictureExtent = new Envelope(extent);
        fetchedBox = null;
        generation++;
    }

    /** The picture's extent as given to {@link #show}. */
    Envelope pictureExtent() {
        return pictureExtent;
    }

    /** Counts the feature, filter and layer changes a render must show; a render of an older count is out of date. */
    long version() {
        return version;
    }

    /** Whether a query is under way. */
    boolean fetching() {
        return fetching;
    }

    /** The last features fetched for {@code layer}; empty before the first answer. */
    List<MapFeature> fetched(Layer layer) {
        return features.getOrDefault(layer, List.of());
    }

    /**
     * The incidents aggregated per cell for the visible incidents layer, one entry per quarter zoom fetched; {@code
     * null} when they are drawn from the fetched rows (then the incident features are all of them, else only the
     * single and marked ones).
     */
    List<IncidentCells> cells() {
        return visible(Layer.INCIDENTS) ? cells : null;
    }

    /**
     * Draws only the features {@code ids} lets through ({@code null}: every feature). Cells never show what a filter
     * hides: when it narrows the incidents the cells are dropped at once and the rows read.
     */
    void filter(FeatureFilter ids) {
        boolean wasEveryIncident = masks.letsEveryIncidentThrough();
        masks.filter(ids);
        version++;
        boolean everyIncident = masks.letsEveryIncidentThrough();
        boolean hadCells = cells != null;
        if (hadCells && !everyIncident) {
            cells = null;
            features = new EnumMap<>(features);
            features.remove(Layer.INCIDENTS);
        }
        // the rows are needed now, or cells may serve again; a filter that changes within the same kind keeps what
        // was read (rows stay right under any filter)
        if ((hadCells && !everyIncident) || (!wasEveryIncident && everyIncident)) {
            fetchedBox = null;
            generation++;
        }
    }

    // With cells, the marked incidents are fetched one by one: a new mark needs a new fetch.
    private void refetchMarks() {
        if (cells != null) {
            fetchedBox = null;
            generation++;
        }
    }

    /** The fetched features the filter lets through, per layer (visible or not). */
    Map<Layer, List<MapFeature>> drawn() {
        return masks.drawn(features);
    }

    /** The fetched features of the visible layers, what a render draws (filtered by {@link #shownMasks()}). */
    Map<Layer, List<MapFeature>> shown() {
        Map<Layer, List<MapFeature>> shown = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            if (visible(layer)) {
                shown.put(layer, features.getOrDefault(layer, List.of()));
            }
        }
        return shown;
    }

    /** The review's masks of the visible layers (no entry: all drawn). */
    Map<Layer, BitSet> shownMasks() {
        Map<Layer, BitSet> shownMasks = new EnumMap<>(Layer.class);
        Map<Layer, BitSet> m = masks.masks(features);
        for (Layer layer : Layer.values()) {
            if (visible(layer) && m.containsKey(layer)) {
                shownMasks.put(layer, m.get(layer));
            }
        }
        return shownMasks;
    }

    // Whether the fetched feature at index of layer is drawn now: its layer visible and the filter letting it through.
    private boolean drawnNow(Layer layer, int index) {
        BitSet mask = masks.masks(features).get(layer);
        return visible(layer) && (mask == null || mask.get(index));
    }

    /** Flags the features with these ids as in conflict. */
    void showConflicts(Set<UUID> ids) {
        marks.conflicts(ids);
        refetchMarks();
    }

    /** The features flagged as in conflict and drawn now. */
    List<MapFeature> conflictsDrawn() {
        return marks.conflictsDrawn(features, drawnNow);
    }

    /** The selected feature when it is drawn now, else {@code null}. */
    MapFeature selectedDrawn() {
        return marks.selectedDrawn(selected.get(), features, drawnNow);
    }

    /** Whether the features last fetched cover {@code region} (no query under way that may change them). */
    boolean covers(MapViewState region) {
        return store == null || (!fetching && fetchedBox != null && fetchedBox.contains(region.viewportEnvelope()));
    }

    /**
     * Queries the features around {@code view} unless the last box holds it (and {@code need}, a zoom pre-render's
     * region, when not {@code null}) at a zoom less than 3 levels away. At most one query in flight; the box is the
     * view grown by a view and a bit on each side, so small pans need none, and so that it holds every view one level
     * out about any point of this one (the zoom pre-render).
     */
    void fetch(MapViewState view, Envelope need) {
        if (store == null || fetching || view.width() == 0) {
            return;
        }
        Envelope shownBox = view.viewportEnvelope();
        int quarter =
                visible(Layer.INCIDENTS) && masks.letsEveryIncidentThrough() ? IncidentCellFetch.quarter(view) : -1;
        if (fetchedBox != null
                && fetchedBox.contains(shownBox)
                && (need == null || fetchedBox.contains(need))
                // rows serve within 3 levels (however many: cells were not asked for, or declined as few); cells
                // serve their own quarter zoom only
                && (fetchedQuarter < 0 ? Math.abs(fetchedZoom - view.zoom()) < 3 : fetchedQuarter == quarter)) {
            return;
        }
        MapViewState around = view.copy();
        around.resize(view.width() * 3.1, view.height() * 3.1);
        Envelope box = around.viewportEnvelope();
        box.expandToInclude(shownBox);
        double zoom = view.zoom();
        PictureStore picture = store;
        long asked = generation;
        List<Layer> layers = visible.entrySet().stream()
                .filter(e -> e.getValue().get())
                .map(Map.Entry::getKey)
                .toList();
        Set<UUID> marked = new HashSet<>(marks.conflictIds());
        if (selected.get() != null) {
            marked.add(selected.get());
        }
        fetching = true;
        io.execute(() -> {
            Map<Layer, List<MapFeature>> result = new EnumMap<>(Layer.class);
            IncidentCellFetch.Answer aggregated = null;
            try {
                for (Layer layer : layers) {
                    if (layer == Layer.INCIDENTS && quarter >= 0) {
                        aggregated = IncidentCellFetch.read(picture, quarter, box, shownBox, marked);
                    }
                    result.put(
                            layer,
                            layer == Layer.INCIDENTS && aggregated != null
                                    ? aggregated.incidents()
                                    : picture.mapFeatures(layer, box));
                }
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "map features not read: " + e.getMessage());
                result = null;
            }
            Map<Layer, List<MapFeature>> answer = result;
            List<IncidentCells> answerCells = aggregated == null ? null : aggregated.levels();
            Platform.runLater(() -> {
                fetching = false;
                if (answer != null && asked == generation && answerCells != null && !masks.letsEveryIncidentThrough()) {
                    // a filter narrowed the incidents while the cells were read: they may count what it hides, so
                    // the answer is dropped and the next fetch reads the rows
                    fetchedBox = null;
                } else if (answer != null && asked == generation) {
                    features = answer;
                    cells = answerCells;
                    version++;
                    fetchedBox = box;
                    fetchedZoom = zoom;
                    fetchedQuarter = answerCells == null ? -1 : quarter;
                }
                repaint.run();
            });
        });
    }
}
