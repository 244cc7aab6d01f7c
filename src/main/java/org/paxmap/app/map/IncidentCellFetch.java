package org.paxmap.app.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.paxmap.model.Feature;
import org.paxmap.model.Incident;
import org.paxmap.render.MapViewState;
import org.paxmap.store.IncidentCell;
import org.paxmap.store.IncidentCells;
import org.paxmap.store.MapFeature;
import org.paxmap.store.PictureStore;
import org.paxmap.store.StoreException;

/**
 * The map's read of its incidents at low zoom as cells aggregated in the store ({@link PictureStore#incidentCells})
 * instead of one row each, where the rows would be many: the cells of the view's quarter zoom and of one level either
 * side (for the zoom pre-renders), plus the incidents the map must still know one by one — the one incident of each
 * single cell (drawn as its own marker, and picked by a click) and the selected and conflicting incidents (marked over
 * the frame). Where the cells hold no more than {@link #ROW_LIMIT} incidents the rows are read instead (a few
 * milliseconds, and the map then knows every incident in view, as when zoomed in). Stateless but for the limit tests
 * may lower; {@link #read} runs on the store I/O executor, the rest on any thread.
 */
final class IncidentCellFetch {
    /** Up to this many incidents in the box, the map reads them as rows (about 50 ms at most on a 2-core machine). */
    static final int ROW_LIMIT = 20_000;

    private static volatile int rowLimit = ROW_LIMIT;
    /** What the map draws of its incidents: the cells per quarter zoom, and the incidents it knows one by one. */
    record Answer(List<IncidentCells> levels, List<MapFeature> incidents) {}

    private IncidentCellFetch() {}

    /** Makes the map read cells from more than {@code incidents} in its box on (tests); {@link #ROW_LIMIT} by default. */
    static void readCellsAbove(int incidents) {
        rowLimit = incidents;
    }

    /** The quarter zoom whose cells {@code view} draws, or −1 where it draws every incident (from zoom 11 on). */
    static int quarter(MapViewState view) {
        int q = (int) Math.round(view.zoom() * 4);
        return q >= 0 && q < IncidentCell.QUARTER_ZOOMS ? q : -1;
    }

    /**
     * The cells of quarter zoom {@code quarter} and one level out that meet {@code box}, and of one level in that meet
     * {@code view} (the view's own box, inside {@code box}), with the single cells'
     * incidents and those of {@code marked} that are live incidents in the box; {@code null} when the store cannot
     * answer with cells or the cells hold few enough incidents to read them as rows (the caller reads the rows).
     */
    static Answer read(PictureStore picture, int quarter, Envelope box, Envelope view, Set<UUID> marked)
            throws StoreException {
        // one level out is asked over the whole box (a zoom out about any point of the view stays inside it), the
        // view's level too, and one level in over the view alone (a zoom in about any point stays inside the view):
        // a level in holds four times the cells of the same box
        // few enough live incidents in the box are read as rows, before any stale level is built for nothing (a
        // count over the R*Tree that stops one past the limit)
        if (picture.liveIncidentsIn(box, rowLimit + 1) <= rowLimit) {
            return null;
        }
        int[] levels = java.util.stream.IntStream.of(quarter - 4, quarter)
                .filter(q -> q >= 0)
                .toArray();
        Optional<List<IncidentCells>> cells = picture.incidentCells(levels, box);
        if (cells.isEmpty()) {
            return null;
        }
        if (quarter + 4 < IncidentCell.QUARTER_ZOOMS) {
            Optional<List<IncidentCells>> in = picture.incidentCells(new int[] {quarter + 4}, view);
            if (in.isEmpty()) {
                return null;
            }
            List<IncidentCells> all = new ArrayList<>(cells.get());
            all.addAll(in.get());
            cells = Optional.of(all);
        }
        long inBox = 0;
        for (IncidentCells level : cells.get()) {
            if (level.quarterZoom() == quarter) {
                for (IncidentCell c : level.cells()) {
                    inBox += c.count();
                }
            }
        }
        if (inBox <= rowLimit) {
            return null;
        }
        List<MapFeature> incidents = new ArrayList<>();
        Set<UUID> known = new HashSet<>();
        for (IncidentCells level : cells.get()) {
            if (level.quarterZoom() == quarter) {
                for (IncidentCell c : level.cells()) {
                    if (c.single() != null) {
                        incidents.add(c.single());
                        known.add(c.single().id());
                    }
                }
            }
        }
        for (UUID id : marked) {
            if (!known.contains(id)) {
                Optional<Feature> found = picture.find(id);
                if (found.isPresent()
                        && found.get() instanceof Incident incident
                        && !incident.sync().deleted()
                        && !incident.geometry().isEmpty()
                        && box.intersects(incident.geometry().getEnvelopeInternal())) {
                    incidents.add(MapFeature.of(incident));
                }
            }
        }
        return new Answer(cells.get(), incidents);
    }
}
