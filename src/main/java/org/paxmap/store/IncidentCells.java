package org.paxmap.store;

import java.util.List;

/**
 * The cells of one quarter zoom {@code q} (zoom {@code q / 4}) that meet a box: what {@link
 * PictureStore#incidentCells} answers per zoom asked. Immutable; the list is never changed.
 *
 * @param quarterZoom four times the zoom, 0 to {@link IncidentCell#QUARTER_ZOOMS} − 1
 * @param cells the non-empty cells, in no particular order
 */
public record IncidentCells(int quarterZoom, List<IncidentCell> cells) {
    /** Keeps an unmodifiable copy of {@code cells}. */
    public IncidentCells {
        cells = List.copyOf(cells);
    }

    /** The zoom of the cells. */
    public double zoom() {
        return quarterZoom / 4.0;
    }
}
