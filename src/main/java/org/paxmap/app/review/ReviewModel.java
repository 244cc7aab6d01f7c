package org.paxmap.app.review;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.paxmap.model.Feature;
import org.paxmap.model.Layer;
import org.paxmap.review.DailyHistogram;
import org.paxmap.review.FilteredPicture;
import org.paxmap.review.IncidentColumn;
import org.paxmap.review.PictureFilter;
import org.paxmap.review.PictureView;
import org.paxmap.store.PictureStore;

/**
 * The review's state: the filtered picture, the filter, the incident table's sort order, what the filter lets
 * through (incident rows, routes, zones, the map's visible ids), the timeline's histogram and the selected feature.
 * A filter or sort change answers at once, on the calling thread, from the in-memory {@link FilteredPicture}
 * (milliseconds for 100,000 incidents); loading the picture reads the store on the I/O executor.
 *
 * <p>FX-thread only: every method and property must be used on the JavaFX application thread, which owns the {@link
 * FilteredPicture} and the {@link PictureView}s it hands out.
 */
public final class ReviewModel {
    private final ObjectProperty<PictureFilter> filter =
            new SimpleObjectProperty<>(this, "filter", PictureFilter.all());
    private final ReadOnlyObjectWrapper<PictureView> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyObjectWrapper<List<Feature>> routes = new ReadOnlyObjectWrapper<>(this, "routes", List.of());
    private final ReadOnlyObjectWrapper<List<Feature>> zones = new ReadOnlyObjectWrapper<>(this, "zones", List.of());
    private final ReadOnlyObjectWrapper<DailyHistogram> histogram = new ReadOnlyObjectWrapper<>(this, "histogram");
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");
    private FilteredPicture picture;
    private int incidentTotal;
    private IncidentColumn column = IncidentColumn.TIME;
    private boolean ascending = false;
    private PictureFilter histogramFilter;
    private int generation;

    /** An empty review; {@link #load} fills it. */
    public ReviewModel() {
        filter.addListener((o, was, now) -> refresh());
    }

    /**
     * Reads every live feature of {@code store} on {@code io} and then shows them under the current filter. A load
     * started later wins over one still running. {@code onFailure} gets the reason if the store cannot be read.
     */
    public void load(PictureStore store, Executor io, Consumer<Throwable> onFailure) {
        int mine = ++generation;
        Task<FilteredPicture> task = new Task<>() {
            @Override
            protected FilteredPicture call() throws Exception {
                return FilteredPicture.load(store);
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                onFailure.accept(task.getException());
            }
        });
        io.execute(task);
    }

    /** Shows {@code loaded} (already read from the store) under the current filter. */
    public void show(FilteredPicture loaded) {
        picture = Objects.requireNonNull(loaded, "loaded");
        incidentTotal = loaded.incidentCount();
        histogramFilter = null;
        refresh();
    }

    /** The filter; setting it updates every answer before returning. */
    public ObjectProperty<PictureFilter> filterProperty() {
        return filter;
    }

    /** The current filter. */
    public PictureFilter filter() {
        return filter.get();
    }

    /** Replaces the filter. */
    public void setFilter(PictureFilter newFilter) {
        filter.set(Objects.requireNonNull(newFilter, "newFilter"));
    }

    /** Orders the incident rows by {@code newColumn}; nothing happens when that is already the order. */
    public void sortBy(IncidentColumn newColumn, boolean newAscending) {
        if (newColumn == column && newAscending == ascending) {
            return;
        }
        column = newColumn;
        ascending = newAscending;
        refresh();
    }

    /** The column the incident rows are ordered by. */
    public IncidentColumn sortColumn() {
        return column;
    }

    /** Whether the incident rows are in ascending order. */
    public boolean sortAscending() {
        return ascending;
    }

    /** What the filter lets through: sorted incident rows and the map's visible ids; {@code null} before a load. */
    public ReadOnlyObjectProperty<PictureView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** The routes the filter lets through. */
    public ReadOnlyObjectProperty<List<Feature>> routesProperty() {
        return routes.getReadOnlyProperty();
    }

    /** The zones the filter lets through. */
    public ReadOnlyObjectProperty<List<Feature>> zonesProperty() {
        return zones.getReadOnlyProperty();
    }

    /** Incidents per day under the filter without its time window; {@code null} before a load. */
    public ReadOnlyObjectProperty<DailyHistogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /** The selected feature's id (an incident, route or zone), or {@code null}. Table and map both follow it. */
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /** How many live incidents the picture holds, whatever the filter. */
    public int incidentTotal() {
        return incidentTotal;
    }

    /** Sets {@code property} only when {@code now} holds other features (a time drag rarely changes routes). */
    private static void replaceIfChanged(ReadOnlyObjectWrapper<List<Feature>> property, List<Feature> now) {
        List<Feature> was = property.get();
        boolean same = was.size() == now.size();
        for (int i = 0; same && i < now.size(); i++) {
            same = was.get(i) == now.get(i);
        }
        if (!same) {
            property.set(List.copyOf(now));
        }
    }

    private void refresh() {
        if (picture == null) {
            return;
        }
        PictureFilter f = filter.get();
        PictureFilter withoutTime = f.withoutTime();
        if (!withoutTime.equals(histogramFilter)) {
            histogramFilter = withoutTime;
            histogram.set(picture.histogram(withoutTime));
        }
        replaceIfChanged(routes, picture.features(f, Layer.ROUTES));
        replaceIfChanged(zones, picture.features(f, Layer.ZONES));
        view.set(picture.view(f, column, ascending));
    }
}
