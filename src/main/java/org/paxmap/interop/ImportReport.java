package org.paxmap.interop;

import java.util.List;
import java.util.Map;
import org.paxmap.model.Layer;

/**
 * What an import did. Immutable.
 *
 * @param saved features saved per layer (every layer present)
 * @param refusals one line per feature left out (only with skip-invalid)
 * @param warnings one line per change made on the way in
 */
public record ImportReport(Map<Layer, Integer> saved, List<String> refusals, List<String> warnings) {
    /** Copies the collections. */
    public ImportReport {
        saved = Map.copyOf(saved);
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    /** Features saved in all layers. */
    public int total() {
        return saved.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** E.g. {@code 312 features (300 incidents, 6 routes, 6 zones)}. */
    public String summary() {
        return total() + " features (" + saved.get(Layer.INCIDENTS) + " incidents, " + saved.get(Layer.ROUTES)
                + " routes, " + saved.get(Layer.ZONES) + " zones)";
    }
}
